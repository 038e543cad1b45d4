#pragma once

#include <QDate>
#include <QString>

namespace cac {

// A reviewer's choice of sanction for an agency and year, other than the one suggested, and why.
struct SanctionOverride
{
    qint64 agencyId = 0;
    int year = 0;
    QString suggested; // none, censure, suspension, removal
    QString chosen;
    QString reason;
    QDate decidedOn;
    QString decidedBy;
};

} // namespace cac
