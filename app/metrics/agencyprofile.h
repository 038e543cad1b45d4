#pragma once

#include "db/model/agencyrecord.h"
#include "db/model/contactrecord.h"
#include "db/model/misusereport.h"
#include "db/model/sanctionrecord.h"

#include <QList>

namespace cac {

// Everything the agency profile shows of one agency.
struct AgencyProfile
{
    AgencyRecord agency;
    QList<ContactRecord> contacts;
    QList<MisuseReport> reports; // by year
    QList<SanctionRecord> sanctions;
};

} // namespace cac
