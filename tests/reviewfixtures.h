#pragma once

#include "app/review/agencyhistory.h"
#include "db/model/misusecategory.h"

#include <QString>

namespace cac {

// Small agency histories for the review rules, shaped like the public cases of DOMAIN.md.
namespace ReviewFixtures {

inline AgencyHistory agency(const QString &name, int sworn, const QString &parent = QString())
{
    AgencyHistory h;
    static qint64 nextId = 1;
    h.agency.id = nextId++;
    h.agency.ori = QStringLiteral("CA%1").arg(h.agency.id, 7, 10, QChar(u'0'));
    h.agency.name = name;
    h.agency.swornStaff = sworn;
    h.agency.parentOrg = parent;
    return h;
}

inline MisuseReport &report(AgencyHistory &h, int year, std::optional<int> investigations,
                            std::optional<ViolationRange> violations, std::optional<int> individuals = std::nullopt)
{
    MisuseReport r;
    r.agencyId = h.agency.id;
    r.year = year;
    r.filed = true;
    r.filedDate = QDate(year + 1, 2, 1);
    r.investigations = investigations;
    r.violations = violations;
    r.individuals = individuals;
    h.reports.append(r);
    return h.reports.last();
}

inline void notFiled(AgencyHistory &h, int year)
{
    MisuseReport r;
    r.agencyId = h.agency.id;
    r.year = year;
    r.filed = false;
    h.reports.append(r);
}

inline void category(MisuseReport &r, const char *code, int count)
{
    r.categories[MisuseCategory::codes().indexOf(QString::fromLatin1(code))] = count;
}

inline void sanction(AgencyHistory &h, const char *kind, QDate on)
{
    h.sanctions.append({0, h.agency.id, QString::fromLatin1(kind), on, std::nullopt, QString()});
}

// Quiet years before the year under review: a few investigations, no violation.
inline void quietYears(AgencyHistory &h, int from, int to)
{
    for (int y = from; y <= to; ++y)
        report(h, y, 2, ViolationRange{0, 0}, 0);
}

} // namespace ReviewFixtures

} // namespace cac
