#include "db/stores/records/contactstore.h"

#include "db/engine/sqlexec.h"
#include "db/sqlite/sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cac {

namespace {
ContactRecord contactFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString()};
}
} // namespace

ContactStore::ContactStore(QSqlDatabase db) : m_db(db) {}

Result<QList<ContactRecord>> ContactStore::forAgency(qint64 agencyId) const
{
    return SqlExec::readAll<QList<ContactRecord>>(
            m_db, QStringLiteral("SELECT id, agency_id, name, role, phone, email FROM contact WHERE agency_id = ? ORDER BY id"),
            {agencyId}, [](auto &list, const QSqlQuery &row) { list.append(contactFrom(row)); });
}

Result<std::optional<ContactRecord>> ContactStore::find(qint64 id) const
{
    return SqlExec::readOne<ContactRecord>(
            m_db, QStringLiteral("SELECT id, agency_id, name, role, phone, email FROM contact WHERE id = ?"), {id}, contactFrom);
}

Result<QHash<qint64, ContactRecord>> ContactStore::firstByAgency() const
{
    return SqlExec::readAll<QHash<qint64, ContactRecord>>(
            m_db, QStringLiteral("SELECT id, agency_id, name, role, phone, email FROM contact ORDER BY id"), {},
            [](auto &first, const QSqlQuery &row) {
                const ContactRecord c = contactFrom(row);
                if (!first.contains(c.agencyId))
                    first.insert(c.agencyId, c);
            });
}

namespace {
// agency_id, name, role, phone, email, in that order; blanks as NULL.
void bindFields(QSqlQuery &q, const ContactRecord &c)
{
    q.addBindValue(c.agencyId);
    q.addBindValue(c.name);
    q.addBindValue(SqlValue::ofText(c.role));
    q.addBindValue(SqlValue::ofText(c.phone));
    q.addBindValue(SqlValue::ofText(c.email));
}
} // namespace

Result<qint64> ContactStore::add(const ContactRecord &c)
{
    QSqlQuery q(m_db);
    // An id is given when an undo puts a removed contact back; otherwise the database picks one.
    q.prepare(c.id > 0 ? QStringLiteral("INSERT INTO contact (agency_id, name, role, phone, email, id) "
                                        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                       : QStringLiteral("INSERT INTO contact (agency_id, name, role, phone, email) "
                                        "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    bindFields(q, c);
    if (c.id > 0)
        q.addBindValue(c.id);
    return SqlExec::insertedId(q);
}

Result<bool> ContactStore::removeIfUnchanged(const ContactRecord &c)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM contact WHERE id = ? AND agency_id = ? AND name IS NOT DISTINCT FROM ? "
                             "AND role IS NOT DISTINCT FROM ? "
                             "AND phone IS NOT DISTINCT FROM ? AND email IS NOT DISTINCT FROM ?"));
    q.addBindValue(c.id);
    bindFields(q, c);
    if (!q.exec())
        return Result<bool>::failure(q.lastError().text());
    return q.numRowsAffected() == 1;
}

} // namespace cac
