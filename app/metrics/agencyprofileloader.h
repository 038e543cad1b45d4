#pragma once

#include "app/metrics/agencyprofile.h"

#include "db/result.h"

#include <QSqlDatabase>

namespace cac {

// Loads an agency's profile from the stores.
class AgencyProfileLoader
{
public:
    explicit AgencyProfileLoader(QSqlDatabase db);
    // The profile, or why it could not be read (the agency is gone, or a read failed).
    Result<AgencyProfile> load(qint64 agencyId) const;

private:
    QSqlDatabase m_db;
};

} // namespace cac
