// Benchmark: the main window over 20,000 agencies x 30 years (600,000 reports): opening the
// database to the first paint, filter-as-you-type per keystroke (median and worst), and peak
// memory. Run by hand, offscreen:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_window [AGENCIES] [YEARS]

#include "benchdatabase.h"
#include "ui/agencylistview.h"
#include "ui/mainwindow.h"
#include "ui/profile/agencyprofileview.h"
#include "ui/review/reviewqueueview.h"
#include "app/editing/reviewdocument.h"
#include "app/review/reviewdecisions.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "peakmemory.h"

#include <algorithm>

using namespace cac;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cac-review-bench"));
    QTextStream out(stdout);
    const int agencies = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 20000;
    const int years = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 30;
    QTemporaryDir dir;
    const QString dbPath = makeBenchDatabase(dir, agencies, years);
    out << "database: " << agencies << " agencies x " << years << " years\n";
    const long before = peakMemoryKiB() / 1024;

    QElapsedTimer timer;
    timer.start();
    auto database = Database::open(dbPath, Database::Mode::OpenExisting);
    MainWindow window;
    window.setDatabase(database.take());
    window.show();
    QApplication::processEvents();
    window.grab(); // paints every visible widget
    const double firstPaintMs = timer.nsecsElapsed() / 1e6;

    QLineEdit *search = window.agencyList()->searchBox();
    QList<double> perKey;
    for (const QString &query : {QStringLiteral("halcyon flats district 12"), QStringLiteral("rio seco"),
                                 QStringLiteral("caz0012"), QStringLiteral("sacramento sheriff")}) {
        search->clear();
        QApplication::processEvents();
        for (const QChar c : query) {
            timer.restart();
            QTest::keyClick(search, c.toLatin1());
            QApplication::processEvents();
            perKey << timer.nsecsElapsed() / 1e6;
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                out << c << " " << perKey.last() << "\n";
        }
    }
    // A review decision as a reviewer makes it in the queue: marked reviewed and back, the queue
    // shown, timed to the updated views.
    window.tabs()->setCurrentWidget(window.reviewQueue());
    QApplication::processEvents();
    const qint64 agency = window.profile()->agencyId();
    QList<double> perDecision;
    for (int i = 0; agency != 0 && i < 10; ++i) {
        timer.restart();
        if (!ReviewDecisions(*window.document()).markReviewed(agency, window.reportingYear(), i % 2 == 0).ok())
            qFatal("the decision was refused");
        QApplication::processEvents();
        perDecision << timer.nsecsElapsed() / 1e6;
    }
    std::sort(perDecision.begin(), perDecision.end());
    std::sort(perKey.begin(), perKey.end());
    out << "open to first paint: " << QString::number(firstPaintMs, 'f', 0) << " ms\n";
    out << "filter per keystroke (" << perKey.size() << " keys): median " << QString::number(perKey.at(perKey.size() / 2), 'f', 1)
        << " ms, worst " << QString::number(perKey.last(), 'f', 1) << " ms\n";
    if (!perDecision.isEmpty())
        out << "a review decision to the updated views (" << perDecision.size() << "): median "
            << QString::number(perDecision.at(perDecision.size() / 2), 'f', 1) << " ms, worst "
            << QString::number(perDecision.last(), 'f', 1) << " ms\n";
    out << "peak memory: " << before << " MiB after building the file, " << peakMemoryKiB() / 1024
        << " MiB with the window open\n";
    return 0;
}
