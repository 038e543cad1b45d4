#include "db/stores/records/rowwriter.h"

#include "db/engine/sqlexec.h"

#include "db/model/misusecategory.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QCoreApplication>

namespace cac {

namespace {

const QHash<QString, QSet<QString>> &editableColumns()
{
    static const QHash<QString, QSet<QString>> columns = {
            {QStringLiteral("agency"),
             {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("county"), QStringLiteral("parent_org"),
              QStringLiteral("sworn_staff"), QStringLiteral("service_status"), QStringLiteral("service_end_date"),
              QStringLiteral("immigration_watch"), QStringLiteral("notes")}},
            {QStringLiteral("contact"),
             {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("phone"), QStringLiteral("email")}},
            {QStringLiteral("misuse_report"),
             {QStringLiteral("filed"), QStringLiteral("filed_date"), QStringLiteral("investigations"),
              QStringLiteral("violations_low"), QStringLiteral("violations_high"), QStringLiteral("individuals"),
              QStringLiteral("pending"), QStringLiteral("counseling"), QStringLiteral("reprimand"), QStringLiteral("suspension"),
              QStringLiteral("termination"), QStringLiteral("resignation"), QStringLiteral("criminal_charges"),
              QStringLiteral("no_action"), QStringLiteral("notes")}},
    };
    return columns;
}

} // namespace

RowWriter::RowWriter(QSqlDatabase db) : m_db(db) {}

bool RowWriter::isEditable(const QString &table, const QString &column)
{
    if (table == u"misuse_report" && column.startsWith(u"cat_"))
        return MisuseCategory::isCode(column.mid(4));
    return editableColumns().value(table).contains(column);
}

bool RowWriter::sameValue(const QVariant &a, const QVariant &b)
{
    const bool aBlank = a.isNull() || a.toString().isEmpty();
    const bool bBlank = b.isNull() || b.toString().isEmpty();
    if (aBlank || bBlank)
        return aBlank == bBlank;
    return a.toString() == b.toString();
}

bool RowWriter::sameValues(const QVariantMap &a, const QVariantMap &b)
{
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key()) || !sameValue(it.value(), b.value(it.key())))
            return false;
    }
    return true;
}

Result<std::optional<QVariantMap>> RowWriter::read(const QString &table, qint64 id, const QStringList &columns) const
{
    using R = Result<std::optional<QVariantMap>>;
    for (const QString &c : columns) {
        if (!isEditable(table, c))
            return R::failure(QCoreApplication::translate("RowWriter", "%1.%2 cannot be edited").arg(table, c));
    }
    // Identifiers checked above (isEditable); the id is bound.
    return SqlExec::readOne<QVariantMap>(
            m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), table), {id},
            [&columns](const QSqlQuery &row) {
                QVariantMap values;
                for (int i = 0; i < columns.size(); ++i)
                    values.insert(columns.at(i), row.value(i));
                return values;
            });
}

Result<bool> RowWriter::replace(const QString &table, qint64 id, const QVariantMap &expected, const QVariantMap &values)
{
    QStringList sets;
    QStringList checks;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!isEditable(table, it.key()))
            return Result<bool>::failure(QCoreApplication::translate("RowWriter", "%1.%2 cannot be edited").arg(table, it.key()));
        sets << it.key() + QStringLiteral(" = ?");
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!isEditable(table, it.key()))
            return Result<bool>::failure(QCoreApplication::translate("RowWriter", "%1.%2 cannot be edited").arg(table, it.key()));
        // NULL (not reported) matches NULL; IS NOT DISTINCT FROM says so on both engines.
        checks << it.key() + QStringLiteral(" IS NOT DISTINCT FROM ?");
    }
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?%3")
                           .arg(table, sets.join(QStringLiteral(", ")),
                                checks.isEmpty() ? QString() : QStringLiteral(" AND ") + checks.join(QStringLiteral(" AND ")))))
        return Result<bool>::failure(q.lastError().text());
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    for (const QVariant &v : expected)
        q.addBindValue(v);
    // One statement is its own transaction, audited by the triggers like any other write.
    if (!q.exec())
        return Result<bool>::failure(q.lastError().text());
    return q.numRowsAffected() == 1;
}

Status RowWriter::write(const QString &table, qint64 id, const QVariantMap &values)
{
    QStringList sets;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!isEditable(table, it.key()))
            return Status::failure(QCoreApplication::translate("RowWriter", "%1.%2 cannot be edited").arg(table, it.key()));
        sets << it.key() + QStringLiteral(" = ?");
    }
    if (!m_db.transaction())
        return Status::failure(m_db.lastError().text());
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))))) {
        const QString error = q.lastError().text();
        m_db.rollback();
        return Status::failure(error);
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        const QString error = q.lastError().isValid() ? q.lastError().text()
                                                      : QCoreApplication::translate("RowWriter", "the row no longer exists");
        m_db.rollback();
        return Status::failure(error);
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return Status::failure(m_db.lastError().text());
    }
    return Status::success();
}

} // namespace cac
