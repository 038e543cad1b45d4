#pragma once

#include "db/model/servicestatus.h"

#include <QDate>
#include <QString>

#include <optional>

namespace cac {

// An agency that subscribes to CLETS, as stored in the agency table.
struct AgencyRecord
{
    qint64 id = 0;
    QString ori;
    QString name;
    QString kind; // an AgencyKind code, or empty when not known
    QString county;
    QString parentOrg;
    std::optional<int> swornStaff;
    QString serviceStatus = ServiceStatus::Active;
    std::optional<QDate> serviceEndDate;
    bool immigrationWatch = false;
    QString notes;
};

} // namespace cac
