// libFuzzer target: the spreadsheet readers and the import over them, as a dry run into a
// database that holds good data. An input that starts like an .xls (OLE2) or a zip is taken as
// the whole file; one that starts with "ODS:" is the content.xml of an .ods; any other input is a sheet's XML, packed into an otherwise valid .xlsx with
// shared strings and date, boolean and number styles, so that mutations reach the XML reader
// rather than die in the zip's checksums. Any input must be refused or read without a crash,
// and the database must hold what it held before.
#include "db/import/reportimporter.h"
#include "db/engine/database.h"
#include "fuzzdatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <zip.h>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace cac;

namespace {

const char Workbook[] =
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr date1904=\"false\"/>"
        "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const char Relationships[] = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                             "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
const char Styles[] =
        "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"&quot;TRUE&quot;;&quot;TRUE&quot;;&quot;FALSE&quot;\"/></numFmts>"
        "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
const char SharedStrings[] = "<sst><si><t>ori</t></si><si><t>year</t></si><si><t>agency</t></si><si><t>investigations</t></si>"
                             "<si><t>CA0000001</t></si><si><r><t>Alpha </t></r><r><t>Police</t></r></si></sst>";

// An OpenDocument spreadsheet whose content.xml is `content`.
bool writeOds(const QString &path, const uint8_t *content, size_t size)
{
    static const char Mimetype[] = "application/vnd.oasis.opendocument.spreadsheet";
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return false;
    zip_source_t *mimetype = zip_source_buffer(zip, Mimetype, sizeof Mimetype - 1, 0);
    zip_source_t *body = zip_source_buffer(zip, content, size, 0);
    if (!mimetype || !body || zip_file_add(zip, "mimetype", mimetype, 0) < 0 || zip_file_add(zip, "content.xml", body, 0) < 0) {
        zip_discard(zip);
        return false;
    }
    return zip_close(zip) == 0;
}

bool writeWorkbook(const QString &path, const uint8_t *sheet, size_t size)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return false;
    const auto add = [zip](const char *name, const void *bytes, size_t length) {
        zip_source_t *source = zip_source_buffer(zip, bytes, length, 0);
        const zip_int64_t index = source ? zip_file_add(zip, name, source, 0) : -1;
        if (index < 0) {
            zip_source_free(source);
            return false;
        }
        return zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_STORE, 0) == 0;
    };
    const bool ok = add("xl/workbook.xml", Workbook, sizeof Workbook - 1) &&
            add("xl/_rels/workbook.xml.rels", Relationships, sizeof Relationships - 1) &&
            add("xl/styles.xml", Styles, sizeof Styles - 1) &&
            add("xl/sharedStrings.xml", SharedStrings, sizeof SharedStrings - 1) && add("xl/worksheets/sheet1.xml", sheet, size);
    if (!ok) {
        zip_discard(zip);
        return false;
    }
    return zip_close(zip) == 0;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzDatabase &f = FuzzDatabase::instance();
    f.open(argc, argv);
    QSqlQuery q(f.database->connection());
    if (!q.exec(QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0000009', 'Seeded')")))
        std::abort();
    f.fingerprint = f.currentFingerprint();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzDatabase &f = FuzzDatabase::instance();
    const QString path = f.dir->filePath(QStringLiteral("input"));
    const QByteArray head(reinterpret_cast<const char *>(data), qsizetype(qMin<size_t>(size, 4)));
    if (head.startsWith("\xD0\xCF\x11\xE0") || head.startsWith("PK")) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    } else if (size >= 4 && head == "ODS:") {
        // The rest is an OpenDocument spreadsheet's content.xml.
        if (!writeOds(path, data + 4, size - 4))
            std::abort();
    } else if (!writeWorkbook(path, data, size)) {
        std::abort();
    }
    ReportImporter::Options options;
    options.dryRun = true;
    const ImportSummary summary = ReportImporter(*f.database).importFile(path, options);
    if (summary.errorCount < summary.errors.size() || f.currentFingerprint() != f.fingerprint)
        std::abort();
    return 0;
}
