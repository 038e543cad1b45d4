#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace cac {

// An Excel 97-2003 workbook (.xls) opened with freexl: its worksheets, and which of their cells
// hold formulas (XlsFormulas), since freexl 1.0.6 reads those as empty. The file is read into
// memory (freexl holds every cell), so it is refused past CompoundFile::MaxFileBytes.
class XlsWorkbook
{
public:
    explicit XlsWorkbook(QString path);
    ~XlsWorkbook();
    XlsWorkbook(const XlsWorkbook &) = delete;
    XlsWorkbook &operator=(const XlsWorkbook &) = delete;

    bool open();
    QString error() const { return m_error; }
    const QStringList &sheets() const { return m_sheets; }
    int sheetIndex(const QString &name) const;
    // Whether the cell (from 0) of the sheet holds a formula.
    bool isFormula(int sheet, int row, int column) const;
    const void *handle() const { return m_handle; }

private:
    QString m_path;
    const void *m_handle = nullptr;
    QStringList m_sheets;
    QHash<QString, QSet<quint32>> m_formulas;
    QString m_error;
};

} // namespace cac
