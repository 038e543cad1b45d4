#pragma once

#include "db/engine/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace cac {

// Every report of a database with its agency and contact, one line each in ORI and year order,
// NULL as "?": what two imports of the same data must agree on. Leaves out ids and where each
// row came from (file name and line).
inline QStringList reportDump(Database &database)
{
    QSqlQuery q(database.connection());
    const QString contact =
            QStringLiteral("name || '/' || coalesce(role, '?') || '/' || coalesce(phone, '?') || '/' || coalesce(email, '?')");
    // group_concat in a file, string_agg on a server: the one aggregate the engines spell apart.
    const QString contacts = database.isServer() ? QStringLiteral("string_agg(%1, ',' ORDER BY c.id)").arg(contact)
                                                 : QStringLiteral("group_concat(%1)").arg(contact);
    q.exec(QStringLiteral("SELECT a.ori, a.name, a.kind, a.county, a.parent_org, a.sworn_staff, r.*, "
                          "(SELECT %1 FROM contact c WHERE c.agency_id = a.id) AS contacts "
                          "FROM misuse_report r JOIN agency a ON a.id = r.agency_id ORDER BY a.ori, r.year")
                   .arg(contacts));
    QStringList lines;
    while (q.next()) {
        QStringList values;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            if (name == u"id" || name == u"agency_id" || name.startsWith(QLatin1StringView("source_")))
                continue;
            values << name + u'=' + (q.value(i).isNull() ? QStringLiteral("?") : q.value(i).toString());
        }
        lines << values.join(u' ');
    }
    if (q.lastError().isValid())
        lines << QStringLiteral("SQL error: ") + q.lastError().text();
    return lines;
}

} // namespace cac
