#pragma once

#include "db/model/earlierreports.h"
#include "db/model/misusereport.h"
#include "db/result.h"
#include "db/status.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace cac {

// Reads annual misuse reports, with their category counts.
class ReportStore
{
public:
    explicit ReportStore(QSqlDatabase db);

    Result<std::optional<MisuseReport>> find(qint64 agencyId, int year) const; // no value: no such report
    Result<QList<MisuseReport>> forAgency(qint64 agencyId) const;
    Result<QList<MisuseReport>> all() const; // by agency, then year
    // The reports of `year`, by agency id, handed to `visit` one at a time and never held: memory
    // flat in the number of reports.
    Status eachOfYear(int year, const std::function<void(MisuseReport &&)> &visit) const;
    // What each agency's reports before `year` add up to, by agency id, folded by SQL in one pass;
    // `zeroYears`: how far back zeroInvestigationYears counts (the years year - zeroYears + 1 on).
    Result<QHash<qint64, EarlierReports>> earlierReports(int year, int zeroYears) const;
    // The reports of the agencies of a kind ("" for agencies whose kind is not recorded) with
    // sworn staff from `minStaff` to `maxStaff` (inclusive), but for agency `except`, one at a
    // time as eachOfYear (by agency, then year).
    Status eachOfPeers(const QString &kind, int minStaff, int maxStaff, qint64 except,
                       const std::function<void(MisuseReport &&)> &visit) const;
    // The first and last year of the reports on record; none in an empty file.
    std::optional<std::pair<int, int>> yearRange() const;

private:
    Result<QList<MisuseReport>> select(const QString &where, const QVariantList &values) const;
    Status each(const QString &where, const QVariantList &values, const std::function<void(MisuseReport &&)> &visit) const;
    QSqlDatabase m_db;
};

} // namespace cac
