#pragma once

#include "db/model/agencyrecord.h"
#include "db/result.h"
#include "db/status.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cac {

// Reads agencies from the agency table and changes their service status.
class AgencyStore
{
public:
    explicit AgencyStore(QSqlDatabase db);

    Result<QList<AgencyRecord>> all() const;
    // No value: no such agency. A failure: the file could not be read.
    Result<std::optional<AgencyRecord>> findByOri(const QString &ori) const;
    Result<std::optional<AgencyRecord>> find(qint64 id) const;
    Result<QHash<QString, qint64>> idsByOri() const;
    // The counties and parent organisations on record, sorted, for filters.
    Result<QStringList> counties() const;
    Result<QStringList> parentOrgs() const;
    // `endDate` is when CLETS service ended (removed or ended), or none while it runs.
    Status setService(qint64 id, const QString &status, const std::optional<QDate> &endDate);

private:
    QSqlDatabase m_db;
};

} // namespace cac
