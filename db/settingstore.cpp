#include "settingstore.h"

#include "sqlexec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

SettingStore::SettingStore(QSqlDatabase db) : m_db(db) {}

QHash<QString, double> SettingStore::all() const
{
    QHash<QString, double> values;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT key, value FROM review_setting"))) {
        while (q.next())
            values.insert(q.value(0).toString(), q.value(1).toDouble());
    }
    return values;
}

Status SettingStore::set(const QString &key, double value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO review_setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return SqlExec::run(q);
}
