#pragma once

#include "db/engine/sqldialect.h"
#include "db/result.h"
#include "db/status.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cac {

// Reads the audit log; and the one SQL that records an action that is more than one row's change
// (an import). Row changes are logged by the triggers that AuditContext installs.
class AuditLogStore
{
public:
    // The SQL that logs an action that is more than one row's change (an import, on a connection
    // of its own): parameters table, action, details (JSON). Row changes are logged by triggers.
    static QString recordActionSql(const SqlDialect &dialect)
    {
        return QStringLiteral("INSERT INTO audit_log (at, os_user, db_role, table_name, row_id, action, old_values, new_values) "
                              "VALUES (%1, %2, %3, ?, NULL, ?, NULL, ?)")
                .arg(dialect.nowUtc(), dialect.osUser(), dialect.dbRole());
    }

    struct Entry
    {
        qint64 id = 0;
        QString at;
        QString osUser;
        QString tableName;
        qint64 rowId = 0;
        QString action;
        QString oldValues;
        QString newValues;
        // The agency the row belongs to, where the log can tell (search() fills these).
        qint64 agencyId = 0;
        QString agencyOri;
        QString agencyName;
        // The database role that made the change, as a server logs it; empty in a file.
        QString dbRole;
    };

    // Which changes search() reads: newest first, at most `limit`.
    struct Filter
    {
        qint64 agencyId = 0; // 0: every agency and the rows of none
        QString tableName;   // empty: every table
        QString text;        // empty: any; else found, case-folded, in who, the agency or the values
        int limit = 1000;
    };
    struct Page
    {
        QList<Entry> entries;
        int total = 0; // how many match, of which `entries` holds the newest `limit`
    };

    explicit AuditLogStore(QSqlDatabase db);
    Result<QList<Entry>> entries(const QString &tableName = QString()) const;
    Result<Page> search(const Filter &filter) const;
    // The tables the log names, for a filter's choices.
    Result<QStringList> tableNames() const;
    int count() const;
    // The last logged change of one row, if the log has one.
    Result<std::optional<Entry>> latestFor(const QString &tableName, qint64 rowId) const;

private:
    QSqlDatabase m_db;
};

} // namespace cac
