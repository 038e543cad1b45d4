#include "db/import/reportimporter.h"

#include "db/csv/csvreader.h"
#include "db/import/importrun.h"
#include "db/import/importsource.h"

#include <QFileInfo>

namespace {
ImportSummary refusal(const ReportImporter::Options &options, const ImportIssue &issue)
{
    ImportSummary summary;
    summary.dryRun = options.dryRun;
    summary.errors.append(issue);
    summary.errorCount = 1;
    return summary;
}

} // namespace

ReportImporter::ReportImporter(Database &database) : m_database(database) {}

ImportSummary ReportImporter::importFile(const QString &path, const Options &options)
{
    ImportIssue refused;
    const std::unique_ptr<ImportSource> source = ImportSource::open(path, {options.encoding, options.sheet}, &refused);
    if (!source)
        return refusal(options, refused);
    ImportRun run(m_database, source->records(), source->size(), QFileInfo(path).fileName(), options);
    return run.execute();
}

ImportSummary ReportImporter::importDevice(QIODevice &device, const QString &sourceName, const Options &options)
{
    CsvReader reader(&device, options.encoding);
    ImportRun run(m_database, reader, device.isSequential() ? 0 : device.size(), sourceName, options);
    return run.execute();
}
