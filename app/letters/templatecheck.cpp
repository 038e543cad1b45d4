#include "templatecheck.h"

#include "letterplaceholders.h"

#include <QCoreApplication>

namespace cac {

QString TemplateCheck::Issue::toString() const
{
    return QStringLiteral("line %1, column %2: %3%4")
            .arg(line)
            .arg(column)
            .arg(name.isEmpty() ? QString() : name + QStringLiteral(": "), message);
}

QList<TemplateCheck::Issue> TemplateCheck::check(const QString &body)
{
    QList<Issue> issues;
    QList<std::pair<QString, Issue>> open; // open sections with where they opened
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype i = 0;
    while (true) {
        const qsizetype start = body.indexOf(QLatin1StringView("{{"), i);
        for (qsizetype k = i; k < (start < 0 ? body.size() : start); ++k) {
            if (body.at(k) == u'\n') {
                ++line;
                lineStart = k + 1;
            }
        }
        if (start < 0)
            break;
        const Issue at{line, int(start - lineStart + 1), QString(), QString()};
        const qsizetype end = body.indexOf(QLatin1StringView("}}"), start + 2);
        if (end < 0) {
            issues.append({at.line, at.column, QString(),
                           QCoreApplication::translate("TemplateCheck", "a tag opened with {{ is never closed")});
            break;
        }
        QString tag = body.mid(start + 2, end - start - 2);
        i = end + 2;
        const QChar kind = tag.isEmpty() ? QChar() : tag.at(0);
        if (kind == u'!')
            continue;
        if (kind == u'{' || kind == u'&' || kind == u'=' || kind == u'>') {
            issues.append(
                    {at.line, at.column, tag,
                     QCoreApplication::translate("TemplateCheck",
                                                 "not allowed in a letter (unescaped values, partials and delimiter changes)")});
            continue;
        }
        const bool section = kind == u'#' || kind == u'^' || kind == u'/';
        const QString name = (section ? tag.mid(1) : tag).trimmed();
        if (kind == u'/') {
            if (open.isEmpty() || open.last().first != name) {
                issues.append(
                        {at.line, at.column, name,
                         open.isEmpty()
                                 ? QCoreApplication::translate("TemplateCheck", "closes a section that was never opened")
                                 : QCoreApplication::translate("TemplateCheck", "closes a section, but \"%1\" is the one open")
                                           .arg(open.last().first)});
            } else {
                open.removeLast();
            }
            continue;
        }
        bool known = LetterPlaceholders::isTopLevel(name);
        for (const auto &[openName, where] : std::as_const(open)) {
            Q_UNUSED(where);
            known = known || LetterPlaceholders::isInList(openName, name);
        }
        if (!known)
            issues.append({at.line, at.column, name,
                           QCoreApplication::translate("TemplateCheck", "not a placeholder a letter can use")});
        if (kind == u'#' || kind == u'^')
            open.append({name, at});
    }
    for (const auto &[name, where] : std::as_const(open))
        issues.append(
                {where.line, where.column, name, QCoreApplication::translate("TemplateCheck", "this section is never closed")});
    return issues;
}

} // namespace cac
