#pragma once

#include "agencyrecord.h"
#include "contactrecord.h"
#include "misusereport.h"

// One data record of an import file, read and checked: the agency fields it gives (empty ones
// leave the stored agency as it is), the report, and a contact if it names one.
struct ImportRow
{
    int line = 0;
    AgencyRecord agency;
    MisuseReport report;
    ContactRecord contact;
    bool demoNotice = false;
};
