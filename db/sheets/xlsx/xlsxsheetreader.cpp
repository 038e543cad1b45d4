#include "db/sheets/xlsx/xlsxsheetreader.h"

#include "db/sheets/numberformats.h"

#include <QCoreApplication>

namespace cac {

XlsxSheetReader::XlsxSheetReader(XlsxWorkbook &workbook, int sheet, qint64 fileSize)
    : m_workbook(workbook), m_sheetName(workbook.sheets().at(sheet).name), m_part(workbook.sheets().at(sheet).part),
      m_fileSize(fileSize), m_device(workbook.openPart(m_part))
{
    m_error.sheet = m_sheetName;
    if (!m_device) {
        fail(0, -1,
             QCoreApplication::translate("XlsxSheetReader", "the workbook is damaged: its sheet %1 (%2) cannot be read")
                     .arg(m_sheetName, m_part));
        return;
    }
    m_xml = std::make_unique<SheetXmlScanner>(m_device.get());
}

QString XlsxSheetReader::description() const
{
    return QCoreApplication::translate("XlsxSheetReader", "Excel workbook, sheet %1").arg(m_sheetName);
}

qint64 XlsxSheetReader::bytesConsumed() const
{
    return m_device ? m_device->progress(m_offset.load(std::memory_order_relaxed), m_fileSize) : 0;
}

void XlsxSheetReader::fail(int row, int column, const QString &message)
{
    if (hasError())
        return;
    m_error = ImportIssue(row, QString(), QString(), message, m_sheetName, column);
    m_done = true;
}

int XlsxSheetReader::columnOf(QByteArrayView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() &&
         ((reference.at(i) >= 'A' && reference.at(i) <= 'Z') || (reference.at(i) >= 'a' && reference.at(i) <= 'z'));
         ++i) {
        const char c = char(reference.at(i) & ~0x20);
        if (column > MaxColumns)
            return -1;
        column = column * 26 + (c - 'A' + 1);
    }
    return i == 0 ? -1 : column - 1;
}

bool XlsxSheetReader::read(SourceRecord &record)
{
    record.fields.clear();
    record.kinds.clear();
    while (!m_done) {
        const SheetXmlScanner::Token token = m_xml->next();
        if (token == SheetXmlScanner::Error || token == SheetXmlScanner::EndOfDocument) {
            if (token == SheetXmlScanner::Error)
                failRead();
            m_done = true;
            break;
        }
        if (token == SheetXmlScanner::StartElement && m_xml->name() == "row") {
            const QByteArrayView number = m_xml->attribute("r");
            const int row = number.isEmpty() ? m_row + 1 : number.toInt();
            if (row <= m_row || row > MaxRows) {
                fail(m_row + 1, -1,
                     QCoreApplication::translate("XlsxSheetReader",
                                                 "the sheet's rows are out of order or beyond row %1: the workbook is damaged")
                             .arg(MaxRows));
                break;
            }
            m_row = row;
            m_column = 0;
            m_values.clear();
            m_kinds.clear();
        } else if (token == SheetXmlScanner::StartElement && m_xml->name() == "c") {
            if (!readCell())
                break;
        } else if (token == SheetXmlScanner::EndElement && m_xml->name() == "row") {
            for (const QString &value : std::as_const(m_values))
                record.fields.append(QStringView(value));
            record.kinds = m_kinds;
            record.row = m_row;
            m_offset.store(m_xml->bytesConsumed(), std::memory_order_relaxed);
            return true;
        } else if (token == SheetXmlScanner::EndElement && m_xml->name() == "sheetData") {
            m_done = true;
        }
    }
    return false;
}

void XlsxSheetReader::failRead()
{
    fail(m_row, -1, m_workbook.readError(*m_device, m_part, m_xml->lineNumber(), m_xml->errorString()));
}

bool XlsxSheetReader::readCell()
{
    const QByteArrayView reference = m_xml->attribute("r");
    const int column = reference.isEmpty() ? m_column : columnOf(reference);
    if (column < 0 || column >= MaxColumns || column < m_values.size()) {
        fail(m_row, -1,
             QCoreApplication::translate("XlsxSheetReader",
                                         "a cell reference that is out of place (\"%1\"): the workbook is damaged")
                     .arg(QString::fromUtf8(reference.first(std::min<qsizetype>(reference.size(), 20)))));
        return false;
    }
    m_column = column + 1;
    const QByteArray type = m_xml->attribute("t").toByteArray();
    const CellKind styleKind = m_workbook.kindOfStyle(m_xml->attribute("s").toInt());
    QString stored; // <v>: the value, or a formula's cached result
    QString inlineText;
    // Inside the cell: <v>, or <is> holding <t> or rich runs <r><t>, and elements to skip.
    for (int depth = 0; depth >= 0;) {
        switch (m_xml->next()) {
        case SheetXmlScanner::EndElement:
            --depth; // below 0: the cell's own end
            break;
        case SheetXmlScanner::StartElement:
            if (m_xml->name() == "v") {
                if (!m_xml->readElementText(stored))
                    return failRead(), false;
            } else if (m_xml->name() == "t") { // inside <is>; a phonetic <rPh> guide is skipped below
                if (!m_xml->readElementText(inlineText))
                    return failRead(), false;
            } else if (m_xml->name() == "rPh" || m_xml->name() == "f") {
                if (!m_xml->skipElement())
                    return failRead(), false;
            } else {
                ++depth; // <is>, <r>, <rPr>: their insides are read on
            }
            break;
        case SheetXmlScanner::Text:
            break;
        case SheetXmlScanner::EndOfDocument:
        case SheetXmlScanner::Error:
            return failRead(), false;
        }
    }
    QString text;
    CellKind kind = CellKind::Text;
    if (type == "s") {
        bool ok = false;
        const int index = stored.toInt(&ok);
        if (!ok || index < 0 || index >= m_workbook.sharedStrings().size()) {
            fail(m_row, column,
                 QCoreApplication::translate("XlsxSheetReader",
                                             "the cell names a shared text the workbook does not have: the workbook is damaged"));
            return false;
        }
        text = m_workbook.sharedStrings().at(index);
    } else if (type == "inlineStr") {
        text = inlineText;
    } else if (type == "b") {
        text = stored.trimmed() == u"1" ? QStringLiteral("true") : QStringLiteral("false");
        kind = CellKind::Boolean;
    } else if (type == "str" || type == "e") {
        text = stored; // a formula's text result, or an error such as #DIV/0!
    } else if (type == "d") {
        text = stored.left(10); // an ISO 8601 date cell
        kind = CellKind::Date;
    } else if (!stored.isEmpty()) {
        kind = styleKind == CellKind::Text ? CellKind::Number : styleKind;
        bool ok = false;
        const double number = stored.toDouble(&ok);
        if (kind == CellKind::Date) {
            text = ok ? NumberFormats::dateText(number, m_workbook.uses1904Dates()) : QString();
            if (text.isEmpty())
                text = stored;
        } else if (kind == CellKind::Boolean) {
            text = ok && number != 0 ? QStringLiteral("true") : QStringLiteral("false");
        } else {
            text = NumberFormats::numberText(stored);
        }
    }
    while (m_values.size() < column) {
        m_values.append(QString());
        m_kinds.append(CellKind::Text);
    }
    m_values.append(text);
    m_kinds.append(kind);
    return true;
}

} // namespace cac
