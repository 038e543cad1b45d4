#include "csvimporter.h"

#include "csvimportrun.h"
#include "files/protectedfiles.h"

#include <QFile>
#include <QFileInfo>

CsvImporter::CsvImporter(Database &database) : m_database(database) {}

ImportSummary CsvImporter::importFile(const QString &path, const Options &options)
{
    const auto refused = [&options](const QString &reason) {
        ImportSummary summary;
        summary.dryRun = options.dryRun;
        summary.errors.append({0, QString(), QString(), reason});
        summary.errorCount = 1;
        return summary;
    };
    // Checked before anything opens it: reading the open database would drop its locks.
    const QString protectedFile = ProtectedFiles::refusal(path);
    if (!protectedFile.isEmpty())
        return refused(protectedFile);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(QObject::tr("cannot be read: %1").arg(file.errorString()));
    return importDevice(file, QFileInfo(path).fileName(), options);
}

ImportSummary CsvImporter::importDevice(QIODevice &device, const QString &sourceName, const Options &options)
{
    CsvImportRun run(m_database, device, sourceName, options);
    return run.execute();
}
