#pragma once

#include <QString>

namespace cac {

// One reason to look at an agency, in a sentence, with the weight it adds to the priority.
struct ReviewFlag
{
    QString rule;     // the rule's code: filing, after_warning, immigration_watch, ...
    QString sentence; // "Did not file for 2018, after the warning of 2018-04-17"
    double weight = 0;
};

} // namespace cac
