#pragma once

#include "agencyprofile.h"

#include <QSqlDatabase>

#include <optional>

// Loads an agency's profile from the stores.
class AgencyProfileLoader
{
public:
    explicit AgencyProfileLoader(QSqlDatabase db);
    std::optional<AgencyProfile> load(qint64 agencyId) const;

private:
    QSqlDatabase m_db;
};
