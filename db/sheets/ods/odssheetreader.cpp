#include "db/sheets/ods/odssheetreader.h"

#include "db/sheets/numberformats.h"

#include <QCoreApplication>

namespace cac {

namespace {
int repeatOf(QByteArrayView value)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok && n > 0 ? n : 1;
}
} // namespace

OdsSheetReader::OdsSheetReader(OdsWorkbook &workbook, int sheet, qint64 fileSize)
    : m_workbook(workbook), m_sheetName(workbook.sheetNames().value(sheet)), m_fileSize(fileSize),
      m_device(workbook.openContent())
{
    m_error.sheet = m_sheetName;
    if (!m_device) {
        fail(0, -1, QCoreApplication::translate("OdsSheetReader", "the spreadsheet is damaged: its content cannot be read"));
        return;
    }
    m_xml = std::make_unique<SheetXmlScanner>(m_device.get());
    findSheet(sheet);
}

QString OdsSheetReader::description() const
{
    return QCoreApplication::translate("OdsSheetReader", "OpenDocument spreadsheet, sheet %1").arg(m_sheetName);
}

qint64 OdsSheetReader::bytesConsumed() const
{
    return m_device ? m_device->progress(m_offset.load(std::memory_order_relaxed), m_fileSize) : 0;
}

void OdsSheetReader::fail(int row, int column, const QString &message)
{
    if (hasError())
        return;
    m_error = ImportIssue(row, QString(), QString(), message, m_sheetName, column);
    m_done = true;
}

void OdsSheetReader::failRead()
{
    fail(m_row, -1, m_workbook.readError(*m_device, m_xml->lineNumber(), m_xml->errorString()));
}

// The next token inside an element: the document may not end there.
bool OdsSheetReader::next(SheetXmlScanner::Token &token)
{
    token = m_xml->next();
    if (token == SheetXmlScanner::Error || token == SheetXmlScanner::EndOfDocument) {
        failRead();
        return false;
    }
    return true;
}

// Reads past the tables before the one wanted, to just inside its start.
bool OdsSheetReader::findSheet(int sheet)
{
    for (int seen = 0;;) {
        const SheetXmlScanner::Token token = m_xml->next();
        if (token == SheetXmlScanner::Error) {
            failRead();
            return false;
        }
        if (token == SheetXmlScanner::EndOfDocument) {
            fail(0, -1, QCoreApplication::translate("OdsSheetReader", "the spreadsheet has no sheet %1").arg(sheet + 1));
            return false;
        }
        if (token != SheetXmlScanner::StartElement || m_xml->name() != "table")
            continue;
        if (seen++ == sheet)
            return true;
        if (!m_xml->skipElement()) {
            failRead();
            return false;
        }
    }
}

bool OdsSheetReader::read(SourceRecord &record)
{
    record.fields.clear();
    record.kinds.clear();
    while (!m_done || m_repeatsLeft > 0) {
        if (m_repeatsLeft > 0) {
            --m_repeatsLeft;
            ++m_row;
            for (const QString &value : std::as_const(m_values))
                record.fields.append(QStringView(value));
            record.kinds = m_kinds;
            record.row = m_row;
            return true;
        }
        const SheetXmlScanner::Token token = m_xml->next();
        if (token == SheetXmlScanner::Error || token == SheetXmlScanner::EndOfDocument) {
            if (token == SheetXmlScanner::Error)
                failRead();
            else
                fail(m_row, -1,
                     QCoreApplication::translate("OdsSheetReader", "the spreadsheet is damaged: it ends inside a sheet"));
            break;
        }
        if (token == SheetXmlScanner::EndElement && m_xml->name() == "table") {
            m_done = true;
        } else if (token == SheetXmlScanner::StartElement && m_xml->name() == "table-row") {
            const int repeat = repeatOf(m_xml->attribute("number-rows-repeated"));
            if (!readRow(repeat))
                break;
        }
        // Column definitions, row groups and headers are read through: their rows count alike.
    }
    return false;
}

bool OdsSheetReader::readRow(int repeat)
{
    m_values.clear();
    m_kinds.clear();
    int column = 0; // cells seen, empty ones included
    for (int depth = 0; depth >= 0;) {
        SheetXmlScanner::Token token;
        if (!next(token))
            return false;
        if (token == SheetXmlScanner::EndElement) {
            --depth; // below 0: the row's own end
            continue;
        }
        if (token != SheetXmlScanner::StartElement)
            continue;
        if (m_xml->name() != "table-cell" && m_xml->name() != "covered-table-cell") {
            ++depth;
            continue;
        }
        const int cells = repeatOf(m_xml->attribute("number-columns-repeated"));
        QString text;
        CellKind kind = CellKind::Text;
        if (!readCell(text, kind))
            return false;
        if (text.isEmpty()) {
            column += cells; // a run of empty cells only moves the count
            continue;
        }
        if (qint64(column) + cells > MaxColumns) {
            fail(m_row + 1, -1,
                 QCoreApplication::translate("OdsSheetReader", "a row with values beyond column %1: the spreadsheet is damaged")
                         .arg(MaxColumns));
            return false;
        }
        while (m_values.size() < column) {
            m_values.append(QString());
            m_kinds.append(CellKind::Text);
        }
        for (int i = 0; i < cells; ++i) {
            m_values.append(text);
            m_kinds.append(kind);
        }
        column += cells;
    }
    m_offset.store(m_xml->bytesConsumed(), std::memory_order_relaxed);
    if (qint64(m_row) + repeat > MaxRows) {
        // LibreOffice ends a sheet with a million empty rows in one element: they are nothing.
        if (m_values.isEmpty()) {
            m_row = MaxRows;
            return true;
        }
        fail(m_row + 1, -1,
             QCoreApplication::translate("OdsSheetReader", "rows with values beyond row %1: the spreadsheet is damaged")
                     .arg(MaxRows));
        return false;
    }
    if (m_values.isEmpty()) {
        m_row += repeat; // empty rows are not given: the import skips them anyway
        return true;
    }
    m_repeatsLeft = repeat;
    return true;
}

bool OdsSheetReader::readCell(QString &text, CellKind &kind)
{
    const QByteArray type = m_xml->attribute("value-type").toByteArray();
    if (type == "float" || type == "percentage" || type == "currency") {
        text = NumberFormats::numberText(QString::fromLatin1(m_xml->attribute("value")));
        kind = CellKind::Number;
    } else if (type == "date") {
        text = QString::fromLatin1(
                m_xml->attribute("date-value").first(qMin<qsizetype>(10, m_xml->attribute("date-value").size())));
        kind = CellKind::Date;
    } else if (type == "boolean") {
        text = m_xml->attribute("boolean-value") == "true" ? QStringLiteral("true") : QStringLiteral("false");
        kind = CellKind::Boolean;
    }
    const bool typedValue = !text.isEmpty();
    // The cell's paragraphs: its text, or (for a typed value) only read past.
    QString paragraphs;
    for (int depth = 0; depth >= 0;) {
        SheetXmlScanner::Token token;
        if (!next(token))
            return false;
        if (token == SheetXmlScanner::EndElement) {
            --depth;
        } else if (token == SheetXmlScanner::StartElement) {
            if (m_xml->name() == "p") {
                QString paragraph;
                if (!readParagraph(paragraph))
                    return false;
                paragraphs += (paragraphs.isEmpty() ? QString() : QStringLiteral("\n")) + paragraph;
            } else if (m_xml->name() == "annotation") {
                if (!m_xml->skipElement()) {
                    failRead();
                    return false;
                }
            } else {
                ++depth;
            }
        }
    }
    if (!typedValue)
        text = paragraphs;
    return true;
}

bool OdsSheetReader::readParagraph(QString &text)
{
    for (int depth = 0; depth >= 0;) {
        SheetXmlScanner::Token token;
        if (!next(token))
            return false;
        if (token == SheetXmlScanner::Text) {
            if (!m_xml->appendCurrentText(text)) {
                failRead();
                return false;
            }
        } else if (token == SheetXmlScanner::EndElement) {
            --depth;
        } else if (m_xml->name() == "s") {
            text += QString(repeatOf(m_xml->attribute("c")), u' ');
            ++depth;
        } else if (m_xml->name() == "tab") {
            text += u'\t';
            ++depth;
        } else if (m_xml->name() == "line-break") {
            text += u'\n';
            ++depth;
        } else if (m_xml->name() == "annotation" || m_xml->name() == "note") {
            if (!m_xml->skipElement()) {
                failRead();
                return false;
            }
        } else {
            ++depth; // a span or a link: its text is the cell's
        }
    }
    return true;
}

} // namespace cac
