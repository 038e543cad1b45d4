#include "agencyprofileloader.h"

#include "db/agencystore.h"
#include "db/contactstore.h"
#include "db/reportstore.h"
#include "db/sanctionstore.h"

AgencyProfileLoader::AgencyProfileLoader(QSqlDatabase db) : m_db(db) {}

std::optional<AgencyProfile> AgencyProfileLoader::load(qint64 agencyId) const
{
    const std::optional<AgencyRecord> agency = AgencyStore(m_db).find(agencyId);
    if (!agency)
        return std::nullopt;
    AgencyProfile profile;
    profile.agency = *agency;
    profile.contacts = ContactStore(m_db).forAgency(agencyId);
    profile.reports = ReportStore(m_db).forAgency(agencyId);
    profile.sanctions = SanctionStore(m_db).forAgency(agencyId);
    return profile;
}
