// libFuzzer target: the whole import (reader, row parser, rules, writer) as a dry run into one
// database that holds good data. Any input must be refused or checked without a crash, and the
// database must hold exactly what it held before.
#include "db/import/reportimporter.h"
#include "db/sqlite/database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

struct Fixture
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> database;
    QString fingerprint;
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

QString fingerprintOf(Database &database)
{
    QSqlQuery q(database.connection());
    q.exec(QStringLiteral("SELECT (SELECT count(*) FROM agency) || '/' || (SELECT count(*) FROM misuse_report) || '/' || "
                          "(SELECT total(investigations) FROM misuse_report) || '/' || (SELECT count(*) FROM contact)"));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fixture &f = fixture();
    f.app = std::make_unique<QCoreApplication>(*argc, *argv);
    f.dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Database>> opened =
            Database::open(f.dir->filePath(QStringLiteral("fuzz.sqlite")), Database::Mode::CreateIfMissing);
    if (!opened.ok())
        std::abort();
    f.database = opened.take();
    QBuffer good;
    good.setData("ori,year,agency,agency_kind,filed,investigations,violations,individuals\n"
                 "CA0000001,2018,Alpha Sheriff,sheriff,yes,5,1-3,1\n"
                 "CA0000002,2018,Bravo Police Department,municipal_police,no,,,\n");
    good.open(QIODevice::ReadOnly);
    if (!ReportImporter(*f.database).importDevice(good, QStringLiteral("good.csv"), {}).succeeded())
        std::abort();
    f.fingerprint = fingerprintOf(*f.database);
    // Closed at exit before Qt's own globals go: registered after Qt made them, so it runs first.
    std::atexit([] {
        Fixture &f = fixture();
        f.database.reset();
        f.dir.reset();
        f.app.reset();
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    QBuffer input;
    input.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    input.open(QIODevice::ReadOnly);
    ReportImporter::Options options;
    options.dryRun = true;
    const ImportSummary summary = ReportImporter(*f.database).importDevice(input, QStringLiteral("fuzz.csv"), options);
    if (summary.errorCount < summary.errors.size() || fingerprintOf(*f.database) != f.fingerprint)
        std::abort();
    return 0;
}
