#include "app/review/historyscan.h"

#include "db/stores/records/agencystore.h"
#include "db/stores/records/reportstore.h"
#include "db/stores/records/sanctionstore.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace cac {

Status HistoryScan::forEach(QSqlDatabase db, int year, const ReviewSettings &settings,
                            const std::function<void(const AgencyHistory &)> &visit)
{
    Result<QList<AgencyRecord>> agencies = AgencyStore(db).all();
    if (!agencies.ok())
        return Status::failure(agencies.error());
    const Result<QList<SanctionRecord>> sanctions = SanctionStore(db).all(); // a few per agency at most
    if (!sanctions.ok())
        return Status::failure(sanctions.error());
    const Result<QHash<qint64, EarlierReports>> earlier =
            ReportStore(db).earlierReports(year, std::max(1, int(settings.value("zero_years"))));
    if (!earlier.ok())
        return Status::failure(earlier.error());
    QHash<qint64, QList<SanctionRecord>> sanctionsOf;
    for (const SanctionRecord &s : sanctions.value())
        sanctionsOf[s.agencyId].append(s);

    // The reports come by agency id: walk the agencies in the same order and hand each one over
    // once its report has passed (an agency without a report for the year is handed over too).
    QList<AgencyRecord> &list = agencies.value();
    std::sort(list.begin(), list.end(), [](const AgencyRecord &a, const AgencyRecord &b) { return a.id < b.id; });
    qsizetype next = 0;
    AgencyHistory current;
    const auto handOver = [&](AgencyRecord &agency) {
        current.agency = std::move(agency);
        current.sanctions = sanctionsOf.value(current.agency.id);
        current.earlier = earlier.value().value(current.agency.id);
        current.foldedFor = year;
        visit(current);
        current = AgencyHistory();
    };
    const auto handOverBefore = [&](qint64 agencyId) {
        while (next < list.size() && list.at(next).id < agencyId) {
            handOver(list[next]);
            ++next;
        }
    };
    const Status read = ReportStore(db).eachOfYear(year, [&](MisuseReport &&report) {
        handOverBefore(report.agencyId);
        if (next < list.size() && list.at(next).id == report.agencyId)
            current.reports.append(std::move(report));
    });
    if (!read.ok())
        return read;
    handOverBefore(std::numeric_limits<qint64>::max());
    return Status::success();
}

} // namespace cac
