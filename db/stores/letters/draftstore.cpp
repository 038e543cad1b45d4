#include "db/stores/letters/draftstore.h"

#include "db/engine/sqlexec.h"

#include <QDateTime>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <QCoreApplication>

namespace cac {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

const QString SelectDraft = QStringLiteral("SELECT id, agency_id, year, template_name, template_version, title, status, "
                                           "created_at, updated_at FROM letter_draft ");

DraftStore::Draft draftFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),    q.value(3).toString(), q.value(4).toInt(),
            q.value(5).toString(),   q.value(6).toString(),   q.value(7).toString(), q.value(8).toString()};
}

// Runs `work` in a transaction: all of it, or none of it.
template <typename T>
Result<T> inTransaction(QSqlDatabase &db, const std::function<Result<T>()> &work)
{
    if (!db.transaction())
        return Result<T>::failure(db.lastError().text());
    Result<T> result = work();
    if (!result.ok() || !db.commit()) {
        const QString error = result.ok() ? db.lastError().text() : result.error();
        db.rollback();
        return Result<T>::failure(error);
    }
    return result;
}

} // namespace

DraftStore::DraftStore(QSqlDatabase db) : m_db(db) {}

const QStringList &DraftStore::statuses()
{
    static const QStringList list = {QStringLiteral("draft"), QStringLiteral("proposed"), QStringLiteral("adopted"),
                                     QStringLiteral("withdrawn")};
    return list;
}

Result<qint64> DraftStore::create(const Draft &d, const QString &bodyHtml, const QString &by)
{
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO letter_draft (agency_id, year, template_name, template_version, title, status, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'draft', ?, ?) RETURNING id"));
        const QString at = now();
        for (const QVariant &v : {QVariant(d.agencyId), QVariant(d.year), QVariant(d.templateName), QVariant(d.templateVersion),
                                  QVariant(d.title), QVariant(at), QVariant(at)})
            q.addBindValue(v);
        const Result<qint64> inserted = SqlExec::insertedId(q);
        if (!inserted.ok())
            return inserted;
        const qint64 id = inserted.value();
        QSqlQuery v(m_db);
        v.prepare(QStringLiteral(
                "INSERT INTO letter_draft_version (draft_id, version, body_html, saved_at, saved_by) VALUES (?, 1, ?, ?, ?)"));
        v.addBindValue(id);
        v.addBindValue(bodyHtml);
        v.addBindValue(at);
        v.addBindValue(by);
        QSqlQuery s(m_db);
        s.prepare(QStringLiteral(
                "INSERT INTO letter_draft_status (draft_id, status, changed_at, changed_by) VALUES (?, 'draft', ?, ?)"));
        s.addBindValue(id);
        s.addBindValue(at);
        s.addBindValue(by);
        for (QSqlQuery *query : {&v, &s}) {
            if (const Status inserted = SqlExec::run(*query); !inserted.ok())
                return Result<qint64>::failure(inserted.error());
        }
        return id;
    });
}

Result<std::optional<DraftStore::Draft>> DraftStore::find(qint64 id) const
{
    return SqlExec::readOne<Draft>(m_db, SelectDraft + QStringLiteral("WHERE id = ?"), {id}, draftFrom);
}

Result<QList<DraftStore::Draft>> DraftStore::forAgency(qint64 agencyId) const
{
    return SqlExec::readAll<QList<Draft>>(m_db,
                                          SelectDraft + QStringLiteral("WHERE agency_id = ? ORDER BY updated_at DESC, id DESC"),
                                          {agencyId}, [](auto &list, const QSqlQuery &row) { list << draftFrom(row); });
}

Result<int> DraftStore::save(qint64 id, const QString &bodyHtml, const QString &by)
{
    const Result<QList<Version>> read = versions(id);
    if (!read.ok())
        return Result<int>::failure(read.error());
    const QList<Version> &existing = read.value();
    if (existing.isEmpty())
        return Result<int>::failure(QCoreApplication::translate("DraftStore", "The draft no longer exists."));
    if (existing.last().bodyHtml == bodyHtml)
        return existing.last().version;
    const int next = existing.last().version + 1;
    return inTransaction<int>(m_db, [&]() -> Result<int> {
        const QString at = now();
        QSqlQuery v(m_db);
        v.prepare(QStringLiteral(
                "INSERT INTO letter_draft_version (draft_id, version, body_html, saved_at, saved_by) VALUES (?, ?, ?, ?, ?)"));
        v.addBindValue(id);
        v.addBindValue(next);
        v.addBindValue(bodyHtml);
        v.addBindValue(at);
        v.addBindValue(by);
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE letter_draft SET updated_at = ? WHERE id = ?"));
        u.addBindValue(at);
        u.addBindValue(id);
        for (QSqlQuery *query : {&v, &u}) {
            if (const Status written = SqlExec::run(*query); !written.ok())
                return Result<int>::failure(written.error());
        }
        return next;
    });
}

Status DraftStore::setStatus(qint64 id, const QString &status, const QString &by)
{
    if (!statuses().contains(status))
        return Status::failure(QCoreApplication::translate("DraftStore", "%1 is not a status of a letter").arg(status));
    const Result<bool> done = inTransaction<bool>(m_db, [&]() -> Result<bool> {
        const QString at = now();
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE letter_draft SET status = ?, updated_at = ? WHERE id = ? AND status <> ?"));
        u.addBindValue(status);
        u.addBindValue(at);
        u.addBindValue(id);
        u.addBindValue(status);
        if (const Status updated = SqlExec::run(u); !updated.ok())
            return Result<bool>::failure(updated.error());
        if (u.numRowsAffected() == 0)
            return false; // already so
        QSqlQuery s(m_db);
        s.prepare(
                QStringLiteral("INSERT INTO letter_draft_status (draft_id, status, changed_at, changed_by) VALUES (?, ?, ?, ?)"));
        s.addBindValue(id);
        s.addBindValue(status);
        s.addBindValue(at);
        s.addBindValue(by);
        if (const Status inserted = SqlExec::run(s); !inserted.ok())
            return Result<bool>::failure(inserted.error());
        return true;
    });
    return done.ok() ? Status::success() : Status::failure(done.error());
}

Result<QList<DraftStore::Version>> DraftStore::versions(qint64 id) const
{
    return SqlExec::readAll<QList<Version>>(
            m_db,
            QStringLiteral("SELECT version, body_html, saved_at, saved_by FROM letter_draft_version WHERE draft_id = ? "
                           "ORDER BY version"),
            {id}, [](auto &list, const QSqlQuery &row) {
                list.append({row.value(0).toInt(), row.value(1).toString(), row.value(2).toString(), row.value(3).toString()});
            });
}

Result<QList<DraftStore::StatusChange>> DraftStore::statusChanges(qint64 id) const
{
    return SqlExec::readAll<QList<StatusChange>>(
            m_db,
            QStringLiteral("SELECT status, changed_at, changed_by FROM letter_draft_status WHERE draft_id = ? ORDER BY rowid"),
            {id}, [](auto &list, const QSqlQuery &row) {
                list.append({row.value(0).toString(), row.value(1).toString(), row.value(2).toString()});
            });
}

} // namespace cac
