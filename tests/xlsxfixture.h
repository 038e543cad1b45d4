#pragma once

#include <QStringList>

#include <QFile>
#include <QHash>

#include <zip.h>

namespace cac {

// A workbook written part by part, as Excel or LibreOffice lay one out, so that a test can hold
// exactly the cells it is about: shared and inline strings, styles with date and boolean
// formats, formulas with cached values, the 1904 date system, title rows, several sheets.
class XlsxFixture
{
public:
    // Cells, as the sheet XML writes them.
    static QString text(const char *ref, const QString &value)
    {
        return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">%2</t></is></c>")
                .arg(QLatin1StringView(ref), value.toHtmlEscaped());
    }
    static QString shared(const char *ref, int index)
    {
        return QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(QLatin1StringView(ref)).arg(index);
    }
    static QString number(const char *ref, const QString &value, int style = 0)
    {
        return QStringLiteral("<c r=\"%1\" s=\"%2\"><v>%3</v></c>").arg(QLatin1StringView(ref)).arg(style).arg(value);
    }
    static QString boolean(const char *ref, bool value)
    {
        return QStringLiteral("<c r=\"%1\" t=\"b\"><v>%2</v></c>").arg(QLatin1StringView(ref)).arg(value ? 1 : 0);
    }
    static QString formula(const char *ref, const QString &formula, const QString &cached)
    {
        return QStringLiteral("<c r=\"%1\"><f>%2</f><v>%3</v></c>").arg(QLatin1StringView(ref), formula, cached);
    }
    static QString row(int number, const QStringList &cells)
    {
        return QStringLiteral("<row r=\"%1\">%2</row>").arg(number).arg(cells.join(QString()));
    }

    void addSheet(const QString &name, const QStringList &rows, const QString &afterData = QString())
    {
        m_sheets.append({name,
                         QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                        "<sheetData>%1</sheetData>%2</worksheet>")
                                 .arg(rows.join(QString()), afterData)});
    }
    // Replaces a sheet's whole XML (for damaged or oversized sheets).
    void setSheetXml(int index, const QByteArray &xml) { m_rawSheets[index] = xml; }
    void setSharedStrings(const QStringList &strings) { m_shared = strings; }
    // Styles: number format codes by id (164 on), and each cell style's number format id.
    void setStyles(const QList<QPair<int, QString>> &formats, const QList<int> &cellFormats)
    {
        m_formats = formats;
        m_cellFormats = cellFormats;
    }
    void setDate1904(bool on) { m_date1904 = on; }

    bool write(const QString &path) const
    {
        int error = 0;
        zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        if (!zip)
            return false;
        QList<QByteArray> parts; // libzip reads them at zip_close()
        QString sheetList, rels, types;
        for (int i = 0; i < m_sheets.size(); ++i) {
            sheetList += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>")
                                 .arg(m_sheets.at(i).first.toHtmlEscaped())
                                 .arg(i + 1);
            rels += QStringLiteral("<Relationship Id=\"rId%1\" "
                                   "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                                   "Target=\"worksheets/sheet%1.xml\"/>")
                            .arg(i + 1);
            types += QStringLiteral("<Override PartName=\"/xl/worksheets/sheet%1.xml\" "
                                    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
                             .arg(i + 1);
        }
        const int n = int(m_sheets.size());
        rels += QStringLiteral("<Relationship Id=\"rId%1\" "
                               "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                               "Target=\"styles.xml\"/>"
                               "<Relationship Id=\"rId%2\" "
                               "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                               "Target=\"sharedStrings.xml\"/>")
                        .arg(n + 1)
                        .arg(n + 2);
        QString numFmts, xfs, sst;
        for (const auto &format : m_formats)
            numFmts += QStringLiteral("<numFmt numFmtId=\"%1\" formatCode=\"%2\"/>")
                               .arg(format.first)
                               .arg(format.second.toHtmlEscaped());
        xfs += QStringLiteral("<xf numFmtId=\"0\"/>");
        for (const int id : m_cellFormats)
            xfs += QStringLiteral("<xf numFmtId=\"%1\" applyNumberFormat=\"1\"/>").arg(id);
        for (const QString &s : m_shared)
            sst += QStringLiteral("<si><t xml:space=\"preserve\">%1</t></si>").arg(s.toHtmlEscaped());
        const QString head = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        const QString main = QStringLiteral("xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"");
        bool ok = put(
                zip, parts, QStringLiteral("[Content_Types].xml"),
                head +
                        QStringLiteral(
                                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                "<Default Extension=\"rels\" "
                                "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                "<Override PartName=\"/xl/workbook.xml\" "
                                "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                                "<Override PartName=\"/xl/styles.xml\" "
                                "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                                "<Override PartName=\"/xl/sharedStrings.xml\" "
                                "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                                "%1</Types>")
                                .arg(types));
        ok = ok &&
                put(zip, parts, QStringLiteral("_rels/.rels"),
                    head +
                            QStringLiteral(
                                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                    "<Relationship Id=\"rId1\" "
                                    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                                    "Target=\"xl/workbook.xml\"/>"
                                    "</Relationships>"));
        ok = ok &&
                put(zip, parts, QStringLiteral("xl/workbook.xml"),
                    head +
                            QStringLiteral("<workbook %1 "
                                           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                                           "<workbookPr date1904=\"%2\"/><sheets>%3</sheets></workbook>")
                                    .arg(main, m_date1904 ? QStringLiteral("true") : QStringLiteral("false"), sheetList));
        ok = ok &&
                put(zip, parts, QStringLiteral("xl/_rels/workbook.xml.rels"),
                    head +
                            QStringLiteral(
                                    "<Relationships "
                                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">%1</Relationships>")
                                    .arg(rels));
        ok = ok &&
                put(zip, parts, QStringLiteral("xl/styles.xml"),
                    head +
                            QStringLiteral("<styleSheet %1><numFmts count=\"%2\">%3</numFmts><fonts count=\"1\"><font/></fonts>"
                                           "<fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
                                           "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
                                           "<cellXfs count=\"%4\">%5</cellXfs></styleSheet>")
                                    .arg(main)
                                    .arg(m_formats.size())
                                    .arg(numFmts)
                                    .arg(m_cellFormats.size() + 1)
                                    .arg(xfs));
        ok = ok &&
                put(zip, parts, QStringLiteral("xl/sharedStrings.xml"),
                    head +
                            QStringLiteral("<sst %1 count=\"%2\" uniqueCount=\"%2\">%3</sst>")
                                    .arg(main)
                                    .arg(m_shared.size())
                                    .arg(sst));
        for (int i = 0; i < m_sheets.size(); ++i)
            ok = ok &&
                    put(zip, parts, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                        m_rawSheets.contains(i) ? m_rawSheets.value(i) : m_sheets.at(i).second.toUtf8());
        if (!ok) {
            zip_discard(zip);
            return false;
        }
        return zip_close(zip) == 0;
    }

private:
    static bool put(zip_t *zip, QList<QByteArray> &parts, const QString &name, const QString &text)
    {
        return put(zip, parts, name, text.toUtf8());
    }
    static bool put(zip_t *zip, QList<QByteArray> &parts, const QString &name, const QByteArray &bytes)
    {
        parts.append(bytes);
        zip_source_t *source = zip_source_buffer(zip, parts.last().constData(), zip_uint64_t(parts.last().size()), 0);
        if (!source)
            return false;
        if (zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            return false;
        }
        return true;
    }

    QList<QPair<QString, QString>> m_sheets;
    QHash<int, QByteArray> m_rawSheets;
    QStringList m_shared;
    QList<QPair<int, QString>> m_formats;
    QList<int> m_cellFormats;
    bool m_date1904 = false;
};

} // namespace cac
