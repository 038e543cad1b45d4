#pragma once

#include "agencyrecord.h"
#include "contactrecord.h"
#include "misusereport.h"
#include "result.h"
#include "status.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

// The import's writes, as prepared statements reused for every row. The caller owns the
// transaction. Updates only touch rows whose values change, so re-importing a file writes
// nothing and leaves no audit rows.
class ImportWriter
{
public:
    explicit ImportWriter(QSqlDatabase db);
    Status prepare();

    Result<qint64> insertAgency(const AgencyRecord &agency);
    // Fields left empty in `agency` keep their stored values.
    Status updateAgency(qint64 id, const AgencyRecord &agency);
    // The report's id when it was added or changed; no value when it was already as given.
    Result<std::optional<qint64>> upsertReport(const MisuseReport &report);
    Result<qint64> reportId(qint64 agencyId, int year);
    // Sets the categories the file gives for a report; those given as unknown are removed.
    Status writeCategories(qint64 reportId, const MisuseReport &report, bool removeUnknown,
                           const QList<bool> &columnPresent);
    Status upsertContact(qint64 agencyId, const ContactRecord &contact);

private:
    QSqlDatabase m_db;
    QSqlQuery m_insertAgency;
    QSqlQuery m_updateAgency;
    QSqlQuery m_upsertReport;
    QSqlQuery m_reportId;
    QSqlQuery m_upsertCategory;
    QSqlQuery m_deleteCategory;
    QSqlQuery m_findContact;
    QSqlQuery m_insertContact;
    QSqlQuery m_updateContact;
};
