#pragma once

#include "db/result.h"
#include "db/model/sanctionrecord.h"

#include <QList>
#include <QSqlDatabase>

namespace cac {

// Reads and records the warnings and sanctions of agencies.
class SanctionStore
{
public:
    explicit SanctionStore(QSqlDatabase db);
    Result<qint64> add(const SanctionRecord &sanction);
    Result<QList<SanctionRecord>> forAgency(qint64 agencyId) const;
    Result<QList<SanctionRecord>> all() const; // by agency, then date

private:
    Result<QList<SanctionRecord>> select(const QString &where, const QVariantList &values) const;
    QSqlDatabase m_db;
};

} // namespace cac
