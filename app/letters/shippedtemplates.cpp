#include "shippedtemplates.h"

#include "db/stores/lettertemplatestore.h"
#include "db/model/osuser.h"

#include <QCoreApplication>
#include <QFile>

const QList<ShippedTemplates::Entry> &ShippedTemplates::all()
{
    static const QList<Entry> list = {
        {"censure", QT_TRANSLATE_NOOP("ShippedTemplates", "Letter of censure")},
        {"suspension", QT_TRANSLATE_NOOP("ShippedTemplates", "Suspension of service")},
        {"removal", QT_TRANSLATE_NOOP("ShippedTemplates", "Removal of CLETS service")},
        {"federal-audit", QT_TRANSLATE_NOOP("ShippedTemplates", "Request to audit a federal agency, criminal-history requests in writing")},
        {"reminder", QT_TRANSLATE_NOOP("ShippedTemplates", "Reminder to file the annual misuse report")},
    };
    return list;
}

QString ShippedTemplates::body(const QString &name)
{
    QFile file(QStringLiteral(":/letters/%1.mustache").arg(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

Status ShippedTemplates::ensureStored(QSqlDatabase db)
{
    LetterTemplateStore store(db);
    const QStringList stored = store.names();
    for (const Entry &e : all()) {
        const QString name = QString::fromLatin1(e.name);
        if (stored.contains(name))
            continue;
        const Result<int> saved = store.save(name, QCoreApplication::translate("ShippedTemplates", e.title), body(name),
                                             OsUser::name());
        if (!saved.ok())
            return Status::failure(saved.error());
    }
    return Status::success();
}
