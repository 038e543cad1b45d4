#include "db/sheets/xls/xlsworkbook.h"

#include "db/sheets/xls/compoundfile.h"
#include "db/sheets/xls/xlsformulas.h"

#include <QCoreApplication>
#include <QFile>

#include <freexl.h>

namespace cac {

XlsWorkbook::XlsWorkbook(QString path) : m_path(std::move(path)) {}

XlsWorkbook::~XlsWorkbook()
{
    if (m_handle)
        freexl_close(m_handle);
}

bool XlsWorkbook::open()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("XlsWorkbook", "cannot be read: %1").arg(file.errorString());
        return false;
    }
    if (file.size() > CompoundFile::MaxFileBytes) {
        m_error = QCoreApplication::translate("XlsWorkbook",
                                              "an .xls workbook larger than %1 MiB; save it as .xlsx, which is read as a stream")
                          .arg(CompoundFile::MaxFileBytes >> 20);
        return false;
    }
    const Result<QByteArray> stream =
            CompoundFile::readStream(file.readAll(), {QStringLiteral("Workbook"), QStringLiteral("Book")});
    if (!stream.ok()) {
        m_error = stream.error();
        return false;
    }
    m_formulas = XlsFormulas::cells(stream.value());
    const int opened = freexl_open(QFile::encodeName(m_path).constData(), &m_handle);
    if (opened != FREEXL_OK) {
        m_error = opened == FREEXL_BIFF_OBFUSCATED
                ? QCoreApplication::translate("XlsWorkbook", "the workbook is protected by a password; save it without one")
                : QCoreApplication::translate("XlsWorkbook",
                                              "an .xls workbook that cannot be read (freexl error %1); save it "
                                              "as .xlsx and import that")
                          .arg(opened);
        return false;
    }
    unsigned int count = 0;
    freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count);
    for (unsigned int i = 0; i < count; ++i) {
        const char *name = nullptr;
        freexl_get_worksheet_name(m_handle, static_cast<unsigned short>(i), &name);
        m_sheets << (name ? QString::fromUtf8(name) : QString());
    }
    if (m_sheets.isEmpty()) {
        m_error = QCoreApplication::translate("XlsWorkbook", "the workbook has no sheet of cells");
        return false;
    }
    return true;
}

int XlsWorkbook::sheetIndex(const QString &name) const
{
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool XlsWorkbook::isFormula(int sheet, int row, int column) const
{
    const auto cells = m_formulas.constFind(m_sheets.value(sheet));
    return cells != m_formulas.constEnd() && cells->contains(quint32(row) << 16 | quint32(column));
}

} // namespace cac
