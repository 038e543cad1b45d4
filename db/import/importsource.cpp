#include "db/import/importsource.h"

#include "db/csv/csvreader.h"
#include "db/files/protectedfiles.h"
#include "db/import/importrun.h"
#include "db/sheets/xlsxsheetreader.h"
#include "db/sheets/xlsxworkbook.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportSource", text);
}
} // namespace

ImportSource::~ImportSource() = default;

std::unique_ptr<ImportSource> ImportSource::open(const QString &path, const Choice &choice, ImportIssue *refusal)
{
    const auto refused = [refusal](const QString &reason) {
        *refusal = ImportIssue(0, QString(), QString(), reason);
        return nullptr;
    };
    // Checked before anything opens it: reading the open database would drop its locks.
    const QString protectedFile = ProtectedFiles::refusal(path);
    if (!protectedFile.isEmpty())
        return refused(protectedFile);
    // A folder, a FIFO or a device is refused before it is opened: opening a FIFO would wait for
    // a writer that never comes.
    const QFileInfo info(path);
    if (!info.exists())
        return refused(tr("no such file"));
    if (!info.isFile())
        return refused(tr("is not a file (a folder, a pipe or a device); name a CSV file or a workbook"));
    std::unique_ptr<ImportSource> source(new ImportSource);
    source->m_size = info.size();
    source->m_file.setFileName(path);
    if (!source->m_file.open(QIODevice::ReadOnly))
        return refused(tr("cannot be read: %1").arg(source->m_file.errorString()));
    if (source->m_file.peek(4) == QByteArrayView("PK\x03\x04")) {
        source->m_file.close();
        if (!source->openWorkbook(path, choice, refusal))
            return nullptr;
        return source;
    }
    source->m_records = std::make_unique<CsvReader>(&source->m_file, choice.encoding);
    return source;
}

bool ImportSource::openWorkbook(const QString &path, const Choice &choice, ImportIssue *refusal)
{
    const auto refused = [refusal](const QString &reason) {
        *refusal = ImportIssue(0, QString(), QString(), reason);
        return false;
    };
    m_workbook = std::make_unique<XlsxWorkbook>(path);
    if (!m_workbook->open())
        return refused(m_workbook->error());
    QStringList quotedNames;
    for (const QString &name : sheetNames())
        quotedNames << QStringLiteral("\"%1\"").arg(name);
    int chosen = -1;
    if (!choice.sheet.isEmpty()) {
        chosen = m_workbook->sheetIndex(choice.sheet);
        if (chosen < 0)
            return refused(tr("the workbook has no sheet \"%1\"; its sheets are %2")
                                   .arg(choice.sheet, quotedNames.join(QStringLiteral(", "))));
    } else {
        for (int i = 0; i < m_workbook->sheets().size() && chosen < 0; ++i) {
            XlsxSheetReader probe(*m_workbook, i, m_size);
            if (ImportRun::hasHeader(probe, choice.mapping, choice.remembered)) {
                chosen = i;
            } else if (probe.hasError()) {
                *refusal = probe.error();
                return false;
            }
        }
        if (chosen < 0)
            return refused(tr("no sheet has a header row that names the ori and year columns; the sheets are %1")
                                   .arg(quotedNames.join(QStringLiteral(", "))));
    }
    m_records = std::make_unique<XlsxSheetReader>(*m_workbook, chosen, m_size);
    return true;
}

QStringList ImportSource::sheetNames() const
{
    QStringList names;
    if (m_workbook) {
        for (const XlsxWorkbook::Sheet &sheet : m_workbook->sheets())
            names << sheet.name;
    }
    return names;
}
