#pragma once

#include "db/status.h"

#include <QSqlDatabase>
#include <QString>

namespace cac {

// The reporting forms the program made (reporting_form): each id, for whom and which year, so
// that a returned form is taken only for what it was made for.
class ReportingFormStore
{
public:
    explicit ReportingFormStore(QSqlDatabase db);
    // A new id: 32 lower-case hex digits, random.
    static QString newId();
    Status recordIssued(const QString &id, qint64 agencyId, int year, const QString &fileName);

private:
    QSqlDatabase m_db;
};

} // namespace cac
