#pragma once

#include "db/model/violationrange.h"

#include <QString>

#include <optional>

namespace cac {

// One agency as the agency list shows it, for one reporting year.
struct AgencyOverview
{
    enum class Filing { Filed, NotFiled, NotDue };

    qint64 id = 0;
    QString ori;
    QString name;
    QString kind;
    QString county;
    QString parentOrg;
    Filing filing = Filing::NotDue;
    int yearsNotFiled = 0;         // consecutive due years without a filed report, up to the year
    std::optional<int> latestYear; // the latest filed report up to the year
    std::optional<int> latestInvestigations;
    std::optional<ViolationRange> latestViolations;
};

} // namespace cac
