#include "app/metrics/agencyprofileloader.h"

#include "db/stores/records/agencystore.h"
#include "db/stores/records/contactstore.h"
#include "db/stores/records/reportstore.h"
#include "db/stores/records/sanctionstore.h"

#include <QCoreApplication>

namespace cac {

AgencyProfileLoader::AgencyProfileLoader(QSqlDatabase db) : m_db(db) {}

Result<AgencyProfile> AgencyProfileLoader::load(qint64 agencyId) const
{
    using R = Result<AgencyProfile>;
    const Result<std::optional<AgencyRecord>> found = AgencyStore(m_db).find(agencyId);
    if (!found.ok())
        return R::failure(found.error());
    const std::optional<AgencyRecord> &agency = found.value();
    if (!agency)
        return R::failure(QCoreApplication::translate("AgencyProfileLoader", "the agency is no longer in the database"));
    Result<QList<ContactRecord>> contacts = ContactStore(m_db).forAgency(agencyId);
    if (!contacts.ok())
        return R::failure(contacts.error());
    Result<QList<MisuseReport>> reports = ReportStore(m_db).forAgency(agencyId);
    if (!reports.ok())
        return R::failure(reports.error());
    Result<QList<SanctionRecord>> sanctions = SanctionStore(m_db).forAgency(agencyId);
    if (!sanctions.ok())
        return R::failure(sanctions.error());
    return AgencyProfile{*agency, contacts.take(), reports.take(), sanctions.take()};
}

} // namespace cac
