#include "db/stores/metastore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString DemoKey = QStringLiteral("demo_data");
}

MetaStore::MetaStore(QSqlDatabase db) : m_db(db) {}

QString MetaStore::value(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QString();
}

Status MetaStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value "
                                 "WHERE value IS NOT excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    return Status::success();
}

bool MetaStore::isDemo() const
{
    return !value(DemoKey).isEmpty();
}

Status MetaStore::markAsDemo()
{
    return setValue(DemoKey, DemoNotice);
}
