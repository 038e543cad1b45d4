#include "db/stores/letters/lettertemplatestore.h"

#include "db/engine/sqlexec.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cac {

namespace {
LetterTemplateStore::Template templateFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toInt(),    q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}
} // namespace

LetterTemplateStore::LetterTemplateStore(QSqlDatabase db) : m_db(db) {}

Result<QStringList> LetterTemplateStore::names() const
{
    return SqlExec::readAll<QStringList>(m_db, QStringLiteral("SELECT DISTINCT name FROM letter_template ORDER BY name"), {},
                                         [](auto &list, const QSqlQuery &row) { list << row.value(0).toString(); });
}

Result<std::optional<LetterTemplateStore::Template>> LetterTemplateStore::latest(const QString &name) const
{
    return SqlExec::readOne<Template>(
            m_db,
            QStringLiteral("SELECT name, version, title, body, created_at, created_by FROM letter_template "
                           "WHERE name = ? ORDER BY version DESC LIMIT 1"),
            {name}, templateFrom);
}

Result<QList<LetterTemplateStore::Template>> LetterTemplateStore::versions(const QString &name) const
{
    return SqlExec::readAll<QList<Template>>(
            m_db,
            QStringLiteral("SELECT name, version, title, body, created_at, created_by FROM letter_template "
                           "WHERE name = ? ORDER BY version"),
            {name}, [](auto &list, const QSqlQuery &row) { list << templateFrom(row); });
}

Result<int> LetterTemplateStore::save(const QString &name, const QString &title, const QString &body, const QString &by)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO letter_template (name, version, title, body, created_at, created_by) "
                             "VALUES (:name, (SELECT coalesce(max(version), 0) + 1 FROM letter_template WHERE name = :name), "
                             ":title, :body, :at, :by) RETURNING version"));
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":title"), title);
    q.bindValue(QStringLiteral(":body"), body);
    q.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":by"), by);
    if (!q.exec() || !q.next())
        return Result<int>::failure(q.lastError().text());
    const int version = q.value(0).toInt();
    q.finish();
    return version;
}

} // namespace cac
