#include "db/sheets/xls/xlsprocessreader.h"

#include "db/sheets/xls/xlswire.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cac {

namespace {
QString readerStopped(const QString &how)
{
    return QCoreApplication::translate(
                   "XlsProcessReader",
                   "the .xls reader stopped (%1): the workbook is damaged or not what it seems; open it in your "
                   "spreadsheet program, save it as .xlsx, and import that")
            .arg(how);
}
} // namespace

QString XlsProcessReader::program()
{
    const QString named = qEnvironmentVariable("CAC_XLS_READER");
    if (!named.isEmpty())
        return named;
    const QDir here(QCoreApplication::applicationDirPath());
    const QString beside = here.filePath(QStringLiteral("cac-review-xls"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    // Installed: CAC_XLS_READER_FROM_BIN is the reader's folder from the program's, as the
    // build's install folders (GNUInstallDirs) put them; "../libexec/cac-review" by default.
    return QDir::cleanPath(here.filePath(QStringLiteral(CAC_XLS_READER_FROM_BIN "/cac-review-xls")));
}

std::optional<QStringList> XlsProcessReader::sheetNames(const QString &path, ImportIssue *refusal)
{
    ReaderProcess process;
    if (!process.start(program(), {path})) {
        *refusal = ImportIssue(0, QString(), QString(),
                               QCoreApplication::translate("XlsProcessReader", "the .xls reader %1 cannot be started: %2")
                                       .arg(program(), process.error()));
        return std::nullopt;
    }
    QByteArray buffer;
    for (;;) {
        const XlsWire::Message message = XlsWire::take(buffer);
        if (message.kind == XlsWire::Kind::Sheets)
            return message.sheets;
        if (message.kind == XlsWire::Kind::Error) {
            *refusal = ImportIssue(0, QString(), QString(), message.error);
            return std::nullopt;
        }
        if (message.kind != XlsWire::Kind::Incomplete || !process.readMore(buffer)) {
            const Status ended = process.howItEnded();
            *refusal = ImportIssue(
                    0, QString(), QString(),
                    readerStopped(ended.ok() ? QCoreApplication::translate("XlsProcessReader", "no sheets") : ended.error()));
            return std::nullopt;
        }
    }
}

XlsProcessReader::XlsProcessReader(const QString &path, int sheet, const QString &sheetName, qint64 fileSize)
    : m_sheetName(sheetName), m_fileSize(fileSize)
{
    if (!m_process.start(program(), {path, QString::number(sheet)}))
        fail(0, -1,
             QCoreApplication::translate("XlsProcessReader", "the .xls reader %1 cannot be started: %2")
                     .arg(program(), m_process.error()));
}

QString XlsProcessReader::description() const
{
    return QCoreApplication::translate("XlsProcessReader", "Excel 97-2003 workbook, sheet %1").arg(m_sheetName);
}

void XlsProcessReader::fail(int row, int column, const QString &message)
{
    if (!hasError())
        m_error = ImportIssue(row, QString(), QString(), message, m_sheetName, column);
    m_done = true;
}

bool XlsProcessReader::read(SourceRecord &record)
{
    record.fields.clear();
    record.kinds.clear();
    while (!m_done) {
        XlsWire::Message message = XlsWire::take(m_buffer);
        switch (message.kind) {
        case XlsWire::Kind::Record:
            m_values = std::move(message.fields);
            for (const QString &value : std::as_const(m_values))
                record.fields.append(QStringView(value));
            record.kinds = message.kinds;
            record.row = message.row;
            return true;
        case XlsWire::Kind::Error:
            fail(message.row, message.column, message.error);
            break;
        case XlsWire::Kind::End:
            m_done = true;
            break;
        case XlsWire::Kind::Incomplete:
            if (!m_process.readMore(m_buffer)) {
                const Status ended = m_process.howItEnded();
                fail(0, -1,
                     readerStopped(ended.ok() ? QCoreApplication::translate("XlsProcessReader", "its output ended early")
                                              : ended.error()));
            }
            break;
        default:
            fail(0, -1, readerStopped(QCoreApplication::translate("XlsProcessReader", "its output does not read")));
            break;
        }
    }
    return false;
}

} // namespace cac
