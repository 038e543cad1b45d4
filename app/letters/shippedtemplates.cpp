#include "shippedtemplates.h"

#include "db/stores/letters/lettertemplatestore.h"
#include "db/model/osuser.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace cac {

const QList<ShippedTemplates::Entry> &ShippedTemplates::all()
{
    static const QList<Entry> list = {
            {"censure", QT_TRANSLATE_NOOP("ShippedTemplates", "Letter of censure")},
            {"suspension", QT_TRANSLATE_NOOP("ShippedTemplates", "Suspension of service")},
            {"removal", QT_TRANSLATE_NOOP("ShippedTemplates", "Removal of CLETS service")},
            {"federal-audit",
             QT_TRANSLATE_NOOP("ShippedTemplates", "Request to audit a federal agency, criminal-history requests in writing")},
            {"reminder", QT_TRANSLATE_NOOP("ShippedTemplates", "Reminder to file the annual misuse report")},
    };
    return list;
}

QString ShippedTemplates::body(const QString &name)
{
    QFile file(QStringLiteral(":/letters/%1.mustache").arg(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList ShippedTemplates::earlierBodies(const QString &name)
{
    QStringList bodies;
    for (int n = 1;; ++n) {
        QFile file(QStringLiteral(":/letters/earlier/%1.%2.mustache").arg(name).arg(n));
        if (!file.open(QIODevice::ReadOnly))
            return bodies;
        bodies << QString::fromUtf8(file.readAll());
    }
}

bool ShippedTemplates::isShipped(const QString &name)
{
    return std::any_of(all().cbegin(), all().cend(), [&name](const Entry &e) { return name == QLatin1StringView(e.name); });
}

bool ShippedTemplates::newerTextThan(const QString &name, const QString &storedBody)
{
    return isShipped(name) && storedBody != body(name) && !earlierBodies(name).contains(storedBody);
}

Status ShippedTemplates::ensureStored(QSqlDatabase db)
{
    LetterTemplateStore store(db);
    // A failed read is said, never taken for "none stored" (which would store them all again).
    const Result<QStringList> read = store.names();
    if (!read.ok())
        return Status::failure(read.error());
    const QStringList &stored = read.value();
    for (const Entry &e : all()) {
        const QString name = QString::fromLatin1(e.name);
        const QString current = body(name);
        QString title = QCoreApplication::translate("ShippedTemplates", e.title);
        if (stored.contains(name)) {
            const Result<std::optional<LetterTemplateStore::Template>> found = store.latest(name);
            if (!found.ok())
                return Status::failure(found.error());
            const std::optional<LetterTemplateStore::Template> &latest = found.value();
            // Edited, or already current: left as it is.
            if (!latest || latest->body == current || !earlierBodies(name).contains(latest->body))
                continue;
            title = latest->title;
        }
        const Result<int> saved = store.save(name, title, current, OsUser::name());
        if (!saved.ok())
            return Status::failure(saved.error());
    }
    return Status::success();
}

} // namespace cac
