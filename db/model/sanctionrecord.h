#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace cac {

// A warning or sanction recorded against an agency (the sanction table).
struct SanctionRecord
{
    qint64 id = 0;
    qint64 agencyId = 0;
    QString kind; // warning, censure, suspension, removal
    QDate issuedOn;
    std::optional<QDate> endedOn;
    QString reason;
};

} // namespace cac
