#include "db/import/reportimporter.h"

#include "db/csv/csvreader.h"
#include "db/import/importrun.h"
#include "db/import/importsource.h"
#include "db/engine/database.h"
#include "db/stores/columnmappingstore.h"

#include <QFileInfo>

namespace cac {

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
    const auto inputOf = [](const QString &path, const ImportSource::Choice &choice, qint64 size) {
        const auto open = [path, choice](ImportIssue *refused) -> std::shared_ptr<RecordSource> {
            std::shared_ptr<ImportSource> source(ImportSource::open(path, choice, refused).release());
            if (!source)
                return nullptr;
            // Shares the ownership of the source it belongs to.
            return std::shared_ptr<RecordSource>(source, &source->records());
        };
        return ImportRun::Input{path, QFileInfo(path).fileName(), size, true, open};
    };
    for (const QString &path : paths) {
        // A workbook with no sheet named is read whole: each sheet with the first one's header.
        QStringList sheets;
        if (choice.sheet.isEmpty() && ImportSource::isWorkbook(path)) {
            ImportIssue ignored; // a file that cannot be opened is refused when its turn comes
            if (const std::unique_ptr<ImportSource> probe = ImportSource::open(path, choice, &ignored))
                sheets = probe->sheetsAlike();
        }
        if (sheets.size() < 2) {
            inputs << inputOf(path, choice, QFileInfo(path).size());
            continue;
        }
        for (const QString &sheet : std::as_const(sheets)) {
            ImportSource::Choice one = choice;
            one.sheet = sheet;
            inputs << inputOf(path, one, QFileInfo(path).size() / sheets.size());
        }
    }
    ImportRun run(m_database, inputs, chosen);
    return run.execute();
}

ImportSummary ReportImporter::importDevice(QIODevice &device, const QString &sourceName, const Options &options)
{
    const auto open = [&device, &options](ImportIssue *) -> std::shared_ptr<RecordSource> {
        return std::make_shared<CsvReader>(&device, options.encoding);
    };
    ImportRun run(m_database, {{sourceName, sourceName, device.isSequential() ? 0 : device.size(), false, open}}, options);
    return run.execute();
}

} // namespace cac
