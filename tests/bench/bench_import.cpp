// Benchmark: import a generated file of AGENCIES x YEARS rows (default 20,000 x 30 = 600,000) and
// compare with sqlite3's own ".import --csv" of the same file into a plain table, which checks
// nothing. Also reports our peak memory after a file of the same agencies over a tenth of the
// years and after the full one: memory may grow with the number of agencies (the importer keeps
// one entry per ORI), never with the number of rows. Then imports the full file again into the
// small file's database, which already holds reports. Run by hand:
//   build/tests/bench/bench_import [AGENCIES] [YEARS]

#include "app/demo/demogenerator.h"
#include "db/import/reportimporter.h"
#include "db/engine/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include "peakmemory.h"

using namespace cac;

namespace {

QString makeFile(const QTemporaryDir &dir, const char *name, int agencies, int years)
{
    DemoOptions options;
    options.agencies = agencies;
    options.toYear = 2025;
    options.fromYear = 2025 - years + 1;
    options.completeGrid = true;
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    DemoGenerator(options).writeCsv(&file);
    return path;
}

struct Timing
{
    int rows = 0;
    double seconds = 0;
};

Timing importOurs(const QString &csv, const QString &dbPath)
{
    auto database = Database::open(dbPath, Database::Mode::CreateIfMissing);
    if (!database.ok())
        qFatal("%s", qPrintable(database.error()));
    QElapsedTimer timer;
    timer.start();
    const ImportSummary summary = ReportImporter(*database.value()).importFile(csv, {});
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!summary.succeeded())
        qFatal("import failed: %s", qPrintable(summary.errors.value(0).toString(csv)));
    return {summary.rows, seconds};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int agencies = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 20000;
    const int years = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 30;
    QTemporaryDir dir;

    const QString small = makeFile(dir, "small.csv", agencies, qMax(1, years / 10));
    const QString full = makeFile(dir, "full.csv", agencies, years);
    out << "file: " << QFile(full).size() / (1024 * 1024) << " MiB\n";
    const long baseline = peakMemoryKiB();

    importOurs(small, dir.filePath(QStringLiteral("small.sqlite")));
    const long afterSmall = peakMemoryKiB();
    const Timing ours = importOurs(full, dir.filePath(QStringLiteral("ours.sqlite")));
    const long afterFull = peakMemoryKiB();
    // The same file into a database that already holds reports (the small file's, which are
    // among its rows): the read indexes are kept up to date row by row instead of rebuilt.
    const Timing intoFilled = importOurs(full, dir.filePath(QStringLiteral("small.sqlite")));

    QElapsedTimer timer;
    timer.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {dir.filePath(QStringLiteral("plain.sqlite")), QStringLiteral(".import --csv %1 plain").arg(full)});
    sqlite.waitForFinished(-1);
    const double sqliteSeconds = timer.nsecsElapsed() / 1e9;
    if (sqlite.exitCode() != 0)
        qFatal("sqlite3 failed: %s", sqlite.readAllStandardError().constData());

    const double oursRate = ours.rows / ours.seconds;
    const double sqliteRate = ours.rows / sqliteSeconds;
    out << "rows: " << ours.rows << "\n";
    out << "cac-review import: " << qRound(oursRate) << " rows/s (" << ours.seconds << " s)\n";
    out << "sqlite3 .import:   " << qRound(sqliteRate) << " rows/s (" << sqliteSeconds << " s)\n";
    out << "ratio (ours / sqlite3): " << QString::number(oursRate / sqliteRate, 'f', 2) << "\n";
    out << "into a database that already holds reports: " << qRound(intoFilled.rows / intoFilled.seconds) << " rows/s, ratio "
        << QString::number(intoFilled.rows / intoFilled.seconds / sqliteRate, 'f', 2) << "\n";
    out << "peak memory: " << baseline / 1024 << " MiB before, " << afterSmall / 1024 << " MiB after the " << agencies
        << "-agency, " << qMax(1, years / 10) << "-year file, " << afterFull / 1024 << " MiB after the " << ours.rows
        << "-row file\n";
    return 0;
}
