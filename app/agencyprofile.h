#pragma once

#include "db/agencyrecord.h"
#include "db/contactrecord.h"
#include "db/misusereport.h"
#include "db/sanctionrecord.h"

#include <QList>

// Everything the agency profile shows of one agency.
struct AgencyProfile
{
    AgencyRecord agency;
    QList<ContactRecord> contacts;
    QList<MisuseReport> reports; // by year
    QList<SanctionRecord> sanctions;
};
