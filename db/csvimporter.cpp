#include "csvimporter.h"

#include "csvimportrun.h"

#include <QFile>
#include <QFileInfo>

CsvImporter::CsvImporter(Database &database) : m_database(database) {}

ImportSummary CsvImporter::importFile(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportSummary summary;
        summary.dryRun = options.dryRun;
        summary.errors.append({0, QString(), QString(), QObject::tr("cannot be read: %1").arg(file.errorString())});
        summary.errorCount = 1;
        return summary;
    }
    return importDevice(file, QFileInfo(path).fileName(), options);
}

ImportSummary CsvImporter::importDevice(QIODevice &device, const QString &sourceName, const Options &options)
{
    CsvImportRun run(m_database, device, sourceName, options);
    return run.execute();
}
