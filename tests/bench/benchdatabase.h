#pragma once

#include "app/demo/demogenerator.h"
#include "app/metrics/statewidemetrics.h"
#include "db/import/reportimporter.h"
#include "db/engine/database.h"

#include <QFile>
#include <QTemporaryDir>

namespace cac {

// A database of AGENCIES x YEARS demo reports (every agency, every year), for the benchmarks.
inline QString makeBenchDatabase(const QTemporaryDir &dir, int agencies, int years)
{
    DemoOptions options;
    options.agencies = agencies;
    options.fromYear = 2025 - years + 1;
    options.completeGrid = true;
    const QString csv = dir.filePath(QStringLiteral("bench.csv"));
    QFile file(csv);
    file.open(QIODevice::WriteOnly);
    DemoGenerator(options).writeCsv(&file);
    file.close();
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    // As `cac-review import` does: the statewide figures are kept after the import.
    StatewideMetrics(db.value()->connection()).keepAfter(ReportImporter(*db.value()).importFile(csv, {}));
    return path;
}

} // namespace cac
