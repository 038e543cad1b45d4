#pragma once

#include "misusereport.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// Reads annual misuse reports, with their category counts.
class ReportStore
{
public:
    explicit ReportStore(QSqlDatabase db);

    std::optional<MisuseReport> find(qint64 agencyId, int year) const;
    QList<MisuseReport> forAgency(qint64 agencyId) const;
    QList<MisuseReport> all() const; // by agency, then year
    int count() const;

private:
    QList<MisuseReport> select(const QString &where, const QVariantList &values) const;
    QSqlDatabase m_db;
};
