#include "db/stores/review/settingstore.h"

#include "db/engine/sqlexec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cac {

SettingStore::SettingStore(QSqlDatabase db) : m_db(db) {}

Result<QHash<QString, double>> SettingStore::all() const
{
    return SqlExec::readAll<QHash<QString, double>>(
            m_db, QStringLiteral("SELECT key, value FROM review_setting"), {},
            [](auto &values, const QSqlQuery &row) { values.insert(row.value(0).toString(), row.value(1).toDouble()); });
}

Status SettingStore::set(const QString &key, double value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
            "INSERT INTO review_setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE review_setting.value IS DISTINCT FROM excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return SqlExec::run(q);
}

} // namespace cac
