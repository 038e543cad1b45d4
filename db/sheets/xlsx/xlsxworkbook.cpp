#include "db/sheets/xlsx/xlsxworkbook.h"

#include "db/sheets/numberformats.h"
#include "db/sheets/xlsx/xmlattribute.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace cac {

namespace {
// A relationship's target as a path inside the zip: relative to xl/, or absolute from the root.
QString partPath(QStringView target)
{
    if (target.startsWith(u'/'))
        return target.mid(1).toString();
    QString path = QStringLiteral("xl/") + target.toString();
    path.replace(QLatin1StringView("/./"), QLatin1StringView("/"));
    return path;
}
} // namespace

XlsxWorkbook::XlsxWorkbook(QString path, qint64 expansionLimit)
    : m_path(std::move(path)), m_budget(expansionLimit), m_limit(expansionLimit)
{
}

bool XlsxWorkbook::fail(const QString &message)
{
    m_error = message;
    return false;
}

int XlsxWorkbook::sheetIndex(const QString &name) const
{
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

std::unique_ptr<ZipEntryDevice> XlsxWorkbook::openPart(const QString &part)
{
    auto device = std::make_unique<ZipEntryDevice>(m_path, part, &m_budget);
    if (!device->openEntry())
        return nullptr;
    return device;
}

QString XlsxWorkbook::readError(const ZipEntryDevice &device, const QXmlStreamReader &xml, const QString &part) const
{
    return readError(device, part, xml.lineNumber(), xml.errorString());
}

QString XlsxWorkbook::readError(const ZipEntryDevice &device, const QString &part, qint64 line, const QString &message) const
{
    if (device.overBudget())
        return QCoreApplication::translate(
                       "XlsxWorkbook",
                       "the workbook expands to more than %1 MiB; it is not a report a workbook holds (a \"zip bomb\"?)")
                .arg(m_limit >> 20);
    return QCoreApplication::translate("XlsxWorkbook", "the workbook is damaged: %1, line %2: %3")
            .arg(part)
            .arg(line)
            .arg(message);
}

bool XlsxWorkbook::open()
{
    {
        const std::optional<QStringList> entries = ZipEntryDevice::entryNames(m_path);
        if (!entries)
            return fail(
                    QCoreApplication::translate("XlsxWorkbook", "a zip file that cannot be read (damaged, or not a workbook)"));
        const QStringList &names = *entries;
        if (names.contains(QStringLiteral("mimetype")) && names.contains(QStringLiteral("content.xml")))
            return fail(QCoreApplication::translate(
                    "XlsxWorkbook",
                    "an OpenDocument spreadsheet (.ods): open it in LibreOffice, save it as Excel 2007-365 "
                    "(.xlsx), and import that"));
        if (!names.contains(QStringLiteral("xl/workbook.xml"), Qt::CaseInsensitive))
            return fail(QCoreApplication::translate("XlsxWorkbook",
                                                    "a zip file that is not an Excel workbook (it has no xl/workbook.xml)"));
    }
    return readWorkbook() && readStyles() && readSharedStrings();
}

QHash<QString, QString> XlsxWorkbook::readRelationships()
{
    QHash<QString, QString> targets;
    const QString part = QStringLiteral("xl/_rels/workbook.xml.rels");
    std::unique_ptr<ZipEntryDevice> device = openPart(part);
    if (!device)
        return targets;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship")
            targets.insert(xmlAttribute(xml, u"Id").toString(), partPath(xmlAttribute(xml, u"Target")));
    }
    return targets;
}

bool XlsxWorkbook::readWorkbook()
{
    const QHash<QString, QString> targets = readRelationships();
    const QString part = QStringLiteral("xl/workbook.xml");
    std::unique_ptr<ZipEntryDevice> device = openPart(part);
    if (!device)
        return fail(QCoreApplication::translate("XlsxWorkbook", "the workbook is damaged: %1 cannot be read").arg(part));
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const QStringView value = xmlAttribute(xml, u"date1904");
            m_date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            const QString target = targets.value(xmlAttribute(xml, u"id").toString());
            // Chart sheets and dialog sheets hold no cells.
            if (!target.isEmpty() && target.contains(QLatin1StringView("worksheets/")))
                m_sheets.append({xmlAttribute(xml, u"name").toString(), target});
        }
    }
    if (xml.hasError())
        return fail(readError(*device, xml, part));
    if (m_sheets.isEmpty())
        return fail(QCoreApplication::translate("XlsxWorkbook", "the workbook has no sheet of cells"));
    return true;
}

bool XlsxWorkbook::readStyles()
{
    const QString part = QStringLiteral("xl/styles.xml");
    std::unique_ptr<ZipEntryDevice> device = openPart(part);
    if (!device)
        return true; // no styles: every number is a number
    QHash<int, QString> codes;
    QXmlStreamReader xml(device.get());
    bool inCellFormats = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellFormats = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"numFmt") {
            codes.insert(xmlAttribute(xml, u"numFmtId").toInt(), xmlAttribute(xml, u"formatCode").toString());
        } else if (xml.name() == u"cellXfs") {
            inCellFormats = true;
        } else if (inCellFormats && xml.name() == u"xf") {
            const int id = xmlAttribute(xml, u"numFmtId").toInt();
            m_styleKinds.append(NumberFormats::kindOf(id, codes.value(id)));
        }
    }
    if (xml.hasError())
        return fail(readError(*device, xml, part));
    return true;
}

bool XlsxWorkbook::readSharedStrings()
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    std::unique_ptr<ZipEntryDevice> device = openPart(part);
    if (!device)
        return true; // a workbook without text
    QXmlStreamReader xml(device.get());
    qsizetype characters = 0;
    QString current;
    int phonetic = 0; // inside <rPh>: a reading guide for East Asian text, not the text
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"si")
                current.clear();
            else if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                current += xml.readElementText();
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh") {
                --phonetic;
            } else if (xml.name() == u"si") {
                characters += current.size();
                if (characters > MaxSharedTextCharacters)
                    return fail(
                            QCoreApplication::translate("XlsxWorkbook",
                                                        "the workbook holds more than %1 million characters of text; it is not a "
                                                        "report a workbook holds")
                                    .arg(MaxSharedTextCharacters >> 20));
                m_sharedStrings.append(current);
            }
        }
    }
    if (xml.hasError())
        return fail(readError(*device, xml, part));
    return true;
}

} // namespace cac
