#include "db/stores/metastore.h"

#include "db/engine/sqlexec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cac {

MetaStore::MetaStore(QSqlDatabase db) : m_db(db) {}

Result<QString> MetaStore::value(const QString &key) const
{
    const Result<std::optional<QString>> read =
            SqlExec::readOne<QString>(m_db, ValueSql, {key}, [](const QSqlQuery &row) { return row.value(0).toString(); });
    if (!read.ok())
        return Result<QString>::failure(read.error());
    return read.value().value_or(QString());
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

Result<bool> MetaStore::isDemo() const
{
    const Result<QString> read = value(DemoKey);
    if (!read.ok())
        return Result<bool>::failure(read.error());
    return !read.value().isEmpty();
}

Status MetaStore::markAsDemo()
{
    return setValue(DemoKey, DemoNotice);
}

} // namespace cac
