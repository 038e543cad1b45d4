#include "letterexporter.h"

#include "odtpackage.h"

#include "app/documents/documentbuilder.h"
#include "app/format/displaytext.h"
#include "db/files/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QFontInfo>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace cac {

namespace {

// The typeface every route uses, resolved once to the family this machine has, so that the
// PDF, the ODT (which names it) and the HTML (which asks for it) agree.
QString family(const QString &generic)
{
    return QFontInfo(QFont(generic)).family();
}

QString footerNote(bool demo)
{
    const QString date = DisplayText::longDate(QDate::currentDate());
    return demo ? QCoreApplication::translate("LetterExporter", "%1 · Demo data, fictional agencies").arg(date) : date;
}

// The letter's text as every route shows it: the demo notice first where so.
QString marked(const QString &body, bool demo)
{
    return demo ? QCoreApplication::translate("LetterExporter", "<p><i>Demo data, fictional agencies.</i></p>") + body : body;
}

QString htmlPage(const QString &body, const QString &title)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>@page { size: letter; margin: 1in; } body { font-family: '%2', serif; font-size: %3pt; "
                          "max-width: 6.5in; margin: 1in auto; }"
                          "</style></head><body>\n%4\n</body></html>\n")
            .arg(title.toHtmlEscaped(), LetterExporter::bodyFamily())
            .arg(LetterExporter::BodyPoints)
            .arg(body);
}

QByteArray odt(const QString &body, bool demo)
{
    QTextDocument document;
    QFont font(LetterExporter::bodyFamily(), LetterExporter::BodyPoints);
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setHtml(marked(body, demo));
    // The ODF writer closes its device when done, which a QSaveFile must not be: it writes into
    // memory first (a letter is a few kilobytes), then the package gets its styles.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return {};
    return OdtPackage::finish(
            buffer.data(),
            {LetterExporter::bodyFamily(), LetterExporter::BodyPoints, family(QStringLiteral("sans-serif")), footerNote(demo)});
}

} // namespace

QString LetterExporter::bodyFamily()
{
    static const QString resolved = family(QStringLiteral("serif"));
    return resolved;
}

QString LetterExporter::bodyOf(const QString &html)
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption |
                                                 QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = body.match(html);
    QString inner = match.hasMatch() ? match.captured(1) : html;
    inner.remove(QStringLiteral("<!--StartFragment-->")).remove(QStringLiteral("<!--EndFragment-->"));
    return inner.trimmed();
}

std::unique_ptr<PagedDocument> LetterExporter::document(const QString &html, bool demo)
{
    PagedDocument::Frame frame;
    frame.footerNote = footerNote(demo);
    auto document = std::make_unique<PagedDocument>(frame);
    QFont font(bodyFamily(), BodyPoints);
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->document().setDefaultFont(font);
    DocumentBuilder(*document).html(marked(bodyOf(html), demo));
    return document;
}

QPageLayout LetterExporter::pageLayout()
{
    // One inch at the sides; above and below, the margin and the header or footer band make an inch.
    return QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(1, 0.75, 1, 0.4), QPageLayout::Inch);
}

Status LetterExporter::save(const QString &html, const QString &title, bool demo, const QString &path)
{
    const std::optional<AtomicFile::Kind> kind = AtomicFile::kindOfSuffix(path);
    if (kind == AtomicFile::Kind::Pdf)
        return document(html, demo)->savePdf(path, title, pageLayout());
    if (kind == AtomicFile::Kind::Odt) {
        const QByteArray bytes = odt(bodyOf(html), demo);
        if (bytes.isEmpty())
            return Status::failure(
                    QCoreApplication::translate("LetterExporter", "%1: the letter could not be written as OpenDocument text")
                            .arg(path));
        return AtomicFile::write(path, *kind, [&](QIODevice &file) { return file.write(bytes) == bytes.size(); });
    }
    if (kind == AtomicFile::Kind::Html) {
        return AtomicFile::write(path, *kind, [&](QIODevice &file) {
            const QByteArray bytes = htmlPage(marked(bodyOf(html), demo), title).toUtf8();
            return file.write(bytes) == bytes.size();
        });
    }
    return Status::failure(
            QCoreApplication::translate("LetterExporter", "%1: the file name must end in .pdf, .odt or .html").arg(path));
}

} // namespace cac
