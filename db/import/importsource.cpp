#include "db/import/importsource.h"

#include "db/csv/csvreader.h"
#include "db/files/protectedfiles.h"
#include "db/import/importheader.h"
#include "db/sheets/form/formrecordsource.h"
#include "db/sheets/ods/odssheetreader.h"
#include "db/sheets/ods/odsworkbook.h"
#include "db/sheets/xls/xlsprocessreader.h"
#include "db/sheets/xlsx/xlsxsheetreader.h"
#include "db/sheets/xlsx/xlsxworkbook.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cac {

ImportSource::~ImportSource() = default;

ImportSource::Container ImportSource::containerOf(const QByteArray &head)
{
    if (head.startsWith("PK\x03\x04"))
        return Container::Zip;
    if (head == QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Container::OldWorkbook;
    return Container::Text;
}

Status ImportSource::mayOpen(const QString &path)
{
    // Checked before anything opens it: reading the open database would drop its locks.
    if (const Status free = ProtectedFiles::check(path); !free.ok())
        return free;
    // A folder, a FIFO or a device is refused before it is opened: opening a FIFO would wait for
    // a writer that never comes.
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(QCoreApplication::translate("ImportSource", "no such file"));
    if (!info.isFile())
        return Status::failure(QCoreApplication::translate(
                "ImportSource", "is not a file (a folder, a pipe or a device); name a CSV file or a workbook"));
    return Status::success();
}

bool ImportSource::isWorkbook(const QString &path)
{
    // A file refused here is refused by open() when its turn comes, with the reason.
    if (!mayOpen(path).ok())
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && containerOf(file.peek(8)) != Container::Text;
}

std::unique_ptr<ImportSource> ImportSource::open(const QString &path, const Choice &choice, ImportIssue *refusal)
{
    const auto refused = [refusal](const QString &reason) {
        *refusal = ImportIssue(0, QString(), QString(), reason);
        return nullptr;
    };
    if (const Status may = mayOpen(path); !may.ok())
        return refused(may.error());
    std::unique_ptr<ImportSource> source(new ImportSource);
    source->m_file.setFileName(path);
    if (!source->m_file.open(QIODevice::ReadOnly))
        return refused(QCoreApplication::translate("ImportSource", "cannot be read: %1").arg(source->m_file.errorString()));
    source->m_size = source->m_file.size();
    const Container container = containerOf(source->m_file.peek(8));
    if (container == Container::Zip) {
        source->m_file.close();
        const std::optional<QStringList> entries = ZipEntryDevice::entryNames(path);
        const bool opened = entries && OdsWorkbook::isOds(*entries) ? source->openOds(path, choice, refusal)
                                                                    : source->openWorkbook(path, choice, refusal);
        if (!opened)
            return nullptr;
        return source;
    }
    if (container == Container::OldWorkbook) {
        source->m_file.close();
        if (!source->openOldWorkbook(path, choice, refusal))
            return nullptr;
        return source;
    }
    source->m_records = std::make_unique<CsvReader>(&source->m_file, choice.encoding);
    return source;
}

bool ImportSource::openWorkbook(const QString &path, const Choice &choice, ImportIssue *refusal)
{
    m_workbook = std::make_unique<XlsxWorkbook>(path);
    if (!m_workbook->open()) {
        *refusal = ImportIssue(0, QString(), QString(), m_workbook->error());
        return false;
    }
    for (const XlsxWorkbook::Sheet &sheet : m_workbook->sheets())
        m_sheetNames << sheet.name;
    // A returned reporting form is read by its layout, whatever sheet is named.
    if (FormRecordSource::isForm(*m_workbook)) {
        m_records = std::make_unique<FormRecordSource>(*m_workbook, m_size);
        m_sheetNames = QStringList{m_records->sheetName()};
        return true;
    }
    return chooseSheet([this](int i) { return std::make_unique<XlsxSheetReader>(*m_workbook, i, m_size); }, choice, refusal);
}

bool ImportSource::openOds(const QString &path, const Choice &choice, ImportIssue *refusal)
{
    m_ods = std::make_unique<OdsWorkbook>(path);
    if (!m_ods->open()) {
        *refusal = ImportIssue(0, QString(), QString(), m_ods->error());
        return false;
    }
    m_sheetNames = m_ods->sheetNames();
    return chooseSheet([this](int i) { return std::make_unique<OdsSheetReader>(*m_ods, i, m_size); }, choice, refusal);
}

bool ImportSource::openOldWorkbook(const QString &path, const Choice &choice, ImportIssue *refusal)
{
    const std::optional<QStringList> names = XlsProcessReader::sheetNames(path, refusal);
    if (!names)
        return false;
    m_sheetNames = *names;
    return chooseSheet([this, path](int i) { return std::make_unique<XlsProcessReader>(path, i, m_sheetNames.at(i), m_size); },
                       choice, refusal);
}

bool ImportSource::chooseSheet(const std::function<std::unique_ptr<RecordSource>(int)> &reader, const Choice &choice,
                               ImportIssue *refusal)
{
    const auto refused = [refusal](const QString &reason) {
        *refusal = ImportIssue(0, QString(), QString(), reason);
        return false;
    };
    QStringList quotedNames;
    for (const QString &name : std::as_const(m_sheetNames))
        quotedNames << QStringLiteral("\"%1\"").arg(name);
    int chosen = -1;
    if (!choice.sheet.isEmpty()) {
        for (int i = 0; i < m_sheetNames.size() && chosen < 0; ++i) {
            if (m_sheetNames.at(i).compare(choice.sheet, Qt::CaseInsensitive) == 0)
                chosen = i;
        }
        if (chosen < 0)
            return refused(QCoreApplication::translate("ImportSource", "the workbook has no sheet \"%1\"; its sheets are %2")
                                   .arg(choice.sheet, quotedNames.join(QStringLiteral(", "))));
    } else {
        for (int i = 0; i < m_sheetNames.size() && chosen < 0; ++i) {
            const std::unique_ptr<RecordSource> probe = reader(i);
            if (ImportHeader::hasHeader(*probe, choice.mapping, choice.remembered)) {
                chosen = i;
            } else if (probe->hasError()) {
                *refusal = probe->error();
                return false;
            }
        }
        if (chosen < 0)
            return refused(
                    QCoreApplication::translate(
                            "ImportSource", "no sheet has a header row that names the ori and year columns; the sheets are %1")
                            .arg(quotedNames.join(QStringLiteral(", "))));
        // The sheets after it with the same header row: one table split across sheets, as the
        // export splits one past a sheet's million rows, or a workbook keeps a sheet per year.
        const auto headersOf = [&](int i) {
            const std::unique_ptr<RecordSource> probe = reader(i);
            const ImportHeader header = ImportHeader::read(*probe, choice.mapping, choice.remembered);
            return header.found() ? header.headers : QStringList();
        };
        const QStringList headers = headersOf(chosen);
        m_alike << m_sheetNames.at(chosen);
        for (int i = chosen + 1; i < m_sheetNames.size(); ++i) {
            if (headersOf(i) == headers)
                m_alike << m_sheetNames.at(i);
        }
    }
    m_records = reader(chosen);
    return true;
}

QStringList ImportSource::sheetNames() const
{
    return m_sheetNames;
}

} // namespace cac
