#include "db/import/reportimporter.h"

#include "db/csv/csvreader.h"
#include "db/import/importrun.h"
#include "db/files/protectedfiles.h"

#include <QFile>
#include <QFileInfo>

ReportImporter::ReportImporter(Database &database) : m_database(database) {}

ImportSummary ReportImporter::importFile(const QString &path, const Options &options)
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
    // A folder, a FIFO or a device is refused before it is opened: opening a FIFO would wait for
    // a writer that never comes.
    const QFileInfo info(path);
    if (!info.exists())
        return refused(QObject::tr("no such file"));
    if (!info.isFile())
        return refused(QObject::tr("is not a file (a folder, a pipe or a device); name a CSV file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(QObject::tr("cannot be read: %1").arg(file.errorString()));
    return importDevice(file, QFileInfo(path).fileName(), options);
}

ImportSummary ReportImporter::importDevice(QIODevice &device, const QString &sourceName, const Options &options)
{
    CsvReader reader(&device, options.encoding);
    ImportRun run(m_database, reader, device.isSequential() ? 0 : device.size(), sourceName, options);
    return run.execute();
}
