#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace cac {

// One fictional agency of the demo data set and the part it plays in it.
struct DemoAgency
{
    enum class Role {
        Ordinary,
        ChronicNonFiler,     // stops filing, is warned, keeps not filing
        ConcentratedMisuse,  // Glendale-like: 15-25 violations by one person
        TrainingError,       // Chula Vista-like: 38 licensing checks, disclosed
        GraveSingleCase,     // Carlsbad-like: one violation, criminal charges
        MassLicensingChecks, // a very large sheriff, thousands of permit checks
        FederalSilent,       // DHS office: zero investigations every year
        FederalLateFiler,    // DHS office: zero investigations, files months late
        FederalRemoved,      // DHS office: stops filing, warned, service removed
        FederalImmigration,  // DHS office: reports an immigration-enforcement case
    };

    QString ori;
    QString name;
    QString kind;
    QString county;
    QString parentOrg;
    int swornStaff = 0;
    int firstYear = 0;
    double reliability = 0.9; // chance of filing once the 2018 outreach began
    Role role = Role::Ordinary;
    std::optional<QDate> serviceEnded;
    QString contactName;
    QString contactRole;
    QString contactPhone;
    QString contactEmail;
};

} // namespace cac
