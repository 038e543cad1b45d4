#include "db/sheets/ods/odsworkbook.h"

#include "db/sheets/sheetxmlscanner.h"

#include <QCoreApplication>

namespace cac {

namespace {
const QString Content = QStringLiteral("content.xml");
} // namespace

OdsWorkbook::OdsWorkbook(QString path, qint64 expansionLimit)
    : m_path(std::move(path)), m_budget(expansionLimit), m_limit(expansionLimit)
{
}

bool OdsWorkbook::isOds(const QStringList &entries)
{
    return entries.contains(QStringLiteral("mimetype")) && entries.contains(Content) &&
            !entries.contains(QStringLiteral("xl/workbook.xml"), Qt::CaseInsensitive);
}

std::unique_ptr<ZipEntryDevice> OdsWorkbook::openContent()
{
    auto device = std::make_unique<ZipEntryDevice>(m_path, Content, &m_budget);
    if (!device->openEntry())
        return nullptr;
    return device;
}

QString OdsWorkbook::readError(const ZipEntryDevice &device, qint64 line, const QString &message) const
{
    if (device.overBudget())
        return QCoreApplication::translate(
                       "OdsWorkbook",
                       "the spreadsheet expands to more than %1 MiB; it is not a report a spreadsheet holds (a \"zip "
                       "bomb\"?)")
                .arg(m_limit >> 20);
    return QCoreApplication::translate("OdsWorkbook", "the spreadsheet is damaged: %1, line %2: %3")
            .arg(Content)
            .arg(line)
            .arg(message);
}

bool OdsWorkbook::open()
{
    {
        auto mimetype = std::make_unique<ZipEntryDevice>(m_path, QStringLiteral("mimetype"), &m_budget);
        if (!mimetype->openEntry() || !mimetype->read(100).startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            m_error = QCoreApplication::translate("OdsWorkbook", "an OpenDocument file that is not a spreadsheet");
            return false;
        }
    }
    std::unique_ptr<ZipEntryDevice> content = openContent();
    if (!content) {
        m_error = QCoreApplication::translate("OdsWorkbook", "the spreadsheet is damaged: its %1 cannot be read").arg(Content);
        return false;
    }
    // The sheets are the tables of the document's body, each read past without a look inside.
    SheetXmlScanner xml(content.get());
    for (;;) {
        const SheetXmlScanner::Token token = xml.next();
        if (token == SheetXmlScanner::EndOfDocument)
            break;
        if (token == SheetXmlScanner::Error) {
            m_error = readError(*content, xml.lineNumber(), xml.errorString());
            return false;
        }
        if (token == SheetXmlScanner::StartElement && xml.name() == "table") {
            m_sheets << xml.attributeText("name");
            if (!xml.skipElement()) {
                m_error = readError(*content, xml.lineNumber(), xml.errorString());
                return false;
            }
        }
    }
    if (m_sheets.isEmpty()) {
        m_error = QCoreApplication::translate("OdsWorkbook", "the spreadsheet has no sheet");
        return false;
    }
    return true;
}

} // namespace cac
