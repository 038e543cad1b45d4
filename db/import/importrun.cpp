#include "db/import/importrun.h"

#include "db/files/backups.h"

#include "db/import/reportcolumns.h"
#include "db/sqlite/database.h"
#include "db/stores/metastore.h"
#include "db/model/misusecategory.h"
#include "db/model/osuser.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportImporter", text);
}

// Whether the import drops the indexes that serve only reads and builds them once at commit.
// Keeping them up to date costs several times more per row than building them (bench_import,
// 600,000 rows: into a table that already held 60,000 of them, 0.28 of sqlite3's rate; into an
// empty one, rebuilt at commit, about 0.6), so a rebuild wins once the file adds more than
// about a quarter of the reports already there. The rows are guessed at 100 bytes each (the
// demo files run about 240); a wrong guess costs time, never correctness. A stream of unknown
// size (0) is rebuilt for only into an empty table.
bool rebuildsReadIndexes(int reportsBefore, qint64 fileBytes)
{
    return reportsBefore == 0 || fileBytes / 100 >= reportsBefore / 4;
}

bool sameAgencyFields(const AgencyRecord &a, const AgencyRecord &b)
{
    return a.name == b.name && a.kind == b.kind && a.county == b.county && a.parentOrg == b.parentOrg
            && a.swornStaff == b.swornStaff;
}

bool sameContact(const ContactRecord &a, const ContactRecord &b)
{
    return a.name == b.name && a.role == b.role && a.phone == b.phone && a.email == b.email;
}

constexpr int ProgressEvery = 2000;

} // namespace

ImportRun::ImportRun(Database &database, RecordSource &source, qint64 totalBytes, QString sourceName,
                     const ReportImporter::Options &options)
    : m_database(database), m_db(database.connection()), m_source(source), m_totalBytes(totalBytes),
      m_sourceName(std::move(sourceName)), m_options(options)
{
    m_summary.dryRun = options.dryRun;
    m_summary.sourceDescription = source.description();
}

void ImportRun::refuse(ImportIssue issue)
{
    issue.sheet = m_source.sheetName();
    if (m_summary.errors.size() < ImportSummary::MaxListedIssues)
        m_summary.errors.append(std::move(issue));
    ++m_summary.errorCount;
}

void ImportRun::refuseField(int line, int id, const QString &value, const QString &message)
{
    refuse({line, ReportColumns::importNames().at(id), value, message, QString(), m_parser->position(id)});
}

void ImportRun::refuse(int line, const QString &column, const QString &value, const QString &message)
{
    refuse({line, column, value, message});
}

void ImportRun::warn(const ImportIssue &warning)
{
    if (m_summary.warnings.size() < ImportSummary::MaxListedIssues) {
        m_summary.warnings.append(warning);
        m_summary.warnings.last().sheet = m_source.sheetName();
    }
    ++m_summary.warningCount;
}

void ImportRun::refuseFile(int line, const QString &message)
{
    refuse(line, QString(), QString(), message);
}

bool ImportRun::readHeader()
{
    // The header is the first row that names at least the ORI and the year; a sheet may have a
    // title, notes or blank rows above it.
    SourceRecord record;
    SourceRecord first;
    QList<QString> firstTexts;
    for (int nonBlank = 0; nonBlank <= MaxRowsAboveHeader;) {
        if (!m_source.read(record)) {
            if (m_source.hasError())
                refuse(m_source.error());
            else if (firstTexts.isEmpty())
                refuseFile(1, tr("the file is empty"));
            else
                refuseNoHeader(first);
            return false;
        }
        if (record.isBlank())
            continue;
        if (nonBlank++ == 0) {
            first.row = record.row;
            for (const QStringView field : std::as_const(record.fields))
                firstTexts << field.trimmed().toString();
            for (const QString &text : std::as_const(firstTexts))
                first.fields << QStringView(text);
        }
        if (isHeader(record, m_options.mapping, m_options.remembered))
            break;
    }
    if (!isHeader(record, m_options.mapping, m_options.remembered)) {
        refuseNoHeader(first);
        return false;
    }
    m_headerRow = record.row;
    const QStringList headers = texts(record);
    const ColumnMapping mapping = m_options.mapping.forHeaders(headers, m_options.remembered);
    m_headers = headers;
    m_mapping = mapping;
    m_summary.headerRow = m_headerRow;
    QList<int> positions(ReportColumns::ImportCount, -1);
    for (int i = 0; i < headers.size(); ++i) {
        const QString &name = headers.at(i);
        if (name.isEmpty())
            continue;
        const int id = mapping.fieldFor(name);
        m_summary.columns.append({i, name, id});
        if (id == ColumnMapping::Ignored)
            continue;
        if (id == ColumnMapping::Unmapped) {
            const QStringList could = ColumnMapping::candidates(name);
            warn({m_headerRow, name, QString(),
                  could.isEmpty() ? tr("not a column of the format; ignored")
                                  : tr("not a column of the format; ignored (map it to %1 with --map \"%2=FIELD\" "
                                       "if it is one)").arg(could.join(QStringLiteral(" or ")), name),
                  QString(), i});
        } else if (positions[id] >= 0) {
            refuse({m_headerRow, name, QString(),
                    tr("this column appears twice in the header: column %1 is also %2").arg(ImportIssue::columnLetters(positions[id]),
                                                                   ReportColumns::importNames().at(id)),
                    QString(), i});
        } else {
            positions[id] = i;
        }
    }
    if (positions[ReportColumns::Violations] >= 0
        && (positions[ReportColumns::ViolationsLow] >= 0 || positions[ReportColumns::ViolationsHigh] >= 0))
        refuseFile(m_headerRow, tr("the file gives violations both as one column and as low and high columns; keep one"));
    m_parser = std::make_unique<ImportRowParser>(positions, int(record.fields.size()));
    for (int i = 0; i < MisuseCategory::codes().size(); ++i)
        m_categoryColumns << m_parser->hasColumn(ReportColumns::FirstCategory + i);
    m_writer = std::make_unique<ImportWriter>(m_categoryColumns);
    return m_summary.errorCount == 0;
}

QStringList ImportRun::texts(const SourceRecord &record)
{
    QStringList list;
    for (const QStringView field : record.fields)
        list << field.trimmed().toString();
    return list;
}

bool ImportRun::isHeader(const SourceRecord &record, const ColumnMapping &chosen,
                         const QHash<QString, ColumnMapping> &remembered)
{
    const QStringList headers = texts(record);
    const ColumnMapping mapping = chosen.forHeaders(headers, remembered);
    bool ori = false;
    bool year = false;
    for (const QString &header : headers) {
        const int id = header.isEmpty() ? ColumnMapping::Unmapped : mapping.fieldFor(header);
        ori = ori || id == ReportColumns::Ori;
        year = year || id == ReportColumns::Year;
    }
    return ori && year;
}

bool ImportRun::hasHeader(RecordSource &source, const ColumnMapping &chosen,
                          const QHash<QString, ColumnMapping> &remembered)
{
    SourceRecord record;
    for (int nonBlank = 0; nonBlank <= MaxRowsAboveHeader && source.read(record);) {
        if (record.isBlank())
            continue;
        if (isHeader(record, chosen, remembered))
            return true;
        ++nonBlank;
    }
    return false;
}

void ImportRun::refuseNoHeader(const SourceRecord &first)
{
    if (!first.fields.isEmpty() && FieldRules::ori(first.fields.first()).ok()) {
        refuseFile(first.row, tr("no header row: the first line looks like data; add a first line that names the "
                                 "columns (ori, year, ...)"));
        return;
    }
    // Each header, with the fields it could be, so that the user can map it (--map).
    QStringList described;
    for (const QStringView field : first.fields) {
        if (field.isEmpty())
            continue;
        const QStringList could = ColumnMapping::candidates(field.toString());
        described << (could.isEmpty() ? FieldRules::quoted(field)
                                      : tr("%1 (%2?)").arg(FieldRules::quoted(field), could.join(QStringLiteral("? "))));
    }
    refuseFile(first.row, tr("no header row: none of the first %1 rows names both the ori and the year columns "
                             "(map them with --map \"HEADER=ori\"); the first reads: %2")
                                  .arg(MaxRowsAboveHeader + 1)
                                  .arg(described.join(QStringLiteral(", "))));
}

void ImportRun::checkDataKind(const ImportRow &row)
{
    if (!m_fileIsDemo) {
        m_fileIsDemo = row.demoNotice;
        if (!m_databaseWasEmpty && *m_fileIsDemo != m_databaseIsDemo) {
            refuseField(row.line, ReportColumns::DataNotice,
                   *m_fileIsDemo ? MetaStore::DemoNotice : QString(),
                   *m_fileIsDemo ? tr("this file is demo data and the database holds real agencies; "
                                      "demo data is never mixed with real data")
                                 : tr("the database holds demo data and this file does not; import real "
                                      "data into a new database"));
        }
    } else if (*m_fileIsDemo != row.demoNotice) {
        refuseField(row.line, ReportColumns::DataNotice, row.demoNotice ? MetaStore::DemoNotice : QString(),
               tr("the file mixes demo rows with real ones"));
    }
}

bool ImportRun::isSameAsWritten(const ImportRow &row, qint64 agencyId)
{
    std::optional<MisuseReport> stored = m_writer->findReport(agencyId, row.report.year);
    if (!stored)
        return false;
    // Only the categories this file has columns for are the file's to compare.
    for (int i = 0; i < MisuseReport::CategoryCount; ++i) {
        if (!m_categoryColumns.at(i))
            stored->categories[i] = row.report.categories[i];
    }
    return stored->sameFiguresAs(row.report);
}

void ImportRun::processRow(const ParsedRow &parsed)
{
    ++m_summary.rows;
    const ImportRow &row = parsed.row;
    const int line = row.line;
    if (!parsed.issues.isEmpty()) {
        for (const ImportIssue &issue : parsed.issues)
            refuse(issue);
        return;
    }
    checkDataKind(row);
    const auto known = m_agencies.constFind(row.agency.ori);
    if (known == m_agencies.constEnd() && row.agency.name.isEmpty()) {
        refuseField(line, ReportColumns::Agency, QString(),
               tr("%1 is a new ORI: the agency's name is required").arg(row.agency.ori));
        return;
    }
    if (known != m_agencies.constEnd() && known->years.test(row.report.year - FieldRules::FirstYear)) {
        if (isSameAsWritten(row, known->id)) {
            ++m_summary.duplicateRows;
        } else {
            const std::optional<MisuseReport> first = m_writer->findReport(known->id, row.report.year);
            refuseField(line, ReportColumns::Year, QString::number(row.report.year),
                   tr("%1 %2 already appears on line %3 with different values")
                           .arg(row.agency.ori)
                           .arg(row.report.year)
                           .arg(first && first->sourceLine ? *first->sourceLine : 0));
        }
        return;
    }
    // Rows after a refused one are still written (and rolled back at the end), so that every
    // later check that depends on earlier rows, such as duplicates, still runs.
    writeRow(row);
}

void ImportRun::writeRow(const ImportRow &input)
{
    ImportRow row = input;
    auto failed = [&](const QString &why) {
        refuseFile(row.line, tr("the database refused this row: %1").arg(why));
    };
    AgencyState &agency = m_agencies[row.agency.ori];
    if (agency.id == 0) {
        const Result<qint64> id = m_writer->insertAgency(row.agency);
        if (!id.ok())
            return failed(id.error());
        agency.id = id.value();
        agency.appliedFields = row.agency;
        ++m_summary.agenciesAdded;
    } else if (!sameAgencyFields(row.agency, agency.appliedFields)) {
        const Status updated = m_writer->updateAgency(agency.id, row.agency);
        if (!updated.ok())
            return failed(updated.error());
        agency.appliedFields = row.agency;
    }
    row.report.agencyId = agency.id;
    row.report.sourceFile = m_sourceName;
    const Status written = m_writer->writeReport(row.report);
    if (!written.ok())
        return failed(written.error());
    if (!row.contact.name.isEmpty() && !sameContact(row.contact, agency.appliedContact)) {
        const Status contact = m_writer->upsertContact(agency.id, row.contact);
        if (!contact.ok())
            return failed(contact.error());
        agency.appliedContact = row.contact;
    }
    agency.years.set(row.report.year - FieldRules::FirstYear);
}

ImportSummary ImportRun::execute()
{
    if (!readHeader())
        return m_summary;
    if (!m_options.dryRun && m_database.isReadOnly()) {
        refuseFile(0, tr("%1 cannot be written: %2; nothing was imported.").arg(m_database.path(), m_database.readOnlyReason()));
        return m_summary;
    }
    if (!m_options.dryRun) {
        const Status sound = m_database.checkIntegrity();
        if (!sound.ok()) {
            refuseFile(0, sound.error());
            return m_summary;
        }
    }
    const Status begun = m_writer->begin(m_database.path(), m_db, OsUser::name());
    if (!begun.ok()) {
        m_writer->rollback();
        refuseFile(0, tr("cannot write to the database: %1").arg(begun.error()));
        return m_summary;
    }
    const QHash<QString, qint64> existing = m_writer->agencyIds();
    for (auto it = existing.cbegin(); it != existing.cend(); ++it)
        m_agencies[it.key()].id = it.value();
    m_databaseWasEmpty = existing.isEmpty();
    m_databaseIsDemo = m_writer->isDemo();
    const int reportsBefore = m_writer->reportCount();
    const qint64 total = m_totalBytes;
    if (rebuildsReadIndexes(reportsBefore, total)) {
        const Status deferred = m_writer->deferReadIndexes();
        if (!deferred.ok()) {
            m_writer->rollback();
            refuseFile(0, tr("cannot write to the database: %1").arg(deferred.error()));
            return m_summary;
        }
    }

    {
        // The rows are read and parsed on a second thread while this one writes; the reader is
        // the stream's until the end of this block.
        ParsedRowStream rows(m_source, *m_parser);
        QList<ParsedRow> batch;
        int sinceProgress = 0;
        while (!m_summary.cancelled && rows.next(batch)) {
            for (const ParsedRow &parsed : std::as_const(batch)) {
                processRow(parsed);
                if (++sinceProgress == ProgressEvery) {
                    sinceProgress = 0;
                    if (m_options.progress)
                        m_options.progress(rows.bytesConsumed(), total);
                    if (m_options.cancel && m_options.cancel->load()) {
                        m_summary.cancelled = true;
                        break;
                    }
                }
            }
        }
    }
    if (m_source.hasError())
        refuse(m_source.error());
    m_summary.reportsChanged = m_writer->reportsWritten(); // split into added and changed below
    m_summary.reportsUnchanged = m_writer->reportsUnchanged();
    if (m_summary.rows == 0 && m_summary.errorCount == 0)
        warn({0, QString(), QString(), tr("the file has a header but no data rows")});
    if (m_summary.errorCount == 0 && !m_summary.cancelled) {
        const int added = m_writer->reportCount() - reportsBefore;
        m_summary.reportsAdded = added;
        m_summary.reportsChanged -= added;
    }
    finish();
    if (m_options.progress)
        m_options.progress(m_source.bytesConsumed(), total);
    return m_summary;
}

void ImportRun::finish()
{
    const bool keep = m_summary.errorCount == 0 && !m_summary.cancelled && !m_options.dryRun;
    if (keep) {
        if (m_databaseWasEmpty && m_fileIsDemo.value_or(false)) {
            const Status marked = m_writer->markAsDemo();
            if (!marked.ok())
                refuseFile(0, marked.error());
        }
        const QJsonObject details{{QStringLiteral("file"), m_sourceName},
                                  {QStringLiteral("rows"), m_summary.rows},
                                  {QStringLiteral("reports_added"), m_summary.reportsAdded},
                                  {QStringLiteral("reports_changed"), m_summary.reportsChanged},
                                  {QStringLiteral("reports_unchanged"), m_summary.reportsUnchanged},
                                  {QStringLiteral("agencies_added"), m_summary.agenciesAdded}};
        const Status logged = m_writer->recordImport(details);
        if (!logged.ok())
            refuseFile(0, logged.error());
        // Columns mapped by hand are remembered for the next file with these headers.
        if (!m_mapping.isEmpty()) {
            const Status remembered = m_writer->rememberMapping(ColumnMapping::signature(m_headers), m_headers,
                                                                m_mapping.toJson());
            if (!remembered.ok())
                refuseFile(0, remembered.error());
        }
    }
    if (keep && m_summary.errorCount == 0 && m_summary.reportsChanged > 0) {
        // Reports that were there are about to change: keep the file as it was. The copy is
        // read on a connection of its own, which sees the last commit, not this transaction.
        const Result<QString> copy = Backups(m_database.path()).make(QStringLiteral("before-import"));
        if (copy.ok())
            m_summary.backupPath = copy.value();
        else
            refuseFile(0, tr("the import would change reports already in the database, and no copy of the "
                             "database could be kept first: %1").arg(copy.error()));
    }
    if (keep && m_summary.errorCount == 0) {
        const Status committed = m_writer->commit();
        if (!committed.ok()) {
            refuseFile(0, tr("the database refused to save the import: %1").arg(committed.error()));
            m_writer->rollback();
        }
    } else {
        m_writer->rollback();
    }
}
