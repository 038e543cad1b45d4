#include "db/stores/metastore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

MetaStore::MetaStore(QSqlDatabase db) : m_db(db) {}

QString MetaStore::value(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(ValueSql);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QString();
}

Status MetaStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(SetValueSql);
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
