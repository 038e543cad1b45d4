#pragma once

#include "db/result.h"
#include "db/status.h"

#include <QSqlDatabase>
#include <QString>

namespace cac {

// Facts about the file as a whole (the meta table), such as whether it holds demo data.
class MetaStore
{
public:
    static inline const QString DemoNotice = QStringLiteral("demo data, fictional agencies");
    static inline const QString DemoKey = QStringLiteral("demo_data");
    // The store's SQL, for a writer on a connection of its own (the import), so that the meta
    // table is read and written one way: parameters key, then value.
    static inline const QString ValueSql = QStringLiteral("SELECT value FROM meta WHERE key = ?");
    static inline const QString SetValueSql =
            QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value "
                           "WHERE meta.value IS DISTINCT FROM excluded.value");

    explicit MetaStore(QSqlDatabase db);
    // A key not set reads as an empty string; a failed read is a failure.
    Result<QString> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

    // Whether the file holds demo data, so that every screen and export says so. A failed read
    // is a failure, never "real data".
    Result<bool> isDemo() const;
    Status markAsDemo();

private:
    QSqlDatabase m_db;
};

} // namespace cac
