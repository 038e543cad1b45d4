#pragma once

#include "db/result.h"
#include "db/status.h"

#include <QList>
#include <QStringList>

#include <optional>
#include <QSqlDatabase>
#include <QString>

namespace cac {

// Letters drafted from templates: each saved version of the text and each dated change of
// status is kept. Every write is one transaction and audit-logged.
class DraftStore
{
public:
    struct Draft
    {
        qint64 id = 0;
        qint64 agencyId = 0;
        int year = 0;
        QString templateName;
        int templateVersion = 0;
        QString title;
        QString status; // draft, proposed, adopted, withdrawn
        QString createdAt;
        QString updatedAt;
    };
    struct Version
    {
        int version = 0;
        QString bodyHtml;
        QString savedAt;
        QString savedBy;
    };
    struct StatusChange
    {
        QString status;
        QString changedAt;
        QString changedBy;
    };

    explicit DraftStore(QSqlDatabase db);
    Result<qint64> create(const Draft &draft, const QString &bodyHtml, const QString &by);
    Result<std::optional<Draft>> find(qint64 id) const; // no value: no such draft
    Result<QList<Draft>> forAgency(qint64 agencyId) const;
    // A new version, when the text differs from the latest; returns the latest version number.
    Result<int> save(qint64 id, const QString &bodyHtml, const QString &by);
    Status setStatus(qint64 id, const QString &status, const QString &by);
    Result<QList<Version>> versions(qint64 id) const;
    Result<QList<StatusChange>> statusChanges(qint64 id) const;

    static const QStringList &statuses();

private:
    QSqlDatabase m_db;
};

} // namespace cac
