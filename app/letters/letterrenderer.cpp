#include "letterrenderer.h"

#include "templatecheck.h"

#include <QCoreApplication>

#include <kainjow/mustache.hpp>

namespace cac {

namespace {

using Data = kainjow::mustache::data;

Data toData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        Data object{Data::type::object};
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.set(it.key().toStdString(), toData(it.value()));
        return object;
    }
    case QMetaType::QVariantList: {
        Data list{Data::type::list};
        for (const QVariant &item : value.toList())
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::Bool:
        return Data{value.toBool() ? Data::type::bool_true : Data::type::bool_false};
    default: {
        // An empty text is false in a section, so "{{#contact.name}}" shows only with a name.
        const QString text = value.toString();
        return text.isEmpty() ? Data{Data::type::bool_false} : Data{text.toStdString()};
    }
    }
}

// "at 123" from the engine, as "line L, column C".
QString located(const QString &body, const QString &message)
{
    const qsizetype at = message.lastIndexOf(QLatin1StringView(" at "));
    bool ok = false;
    const qsizetype offset = at < 0 ? -1 : message.mid(at + 4).toLongLong(&ok);
    if (!ok || offset < 0)
        return message;
    const QString before = body.left(offset);
    const int line = int(before.count(u'\n')) + 1;
    const int column = int(offset - (before.lastIndexOf(u'\n') + 1)) + 1;
    return QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(message.left(at));
}

} // namespace

Result<QString> LetterRenderer::render(const QString &body, const QVariantMap &context)
{
    const QList<TemplateCheck::Issue> issues = TemplateCheck::check(body);
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const TemplateCheck::Issue &i : issues)
            lines << i.toString();
        return Result<QString>::failure(lines.join(u'\n'));
    }
    kainjow::mustache::mustache tmpl{body.toStdString()};
    if (!tmpl.is_valid())
        return Result<QString>::failure(located(body, QString::fromStdString(tmpl.error_message())));
    const std::string html = tmpl.render(toData(context));
    if (!tmpl.is_valid())
        return Result<QString>::failure(located(body, QString::fromStdString(tmpl.error_message())));
    return QString::fromStdString(html);
}

} // namespace cac
