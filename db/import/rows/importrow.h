#pragma once

#include "db/model/agencyrecord.h"
#include "db/model/contactrecord.h"
#include "db/model/misusereport.h"

namespace cac {

// One data record of an import file, read and checked: the agency fields it gives (empty ones
// leave the stored agency as it is), the report, and a contact if it names one.
struct ImportRow
{
    int line = 0;
    AgencyRecord agency;
    MisuseReport report;
    ContactRecord contact;
    bool demoNotice = false;
    QString formId; // a returned reporting form's id, checked against the forms issued
};

} // namespace cac
