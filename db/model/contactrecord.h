#pragma once

#include <QString>

namespace cac {

// A person to call at an agency, as stored in the contact table.
struct ContactRecord
{
    qint64 id = 0;
    qint64 agencyId = 0;
    QString name;
    QString role;
    QString phone;
    QString email;
};

} // namespace cac
