#include "filingweeks.h"

#include "app/format/displaytext.h"

#include "db/stores/metastore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cac {

namespace {
// This file's strings, in the translation context lupdate gathers them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FilingWeeks)
};

constexpr int WeeksBefore = 8;
constexpr int WeeksAfter = 12;
} // namespace

Result<ChartData> FilingWeeks::chart(QSqlDatabase db, int year, const QDate &deadline)
{
    const Result<bool> demo = MetaStore(db).isDemo();
    if (!demo.ok())
        return Result<ChartData>::failure(demo.error());
    ChartData chart;
    chart.style = ChartData::Style::StackedBars;
    chart.demo = demo.value();
    chart.title = Text::tr("%1 reports filed, week by week").arg(year);
    chart.yTitle = Text::tr("Reports filed");
    chart.xTitle = Text::tr("Week starting (deadline %1)").arg(DisplayText::longDate(deadline));
    chart.footnote = (chart.demo ? Text::tr("Demo data, fictional agencies. ") : QString()) +
            Text::tr("Earlier reports are counted in the first week, later ones in the last.");
    QList<int> counts(WeeksBefore + WeeksAfter, 0);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT filed_date FROM misuse_report WHERE year = ? AND filed = 1 AND filed_date IS NOT NULL"));
    q.addBindValue(year);
    // Weeks of zeros are not drawn for a file that could not be read.
    if (!q.exec())
        return Result<ChartData>::failure(q.lastError().text());
    const QDate start = deadline.addDays(-7 * WeeksBefore);
    while (q.next()) {
        const qint64 days = start.daysTo(QDate::fromString(q.value(0).toString(), Qt::ISODate));
        counts[int(qBound<qint64>(0, days / 7, counts.size() - 1))] += 1;
    }
    if (q.lastError().isValid())
        return Result<ChartData>::failure(q.lastError().text());
    ChartData::Series filed{Text::tr("Filed"), {}};
    for (int week = 0; week < counts.size(); ++week) {
        chart.xLabels.insert(week, deadline.addDays(7 * (week - WeeksBefore)).toString(QStringLiteral("MMM d")));
        filed.points.append({week, double(counts.at(week)), double(counts.at(week))});
    }
    chart.series << filed;
    return chart;
}

} // namespace cac
