#include "db/import/importrun.h"

#include "db/files/backups.h"

#include "db/import/reportcolumns.h"
#include "db/engine/database.h"
#include "db/model/misusecategory.h"
#include "db/model/osuser.h"

#include <QCoreApplication>

#include <algorithm>

namespace cac {

namespace {

bool sameAgencyFields(const AgencyRecord &a, const AgencyRecord &b)
{
    return a.name == b.name && a.kind == b.kind && a.county == b.county && a.parentOrg == b.parentOrg &&
            a.swornStaff == b.swornStaff;
}

bool sameContact(const ContactRecord &a, const ContactRecord &b)
{
    return a.name == b.name && a.role == b.role && a.phone == b.phone && a.email == b.email;
}

constexpr int ProgressEvery = 2000;

} // namespace

ImportRun::ImportRun(Database &database, QList<Input> inputs, const ReportImporter::Options &options)
    : m_database(database), m_db(database.connection()), m_inputs(std::move(inputs)), m_options(options),
      m_writer(ImportWriter::forEngine(database.engine()))
{
    m_summary.dryRun = options.dryRun;
}

// Names the sheet and, in a batch, the file being read, unless the issue names its own.
void ImportRun::place(ImportIssue &issue) const
{
    if (m_source)
        m_source->placeIssue(issue);
    if (m_source && issue.sheet.isEmpty())
        issue.sheet = m_source->sheetName();
    if (m_inputs.size() > 1 && issue.file.isEmpty())
        issue.file = m_inputs.at(m_current).path;
}

void ImportRun::refuse(ImportIssue issue)
{
    place(issue);
    if (m_summary.errors.size() < ImportSummary::MaxListedIssues)
        m_summary.errors.append(std::move(issue));
    ++m_summary.errorCount;
}

void ImportRun::refuseField(int line, int id, const QString &value, const QString &message)
{
    refuse({line, ReportColumns::importNames().at(id), value, message, QString(), m_parser->position(id)});
}

void ImportRun::warn(ImportIssue warning)
{
    place(warning);
    if (m_summary.warnings.size() < ImportSummary::MaxListedIssues)
        m_summary.warnings.append(std::move(warning));
    ++m_summary.warningCount;
}

void ImportRun::refuseFile(int line, const QString &message)
{
    refuse({line, QString(), QString(), message});
}

// Takes the header's issues and columns; false if the file's rows cannot be read.
bool ImportRun::useHeader(const ImportHeader &header)
{
    for (const ImportIssue &issue : header.errors)
        refuse(issue);
    for (const ImportIssue &issue : header.warnings)
        warn(issue);
    if (m_current == 0) {
        m_summary.headerRow = header.row;
        m_summary.columns = header.columns;
    }
    if (!header.found())
        return false;
    m_parser = std::make_unique<ImportRowParser>(header.positions, header.width);
    m_categoryColumns.clear();
    for (int i = 0; i < MisuseCategory::codes().size(); ++i)
        m_categoryColumns << m_parser->hasColumn(ReportColumns::FirstCategory + i);
    if (!header.mapping.isEmpty())
        m_mappings.append({header.headers, header.mapping});
    return true;
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
    if (const std::optional<ImportRowChecks::Refusal> mixed = m_checks.dataKind(row))
        refuseField(line, mixed->field, mixed->value, mixed->message);
    if (m_parser->hasColumn(ReportColumns::FormId)) {
        if (const std::optional<ImportRowChecks::Refusal> form = ImportRowChecks::form(row, *m_writer))
            return refuseField(line, form->field, form->value, form->message);
    }
    const auto known = m_agencies.constFind(row.agency.ori);
    if (known == m_agencies.constEnd() && row.agency.name.isEmpty()) {
        refuseField(line, ReportColumns::Agency, QString(),
                    QCoreApplication::translate("ReportImporter", "%1 is a new ORI: the agency's name is required")
                            .arg(row.agency.ori));
        return;
    }
    if (known != m_agencies.constEnd() && known->years.test(row.report.year - FieldRules::FirstYear)) {
        if (isSameAsWritten(row, known->id)) {
            ++m_summary.duplicateRows;
        } else {
            const std::optional<MisuseReport> first = m_writer->findReport(known->id, row.report.year);
            const int firstLine = first && first->sourceLine ? *first->sourceLine : 0;
            const bool otherFile = first && first->sourceFile != m_inputs.at(m_current).name;
            refuseField(line, ReportColumns::Year, QString::number(row.report.year),
                        otherFile
                                ? QCoreApplication::translate(
                                          "ReportImporter", "%1 %2 already appears in %3 (line or row %4) with different values")
                                          .arg(row.agency.ori)
                                          .arg(row.report.year)
                                          .arg(first->sourceFile)
                                          .arg(firstLine)
                                : QCoreApplication::translate("ReportImporter",
                                                              "%1 %2 already appears on line %3 with different values")
                                          .arg(row.agency.ori)
                                          .arg(row.report.year)
                                          .arg(firstLine));
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
        // A damaged file can fail a write before the first change was checked: say that instead.
        if (!soundBeforeWriting())
            return;
        refuseFile(row.line, QCoreApplication::translate("ReportImporter", "the database refused this row: %1").arg(why));
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
        if (agency.writtenThisRun)
            m_fingerprint.reset(); // written twice: imported again, it would change it back and forth
        const Status updated = m_writer->updateAgency(agency.id, row.agency);
        if (!updated.ok())
            return failed(updated.error());
        agency.appliedFields = row.agency;
    }
    row.report.agencyId = agency.id;
    row.report.sourceFile = m_inputs.at(m_current).name;
    const Status written = m_writer->writeReport(row.report);
    if (!written.ok())
        return failed(written.error());
    if (!row.contact.name.isEmpty() && !sameContact(row.contact, agency.appliedContact)) {
        if (agency.writtenThisRun && agency.appliedContact.name.compare(row.contact.name, Qt::CaseInsensitive) == 0)
            m_fingerprint.reset();
        const Status contact = m_writer->upsertContact(agency.id, row.contact);
        if (!contact.ok())
            return failed(contact.error());
        agency.appliedContact = row.contact;
    }
    agency.years.set(row.report.year - FieldRules::FirstYear);
    agency.writtenThisRun = true;
    if (m_writer->hasWritten() && !soundBeforeWriting())
        return;
}

bool ImportRun::isRepeat(const RecordSource &source, const ImportHeader &header)
{
    if (m_fingerprint && ImportFingerprint::canRecognise(header))
        m_fingerprint->setReading(source.description(), header);
    else
        m_fingerprint.reset();
    // A table that cannot be read only means that the file is read row by row.
    const Result<std::optional<ImportFingerprint::Counts>> found =
            m_fingerprint ? m_writer->findRepeat(*m_fingerprint) : std::optional<ImportFingerprint::Counts>();
    if (!found.ok() || !found.value())
        return false;
    useHeader(header);
    m_summary.sourceDescription = source.description();
    m_summary.rows = found.value()->rows;
    m_summary.duplicateRows = found.value()->duplicateRows;
    m_summary.reportsUnchanged = found.value()->reports;
    m_summary.sameAsLastImport = true;
    m_summary.files.append({m_inputs.first().path, source.description(), m_summary.rows});
    m_writer->rollback(); // nothing was written
    if (m_options.progress)
        m_options.progress(m_inputs.first().size, m_inputs.first().size);
    return true;
}

// Last of the import's writes: a write after it to the tables it reads would empty the table.
// An import that wrote nothing keeps the file byte for byte as it was, so it records nothing.
void ImportRun::recordFingerprint()
{
    const std::optional<ImportFingerprint::Counts> counts =
            m_fingerprint ? m_fingerprint->countsToRecord(m_summary) : std::nullopt;
    if (!counts || !m_writer->hasWritten())
        return;
    if (const Status recorded = m_writer->recordRepeat(*m_fingerprint, *counts); !recorded.ok())
        refuseFile(0, recorded.error());
}

bool ImportRun::soundBeforeWriting()
{
    if (m_options.dryRun || m_integrity)
        return !foundDamage();
    m_integrity = m_database.checkIntegrity();
    if (foundDamage())
        refuseFile(0, m_integrity->error());
    return !foundDamage();
}

bool ImportRun::foundDamage() const
{
    return m_integrity && !m_integrity->ok();
}

Status ImportRun::beginWriting()
{
    if (!m_options.dryRun && m_database.isReadOnly())
        return Status::failure(QCoreApplication::translate("ReportImporter", "%1 cannot be written: %2; nothing was imported.")
                                       .arg(m_database.displayName(), m_database.readOnlyReason()));
    const Status begun = m_writer->begin(m_database, OsUser::name());
    if (!begun.ok())
        return Status::failure(
                QCoreApplication::translate("ReportImporter", "cannot write to the database: %1").arg(begun.error()));
    return Status::success();
}

Status ImportRun::readDatabase()
{
    // Read, never assumed: a failed read taken for an empty file would mark real data as demo.
    const Result<QHash<QString, qint64>> existing = m_writer->agencyIds();
    const Result<bool> demo = m_writer->isDemo();
    if (!existing.ok() || !demo.ok())
        return Status::failure(QCoreApplication::translate("ReportImporter", "cannot read the database: %1")
                                       .arg(existing.ok() ? demo.error() : existing.error()));
    for (auto it = existing.value().cbegin(); it != existing.value().cend(); ++it)
        m_agencies[it.key()].id = it.value();
    m_checks.setDatabase(existing.value().isEmpty(), demo.value());
    return Status::success();
}

ImportSummary ImportRun::execute()
{
    // The first file's header is read before the database is locked: a file that cannot be
    // read then costs no wait for the lock and no integrity check.
    if (m_inputs.size() == 1 && m_inputs.first().isFile && !m_database.isServer())
        m_fingerprint = std::make_unique<ImportFingerprint>(m_inputs.first().path);
    ImportIssue refused;
    std::shared_ptr<RecordSource> source = m_inputs.isEmpty() ? nullptr : m_inputs.first().open(&refused);
    if (!source) {
        refuse(m_inputs.isEmpty()
                       ? ImportIssue{0, QString(), QString(), QCoreApplication::translate("ReportImporter", "no file to import")}
                       : refused);
        return m_summary;
    }
    m_source = source.get();
    ImportHeader header = ImportHeader::read(*source, m_options.mapping, m_options.remembered);
    if (!header.found() && m_inputs.size() == 1) {
        useHeader(header);
        return m_summary;
    }
    if (const Status begun = beginWriting(); !begun.ok()) {
        m_writer->rollback();
        refuseFile(0, begun.error());
        return m_summary;
    }
    if (isRepeat(*source, header))
        return m_summary;
    if (const Status read = readDatabase(); !read.ok()) {
        m_writer->rollback();
        refuseFile(0, read.error());
        return m_summary;
    }
    const int reportsBefore = m_writer->reportCount();
    qint64 bytesBefore = 0;
    for (m_current = 0; m_current < m_inputs.size() && !m_summary.cancelled && !foundDamage(); ++m_current) {
        if (m_current > 0) {
            m_source = nullptr;
            source = m_inputs.at(m_current).open(&refused);
            if (!source) {
                refuse(refused);
                continue;
            }
            m_source = source.get();
            header = ImportHeader::read(*source, m_options.mapping, m_options.remembered);
        }
        importFile(m_current, *source, header, bytesBefore);
        bytesBefore += m_inputs.at(m_current).size;
    }
    m_current = qMin(m_current, int(m_inputs.size()) - 1);
    m_source = nullptr;
    source.reset();
    if (m_inputs.size() > 1) {
        const bool oneFile = std::all_of(m_inputs.cbegin(), m_inputs.cend(),
                                         [this](const Input &input) { return input.path == m_inputs.first().path; });
        m_summary.sourceDescription = oneFile
                ? QCoreApplication::translate("ReportImporter", "Excel workbook, %1 sheets").arg(m_inputs.size())
                : QCoreApplication::translate("ReportImporter", "%1 files").arg(m_inputs.size());
    }
    if (const Status flushed = m_writer->flush(); !flushed.ok())
        refuseFile(0,
                   QCoreApplication::translate("ReportImporter", "the database refused the import's reports: %1")
                           .arg(flushed.error()));
    m_summary.reportsChanged = m_writer->reportsWritten(); // split into added and changed below
    m_summary.reportsUnchanged = m_writer->reportsUnchanged();
    // A refused file's sound rows were written too (its transaction is rolled back below): what
    // they add and change is told apart and listed, for the user correcting the file.
    if (!m_summary.cancelled && !foundDamage()) {
        const int added = m_writer->reportCount() - reportsBefore;
        m_summary.reportsAdded = added;
        m_summary.reportsChanged -= added;
        if (m_summary.reportsChanged > 0)
            listChanges();
    }
    finish();
    if (m_options.progress)
        m_options.progress(bytesBefore, bytesBefore);
    return m_summary;
}

void ImportRun::importFile(int index, RecordSource &source, const ImportHeader &header, qint64 bytesBefore)
{
    const int rowsBefore = m_summary.rows;
    if (index == 0)
        m_summary.sourceDescription = source.description();
    const bool readable = useHeader(header);
    if (readable) {
        if (const Status ready = m_writer->useCategoryColumns(m_categoryColumns); !ready.ok()) {
            refuseFile(0, QCoreApplication::translate("ReportImporter", "cannot write to the database: %1").arg(ready.error()));
            return;
        }
        qint64 total = 0;
        for (const Input &input : std::as_const(m_inputs))
            total += input.size;
        // The rows are read and parsed on a second thread while this one writes; the reader is
        // the stream's until the end of this block.
        ParsedRowStream rows(source, *m_parser);
        QList<ParsedRow> batch;
        int sinceProgress = 0;
        while (!m_summary.cancelled && !foundDamage() && rows.next(batch)) {
            for (const ParsedRow &parsed : std::as_const(batch)) {
                if (foundDamage())
                    break;
                processRow(parsed);
                if (++sinceProgress == ProgressEvery) {
                    sinceProgress = 0;
                    if (m_options.progress)
                        m_options.progress(bytesBefore + rows.bytesConsumed(), total);
                    if (m_options.cancel && m_options.cancel->load()) {
                        m_summary.cancelled = true;
                        break;
                    }
                }
            }
        }
    }
    // A source that failed before its header was found is already refused with the header.
    if (readable && source.hasError())
        refuse(source.error());
    if (readable && m_summary.rows == rowsBefore && !source.hasError())
        warn({0, QString(), QString(), QCoreApplication::translate("ReportImporter", "the file has a header but no data rows")});
    m_summary.files.append({m_inputs.at(index).path, source.description(), m_summary.rows - rowsBefore});
}

// What the import changes in reports that were there, and a warning for each figure corrected by
// hand since the report's last import that it overwrites.
void ImportRun::listChanges()
{
    const Result<ImportChanges::List> read = m_writer->changes(ImportSummary::MaxListedChanges);
    if (!read.ok()) {
        refuseFile(0, QCoreApplication::translate("ReportImporter", "cannot list the changes: %1").arg(read.error()));
        return;
    }
    m_summary.changes = read.value().changes;
    m_summary.correctedCount = int(read.value().corrected.size());
    for (const ReportChange &change : read.value().corrected) {
        for (const HandCorrection &correction : change.corrections) {
            ImportIssue warning = ImportChanges::overwrittenCorrection(change, correction);
            warning.file = pathOf(change.file);
            warn(warning);
        }
    }
}

QString ImportRun::pathOf(const QString &sourceName) const
{
    if (m_inputs.size() == 1)
        return QString(); // the one file the caller names
    for (const Input &input : m_inputs) {
        if (input.name == sourceName)
            return input.path;
    }
    return sourceName;
}

void ImportRun::finish()
{
    const bool keep = m_summary.errorCount == 0 && !m_summary.cancelled && !m_options.dryRun;
    if (keep) {
        if (m_checks.makesDemo()) {
            const Status marked = m_writer->markAsDemo();
            if (!marked.ok())
                refuseFile(0, marked.error());
        }
        // An import that changed nothing writes nothing, not even its log row: the file stays as
        // it was, byte for byte (its reports keep the source file and line they had).
        if (m_writer->hasWritten()) {
            const Status logged = m_writer->recordImport(m_summary.auditDetails());
            if (!logged.ok())
                refuseFile(0, logged.error());
        }
        // Columns mapped by hand are remembered for the next file with these headers.
        for (const auto &[headers, mapping] : std::as_const(m_mappings)) {
            const Status remembered = m_writer->rememberMapping(ColumnMapping::signature(headers), headers, mapping.toJson());
            if (!remembered.ok())
                refuseFile(0, remembered.error());
        }
        recordFingerprint();
        if (m_writer->hasWritten())
            soundBeforeWriting(); // a damaged file is refused, and the import rolled back below
    }
    // A server keeps its own backups (its administrator's), and the copy below is a file's.
    if (keep && m_summary.errorCount == 0 && m_summary.reportsChanged > 0 && !m_database.isServer()) {
        // Reports that were there are about to change: keep the file as it was. The copy is
        // read on a connection of its own, which sees the last commit, not this transaction.
        const Result<QString> copy = Backups(m_database.path()).make(QStringLiteral("before-import"));
        if (copy.ok())
            m_summary.backupPath = copy.value();
        else
            refuseFile(0,
                       QCoreApplication::translate("ReportImporter",
                                                   "the import would change reports already in the database, and no copy of the "
                                                   "database could be kept first: %1")
                               .arg(copy.error()));
    }
    if (keep && m_summary.errorCount == 0) {
        const bool wrote = m_writer->hasWritten();
        const Status committed = m_writer->commit();
        if (!committed.ok()) {
            refuseFile(0,
                       QCoreApplication::translate("ReportImporter", "the database refused to save the import: %1")
                               .arg(committed.error()));
            m_writer->rollback();
        }
        m_summary.changedDatabase = wrote && committed.ok();
    } else {
        m_writer->rollback();
    }
}

} // namespace cac
