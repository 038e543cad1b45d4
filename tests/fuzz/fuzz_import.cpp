// libFuzzer target: the whole import (reader, row parser, rules, writer) as a dry run into one
// database that holds good data. Any input must be refused or checked without a crash, and the
// database must hold exactly what it held before.
#include "db/import/reportimporter.h"
#include "db/engine/database.h"
#include "fuzzdatabase.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace cac;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzDatabase &f = FuzzDatabase::instance();
    f.open(argc, argv);
    QBuffer good;
    good.setData("ori,year,agency,agency_kind,filed,investigations,violations,individuals\n"
                 "CA0000001,2018,Alpha Sheriff,sheriff,yes,5,1-3,1\n"
                 "CA0000002,2018,Bravo Police Department,municipal_police,no,,,\n");
    good.open(QIODevice::ReadOnly);
    if (!ReportImporter(*f.database).importDevice(good, QStringLiteral("good.csv"), {}).succeeded())
        std::abort();
    f.fingerprint = f.currentFingerprint();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzDatabase &f = FuzzDatabase::instance();
    QBuffer input;
    input.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    input.open(QIODevice::ReadOnly);
    ReportImporter::Options options;
    options.dryRun = true;
    const ImportSummary summary = ReportImporter(*f.database).importDevice(input, QStringLiteral("fuzz.csv"), options);
    if (summary.errorCount < summary.errors.size() || f.currentFingerprint() != f.fingerprint)
        std::abort();
    return 0;
}
