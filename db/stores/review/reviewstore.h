#pragma once

#include "db/model/sanctionoverride.h"
#include "db/result.h"
#include "db/status.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace cac {

// What reviewers decided about the review queue of a year: agencies marked as reviewed, and
// overrides of the suggested sanction with their reasons.
class ReviewStore
{
public:
    explicit ReviewStore(QSqlDatabase db);

    Result<QSet<qint64>> reviewed(int year) const;
    Status markReviewed(qint64 agencyId, int year, bool reviewed, const QString &reviewer);

    Result<QHash<qint64, SanctionOverride>> overrides(int year) const;
    Status setOverride(const SanctionOverride &override);
    Status clearOverride(qint64 agencyId, int year);

private:
    QSqlDatabase m_db;
};

} // namespace cac
