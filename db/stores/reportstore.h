#pragma once

#include "db/model/misusereport.h"
#include "db/result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// Reads annual misuse reports, with their category counts.
class ReportStore
{
public:
    explicit ReportStore(QSqlDatabase db);

    Result<std::optional<MisuseReport>> find(qint64 agencyId, int year) const; // no value: no such report
    Result<QList<MisuseReport>> forAgency(qint64 agencyId) const;
    Result<QList<MisuseReport>> all() const; // by agency, then year
    // The reports of the agencies of a kind ("" for agencies whose kind is not recorded).
    Result<QList<MisuseReport>> ofAgencyKind(const QString &kind) const;
    // The first and last year of the reports on record; none in an empty file.
    std::optional<std::pair<int, int>> yearRange() const;

private:
    Result<QList<MisuseReport>> select(const QString &where, const QVariantList &values) const;
    QSqlDatabase m_db;
};
