#include "db/import/reportimporter.h"

#include "db/csv/csvreader.h"
#include "db/import/importrun.h"
#include "db/import/importsource.h"
#include "db/sqlite/database.h"
#include "db/stores/columnmappingstore.h"

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
    // The mappings remembered in the database, and those the caller brings (theirs first).
    QHash<QString, ColumnMapping> remembered = options.remembered;
    const Result<QHash<QString, ColumnMapping>> stored = ColumnMappingStore(m_database.connection()).all();
    if (stored.ok()) {
        for (auto it = stored.value().cbegin(); it != stored.value().cend(); ++it)
            remembered.insert(it.key(), remembered.value(it.key(), it.value()));
    }
    Options chosen = options;
    chosen.remembered = remembered;
    ImportIssue refused;
    const std::unique_ptr<ImportSource> source =
            ImportSource::open(path, {options.encoding, options.sheet, options.mapping, remembered}, &refused);
    if (!source)
        return refusal(options, refused);
    ImportRun run(m_database, source->records(), source->size(), QFileInfo(path).fileName(), chosen);
    return run.execute();
}

ImportSummary ReportImporter::importDevice(QIODevice &device, const QString &sourceName, const Options &options)
{
    CsvReader reader(&device, options.encoding);
    ImportRun run(m_database, reader, device.isSequential() ? 0 : device.size(), sourceName, options);
    return run.execute();
}
