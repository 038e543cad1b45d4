#include "letterexporter.h"

#include "db/files/atomicfile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LetterExporter", text);
}

QString page(const QString &html, const QString &title)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                          "<body style=\"font-family: serif; font-size: 11pt;\">%2</body></html>")
            .arg(title.toHtmlEscaped(), html);
}

bool writePdf(const QString &html, const QString &title, bool demo, QIODevice &file)
{
    QPdfWriter pdf(&file);
    pdf.setPageSize(QPageSize(QPageSize::Letter));
    pdf.setPageMargins(QMarginsF(1, 1, 1, 1), QPageLayout::Inch);
    pdf.setResolution(300);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("CAC Review"));
    // No shaping: "fi" stays two letters, not a ligature glyph, so the letter's text can be
    // searched and copied from the PDF ("filed", "fictional").
    QFont serif(QStringLiteral("serif"), 11);
    serif.setStyleStrategy(QFont::PreferNoShaping);
    QTextDocument document;
    document.setDefaultFont(serif);
    document.setHtml(page(html, title));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    // The body fills the page less a footer band; each page draws its slice of the document.
    const QRectF area(0, 0, pdf.width(), pdf.height());
    const qreal footer = pdf.resolution() * 0.4;
    const QRectF body(0, 0, area.width(), area.height() - footer);
    document.setPageSize(body.size());
    document.documentLayout()->setPaintDevice(&pdf);
    document.setPageSize(body.size());
    const int pages = document.pageCount();
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            pdf.newPage();
        painter.save();
        painter.translate(0, -p * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, p * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        QFont small(QStringLiteral("sans-serif"), 8);
        small.setStyleStrategy(QFont::PreferNoShaping);
        painter.setFont(small);
        const QString left = demo ? tr("%1 · Demo data, fictional agencies").arg(date) : date;
        const QRectF band(0, area.height() - footer * 0.6, area.width(), footer * 0.6);
        painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, left);
        painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(p + 1).arg(pages));
    }
    return painter.end();
}

} // namespace

Status LetterExporter::save(const QString &html, const QString &title, bool demo, const QString &path)
{
    const QString marked = demo ? tr("<p><i>Demo data, fictional agencies.</i></p>") + html : html;
    const std::optional<AtomicFile::Kind> kind = AtomicFile::kindOfSuffix(path);
    if (kind == AtomicFile::Kind::Pdf)
        return AtomicFile::write(path, *kind, [&](QIODevice &file) { return writePdf(html, title, demo, file); });
    if (kind == AtomicFile::Kind::Odt) {
        return AtomicFile::write(path, *kind, [&](QIODevice &file) {
            QTextDocument document;
            document.setHtml(page(marked, title));
            // The ODF writer closes its device when done, which a QSaveFile must not be: it
            // writes into memory first (a letter is a few kilobytes).
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QTextDocumentWriter writer(&buffer, "odf");
            return writer.write(&document) && file.write(buffer.data()) == buffer.data().size();
        });
    }
    if (kind == AtomicFile::Kind::Html) {
        return AtomicFile::write(path, *kind, [&](QIODevice &file) {
            const QByteArray bytes = page(marked, title).toUtf8();
            return file.write(bytes) == bytes.size();
        });
    }
    return Status::failure(tr("%1: the file name must end in .pdf, .odt or .html").arg(path));
}
