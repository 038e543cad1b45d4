#include "db/sheets/xls/xlssheetreader.h"

#include "db/sheets/numberformats.h"

#include <QCoreApplication>

#include <freexl.h>

namespace cac {

XlsSheetReader::XlsSheetReader(XlsWorkbook &workbook, int sheet, qint64 fileSize)
    : m_workbook(workbook), m_sheet(sheet), m_sheetName(workbook.sheets().at(sheet)), m_fileSize(fileSize)
{
    if (freexl_select_active_worksheet(workbook.handle(), static_cast<unsigned short>(sheet)) != FREEXL_OK ||
        freexl_worksheet_dimensions(workbook.handle(), &m_rows, &m_columns) != FREEXL_OK)
        m_error =
                ImportIssue(0, QString(), QString(),
                            QCoreApplication::translate("XlsSheetReader", "the sheet %1 cannot be read: the workbook is damaged")
                                    .arg(m_sheetName));
}

QString XlsSheetReader::description() const
{
    return QCoreApplication::translate("XlsSheetReader", "Excel 97-2003 workbook, sheet %1").arg(m_sheetName);
}

qint64 XlsSheetReader::bytesConsumed() const
{
    return m_rows == 0 ? m_fileSize : qint64(double(m_next) / m_rows * double(m_fileSize));
}

bool XlsSheetReader::read(SourceRecord &record)
{
    record.fields.clear();
    record.kinds.clear();
    if (hasError() || m_next >= m_rows)
        return false;
    // The worksheet is the active one for this reader: another reader may have chosen another.
    freexl_select_active_worksheet(m_workbook.handle(), static_cast<unsigned short>(m_sheet));
    const unsigned int row = m_next++;
    m_values.resize(m_columns);
    for (unsigned short column = 0; column < m_columns; ++column) {
        FreeXL_CellValue cell;
        QString text;
        CellKind kind = CellKind::Text;
        if (freexl_get_cell_value(m_workbook.handle(), row, column, &cell) == FREEXL_OK) {
            switch (cell.type) {
            case FREEXL_CELL_INT:
                text = QString::number(cell.value.int_value);
                kind = CellKind::Number;
                break;
            case FREEXL_CELL_DOUBLE:
                text = NumberFormats::numberText(QString::number(cell.value.double_value, 'g', 17));
                kind = CellKind::Number;
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
                text = QString::fromUtf8(cell.value.text_value);
                break;
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
            case FREEXL_CELL_TIME:
                text = QString::fromUtf8(cell.value.text_value).left(10);
                kind = CellKind::Date;
                break;
            default:
                break;
            }
        }
        if (m_workbook.isFormula(m_sheet, int(row), column)) {
            m_error = ImportIssue(
                    int(row) + 1, QString(), QString(),
                    QCoreApplication::translate("XlsSheetReader",
                                                "a formula: an .xls workbook keeps no result of it that can be read; save the "
                                                "workbook as .xlsx (Excel Workbook) and import that"),
                    m_sheetName, column);
            return false;
        }
        m_values[column] = text;
        record.kinds.append(kind);
    }
    for (const QString &value : std::as_const(m_values))
        record.fields.append(QStringView(value));
    record.row = int(row) + 1;
    return true;
}

} // namespace cac
