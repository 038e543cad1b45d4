#include "db/import/reportimporter.h"

#include "db/csv/csvreader.h"
#include "db/import/importrun.h"
#include "db/import/importsource.h"
#include "db/sqlite/database.h"
#include "db/stores/columnmappingstore.h"

#include <QFileInfo>

ReportImporter::ReportImporter(Database &database) : m_database(database) {}

ImportSummary ReportImporter::importFile(const QString &path, const Options &options)
{
    return importFiles({path}, options);
}

ImportSummary ReportImporter::importFiles(const QStringList &paths, const Options &options)
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
    const ImportSource::Choice choice{options.encoding, options.sheet, options.mapping, remembered};
    QList<ImportRun::Input> inputs;
    for (const QString &path : paths) {
        const auto open = [path, choice](ImportIssue *refused) -> std::shared_ptr<RecordSource> {
            std::shared_ptr<ImportSource> source(ImportSource::open(path, choice, refused).release());
            if (!source)
                return nullptr;
            // Shares the ownership of the source it belongs to.
            return std::shared_ptr<RecordSource>(source, &source->records());
        };
        inputs.append({path, QFileInfo(path).fileName(), QFileInfo(path).size(), open});
    }
    ImportRun run(m_database, inputs, chosen);
    return run.execute();
}

ImportSummary ReportImporter::importDevice(QIODevice &device, const QString &sourceName, const Options &options)
{
    const auto open = [&device, &options](ImportIssue *) -> std::shared_ptr<RecordSource> {
        return std::make_shared<CsvReader>(&device, options.encoding);
    };
    ImportRun run(m_database, {{sourceName, sourceName, device.isSequential() ? 0 : device.size(), open}}, options);
    return run.execute();
}
