#include "csvimportrun.h"

#include "agencystore.h"
#include "auditcontext.h"
#include "auditlogstore.h"
#include "csvcolumns.h"
#include "database.h"
#include "metastore.h"
#include "misusecategory.h"
#include "reportstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvImporter", text);
}

bool isBlank(const QStringList &record)
{
    for (const QString &field : record) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString agencyFieldsKey(const AgencyRecord &a)
{
    return QStringList{a.name, a.kind, a.county, a.parentOrg,
                       a.swornStaff ? QString::number(*a.swornStaff) : QString()}
            .join(QChar(0x1F));
}

QString contactKey(const ContactRecord &c)
{
    return QStringList{c.name, c.role, c.phone, c.email}.join(QChar(0x1F));
}

constexpr int ProgressEvery = 2000;

} // namespace

CsvImportRun::CsvImportRun(Database &database, QIODevice &device, QString sourceName,
                           const CsvImporter::Options &options)
    : m_database(database), m_db(database.connection()), m_device(device), m_sourceName(std::move(sourceName)),
      m_options(options), m_reader(&device), m_writer(m_db)
{
    m_summary.dryRun = options.dryRun;
}

void CsvImportRun::refuse(int line, const QString &column, const QString &value, const QString &message)
{
    if (m_summary.errors.size() < ImportSummary::MaxListedIssues)
        m_summary.errors.append({line, column, value, message});
    ++m_summary.errorCount;
}

void CsvImportRun::refuseFile(int line, const QString &message)
{
    refuse(line, QString(), QString(), message);
}

bool CsvImportRun::readHeader()
{
    QStringList header;
    if (!m_reader.readRecord(header)) {
        if (m_reader.hasError())
            refuseFile(m_reader.recordLine(), m_reader.error());
        else
            refuseFile(1, tr("the file is empty"));
        return false;
    }
    if (isBlank(header)) {
        refuseFile(1, tr("the first line is blank: it must name the columns (ori, year, ...)"));
        return false;
    }
    QList<int> positions(CsvColumns::Count, -1);
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (name.isEmpty())
            continue;
        const int id = CsvColumns::idOf(name);
        if (id < 0) {
            m_summary.warnings.append({1, name, QString(), tr("not a column of the format; ignored")});
        } else if (positions[id] >= 0) {
            refuse(1, name, QString(), tr("this column appears twice in the header"));
        } else {
            positions[id] = i;
        }
    }
    if (positions[CsvColumns::Ori] < 0 || positions[CsvColumns::Year] < 0) {
        const bool looksLikeData = FieldRules::ori(header.first()).ok();
        refuseFile(1, looksLikeData ? tr("no header row: the first line looks like data; add a first line "
                                         "that names the columns (ori, year, ...)")
                                    : tr("no header row: the first line must name the columns, with ori and "
                                         "year among them"));
        return false;
    }
    m_parser = std::make_unique<ImportRowParser>(positions, int(header.size()));
    for (int i = 0; i < MisuseCategory::codes().size(); ++i)
        m_categoryColumns << m_parser->hasColumn(CsvColumns::FirstCategory + i);
    return m_summary.errorCount == 0;
}

void CsvImportRun::checkDataKind(const ImportRow &row)
{
    if (!m_fileIsDemo) {
        m_fileIsDemo = row.demoNotice;
        if (!m_databaseWasEmpty && *m_fileIsDemo != m_databaseIsDemo) {
            refuse(row.line, CsvColumns::names().at(CsvColumns::DataNotice), MetaStore::DemoNotice,
                   *m_fileIsDemo ? tr("this file is demo data and the database holds real agencies; "
                                      "demo data is never mixed with real data")
                                 : tr("the database holds demo data and this file does not; import real "
                                      "data into a new database"));
        }
    } else if (*m_fileIsDemo != row.demoNotice) {
        refuse(row.line, CsvColumns::names().at(CsvColumns::DataNotice), row.demoNotice ? MetaStore::DemoNotice : QString(),
               tr("the file mixes demo rows with real ones"));
    }
}

bool CsvImportRun::isSameAsWritten(const ImportRow &row, qint64 agencyId) const
{
    const std::optional<MisuseReport> stored = ReportStore(m_db).find(agencyId, row.report.year);
    if (!stored)
        return false;
    const MisuseReport &a = *stored;
    const MisuseReport &b = row.report;
    if (a.filed != b.filed || a.filedDate != b.filedDate || a.investigations != b.investigations
        || a.violations != b.violations || a.individuals != b.individuals || a.pending != b.pending
        || a.outcomes != b.outcomes || a.notes != b.notes)
        return false;
    const QStringList &codes = MisuseCategory::codes();
    for (int i = 0; i < codes.size(); ++i) {
        if (m_categoryColumns.at(i) && a.categories.value(codes.at(i), -1) != b.categories.value(codes.at(i), -1))
            return false;
    }
    return true;
}

void CsvImportRun::processRow(const QStringList &record, int line)
{
    ++m_summary.rows;
    ImportRow row;
    QList<ImportIssue> issues;
    if (!m_parser->parse(record, line, row, issues)) {
        for (const ImportIssue &issue : issues)
            refuse(issue.line, issue.column, issue.value, issue.message);
        return;
    }
    checkDataKind(row);
    const auto known = m_agencies.constFind(row.agency.ori);
    if (known == m_agencies.constEnd() && row.agency.name.isEmpty()) {
        refuse(line, CsvColumns::names().at(CsvColumns::Agency), QString(),
               tr("%1 is a new ORI: the agency's name is required").arg(row.agency.ori));
        return;
    }
    if (known != m_agencies.constEnd() && known->years.test(row.report.year - FieldRules::FirstYear)) {
        if (isSameAsWritten(row, known->id)) {
            ++m_summary.duplicateRows;
        } else {
            const std::optional<MisuseReport> first = ReportStore(m_db).find(known->id, row.report.year);
            refuse(line, CsvColumns::names().at(CsvColumns::Year), QString::number(row.report.year),
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

void CsvImportRun::writeRow(const ImportRow &input)
{
    ImportRow row = input;
    auto failed = [&](const QString &why) {
        refuseFile(row.line, tr("the database refused this row: %1").arg(why));
    };
    AgencyState &agency = m_agencies[row.agency.ori];
    const QString fields = agencyFieldsKey(row.agency);
    if (agency.id == 0) {
        const Result<qint64> id = m_writer.insertAgency(row.agency);
        if (!id.ok())
            return failed(id.error());
        agency.id = id.value();
        agency.createdHere = true;
        agency.appliedFields = fields;
        ++m_summary.agenciesAdded;
    } else if (fields != agency.appliedFields) {
        const Status updated = m_writer.updateAgency(agency.id, row.agency);
        if (!updated.ok())
            return failed(updated.error());
        agency.appliedFields = fields;
    }
    row.report.agencyId = agency.id;
    row.report.sourceFile = m_sourceName;
    const Result<std::optional<qint64>> written = m_writer.upsertReport(row.report);
    if (!written.ok())
        return failed(written.error());
    std::optional<qint64> reportId = written.value();
    if (reportId)
        ++m_summary.reportsChanged; // split into added and changed at the end
    else
        ++m_summary.reportsUnchanged;
    if (m_parser->hasCategoryColumns()) {
        if (!reportId) {
            const Result<qint64> id = m_writer.reportId(agency.id, row.report.year);
            if (!id.ok())
                return failed(id.error());
            reportId = id.value();
        }
        const Status categories = m_writer.writeCategories(*reportId, row.report, !agency.createdHere, m_categoryColumns);
        if (!categories.ok())
            return failed(categories.error());
    }
    if (!row.contact.name.isEmpty()) {
        const QString key = contactKey(row.contact);
        if (key != agency.appliedContact) {
            const Status contact = m_writer.upsertContact(agency.id, row.contact);
            if (!contact.ok())
                return failed(contact.error());
            agency.appliedContact = key;
        }
    }
    agency.years.set(row.report.year - FieldRules::FirstYear);
}

ImportSummary CsvImportRun::execute()
{
    if (!readHeader())
        return m_summary;
    const Status prepared = m_writer.prepare();
    if (!prepared.ok()) {
        refuseFile(0, prepared.error());
        return m_summary;
    }
    AuditContext::setBulk(m_db, true);
    if (!m_db.transaction()) {
        AuditContext::setBulk(m_db, false);
        refuseFile(0, tr("cannot start writing to the database: %1").arg(m_db.lastError().text()));
        return m_summary;
    }
    const QHash<QString, qint64> existing = AgencyStore(m_db).idsByOri();
    for (auto it = existing.cbegin(); it != existing.cend(); ++it)
        m_agencies[it.key()].id = it.value();
    m_databaseWasEmpty = existing.isEmpty();
    m_databaseIsDemo = MetaStore(m_db).isDemo();
    const int reportsBefore = ReportStore(m_db).count();

    QStringList record;
    const qint64 total = m_device.size();
    int sinceProgress = 0;
    while (m_reader.readRecord(record)) {
        if (!isBlank(record))
            processRow(record, m_reader.recordLine());
        if (++sinceProgress == ProgressEvery) {
            sinceProgress = 0;
            if (m_options.progress)
                m_options.progress(m_reader.bytesConsumed(), total);
            if (m_options.cancel && m_options.cancel->load()) {
                m_summary.cancelled = true;
                break;
            }
        }
    }
    if (m_reader.hasError())
        refuseFile(m_reader.recordLine(), m_reader.error());
    if (m_summary.rows == 0 && m_summary.errorCount == 0)
        m_summary.warnings.append({0, QString(), QString(), tr("the file has a header but no data rows")});
    if (m_summary.errorCount == 0 && !m_summary.cancelled) {
        const int added = ReportStore(m_db).count() - reportsBefore;
        m_summary.reportsAdded = added;
        m_summary.reportsChanged -= added;
    }
    finish();
    if (m_options.progress)
        m_options.progress(m_reader.bytesConsumed(), total);
    return m_summary;
}

void CsvImportRun::finish()
{
    const bool keep = m_summary.errorCount == 0 && !m_summary.cancelled && !m_options.dryRun;
    if (keep) {
        if (m_databaseWasEmpty && m_fileIsDemo.value_or(false)) {
            const Status marked = MetaStore(m_db).markAsDemo();
            if (!marked.ok())
                refuseFile(0, marked.error());
        }
        const QJsonObject details{{QStringLiteral("file"), m_sourceName},
                                  {QStringLiteral("rows"), m_summary.rows},
                                  {QStringLiteral("reports_added"), m_summary.reportsAdded},
                                  {QStringLiteral("reports_changed"), m_summary.reportsChanged},
                                  {QStringLiteral("reports_unchanged"), m_summary.reportsUnchanged},
                                  {QStringLiteral("agencies_added"), m_summary.agenciesAdded}};
        const Status logged = AuditLogStore(m_db).recordAction(QStringLiteral("misuse_report"),
                                                               QStringLiteral("import"), details);
        if (!logged.ok())
            refuseFile(0, logged.error());
    }
    if (keep && m_summary.errorCount == 0) {
        if (!m_db.commit()) {
            refuseFile(0, tr("the database refused to save the import: %1").arg(m_db.lastError().text()));
            m_db.rollback();
        }
    } else {
        m_db.rollback();
    }
    AuditContext::setBulk(m_db, false);
}
