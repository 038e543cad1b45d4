// Benchmark: building the statewide charts (compliance, activity, categories, outcomes: the
// numbers from the metrics and the QChart) over 20,000 agencies x 30 years. Target: under 200 ms.
// Run by hand, offscreen:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_charts [AGENCIES] [YEARS]

#include "benchdatabase.h"

#include "app/charts/chartdatabuilder.h"
#include "ui/charts/yeartrendchart.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>

using namespace cac;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int agencies = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 20000;
    const int years = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 30;
    QTemporaryDir dir;
    auto database = Database::open(makeBenchDatabase(dir, agencies, years), Database::Mode::OpenExisting);
    const ChartDataBuilder builder(database.value()->connection(), QStringLiteral("bench.sqlite"));
    out << "database: " << agencies << " agencies x " << years << " years\n";
    const std::pair<const char *, std::function<Result<ChartData>()>> kinds[] = {
            {"compliance", [&] { return builder.compliance({}); }},
            {"activity", [&] { return builder.activity({}); }},
            {"categories", [&] { return builder.categories({}); }},
            {"outcomes", [&] { return builder.outcomes({}); }},
    };
    double total = 0;
    for (const auto &[name, build] : kinds) {
        QList<double> runs;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            const Result<ChartData> data = build();
            if (!data.ok()) {
                out << name << ": " << data.error() << "\n";
                return 1;
            }
            std::unique_ptr<QChart> chart(YearTrendChart::build(data.value()));
            runs << timer.nsecsElapsed() / 1e6;
        }
        std::sort(runs.begin(), runs.end());
        total += runs.at(2);
        out << name << ": median " << QString::number(runs.at(2), 'f', 1) << " ms of 5 runs\n";
    }
    out << "all four statewide charts: " << QString::number(total, 'f', 1) << " ms\n";
    return 0;
}
