#include "odtpackage.h"

#include <QRegularExpression>

#include <zip.h>

#include <memory>

namespace cac {

namespace {

const char *const StylesTemplate = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties fo:font-family="'%1'" fo:font-size="%2pt"/>
  </style:default-style>
  <style:style style:name="Footer" style:family="paragraph">
   <style:paragraph-properties>
    <style:tab-stops><style:tab-stop style:position="6.5in" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-family="'%3'" fo:font-size="8pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="Letter">
   <style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" style:print-orientation="portrait" fo:margin-top="1.1in" fo:margin-bottom="0.75in" fo:margin-left="1in" fo:margin-right="1in"/>
   <style:footer-style><style:header-footer-properties fo:min-height="0.2in" fo:margin-top="0.15in"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="Letter">
   <style:footer><text:p text:style-name="Footer">%4<text:tab/>Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
</office:document-styles>
)";

QByteArray readEntry(zip_t *archive, const char *name)
{
    zip_stat_t stat;
    if (zip_stat(archive, name, 0, &stat) != 0)
        return {};
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(archive, name, 0), zip_fclose);
    if (!file)
        return {};
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    return zip_fread(file.get(), bytes.data(), stat.size) == zip_int64_t(stat.size) ? bytes : QByteArray();
}

bool replaceEntry(zip_t *archive, const char *name, const QByteArray &bytes)
{
    // libzip reads the bytes when the archive is closed: they stay alive in the caller until then.
    zip_source_t *source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
    if (!source)
        return false;
    if (zip_file_add(archive, name, source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
        zip_source_free(source);
        return false;
    }
    return true;
}

// Qt writes only how far a bullet sits from the margin, so the text starts against it: room for
// the bullet is added. It also names a font ("Sans") on every span, whatever the document's:
// those go, so the text takes the default of styles.xml, the typeface of the PDF.
QByteArray tidied(const QByteArray &content)
{
    static const QRegularExpression properties(QStringLiteral("<style:list-level-properties ([^>]*?)/>"));
    static const QRegularExpression family(QStringLiteral(" fo:font-family=\"[^\"]*\""));
    QString text = QString::fromUtf8(content);
    text.replace(properties, QStringLiteral("<style:list-level-properties \\1 text:min-label-width=\"6mm\"/>"));
    text.remove(family);
    return text.toUtf8();
}

QByteArray withStyles(QByteArray manifest)
{
    const QByteArray entry = R"( <manifest:file-entry manifest:media-type="text/xml" manifest:full-path="styles.xml"/>)"
                             "\n";
    if (!manifest.contains("styles.xml"))
        manifest.replace("</manifest:manifest>", QByteArray(entry + "</manifest:manifest>"));
    return manifest;
}

} // namespace

QByteArray OdtPackage::finish(const QByteArray &qtOdt, const Look &look)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(qtOdt.constData(), zip_uint64_t(qtOdt.size()), 0, &error);
    if (!source)
        return {};
    zip_source_keep(source); // read back after the archive is closed
    std::unique_ptr<zip_source_t, decltype(&zip_source_free)> owned(source, zip_source_free);
    zip_t *archive = zip_open_from_source(source, 0, &error);
    if (!archive)
        return {};
    const QByteArray content = tidied(readEntry(archive, "content.xml"));
    const QByteArray manifest = withStyles(readEntry(archive, "META-INF/manifest.xml"));
    const QByteArray styles = QString::fromUtf8(StylesTemplate)
                                      .arg(look.bodyFamily.toHtmlEscaped())
                                      .arg(look.bodyPoints)
                                      .arg(look.footerFamily.toHtmlEscaped(), look.footerNote.toHtmlEscaped())
                                      .toUtf8();
    if (content.isEmpty() || manifest.isEmpty() || !replaceEntry(archive, "content.xml", content) ||
        !replaceEntry(archive, "META-INF/manifest.xml", manifest) || !replaceEntry(archive, "styles.xml", styles) ||
        zip_close(archive) != 0) {
        zip_discard(archive);
        return {};
    }
    if (zip_source_open(source) != 0)
        return {};
    zip_source_seek(source, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(source);
    zip_source_seek(source, 0, SEEK_SET);
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const bool read = size > 0 && zip_source_read(source, out.data(), zip_uint64_t(size)) == size;
    zip_source_close(source);
    return read ? out : QByteArray();
}

} // namespace cac
