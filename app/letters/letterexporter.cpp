#include "letterexporter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
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

Status savePdf(const QString &html, const QString &title, bool demo, const QString &path)
{
    QPdfWriter pdf(path);
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
        return Status::failure(tr("Cannot write %1").arg(path));
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
    painter.end();
    return Status::success();
}

} // namespace

Status LetterExporter::save(const QString &html, const QString &title, bool demo, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString marked = demo ? tr("<p><i>Demo data, fictional agencies.</i></p>") + html : html;
    Status status = Status::success();
    if (suffix == u"pdf") {
        status = savePdf(html, title, demo, path);
    } else if (suffix == u"odt") {
        QTextDocument document;
        document.setHtml(page(marked, title));
        QTextDocumentWriter writer(path, "odf");
        if (!writer.write(&document))
            status = Status::failure(tr("Cannot write %1").arg(path));
    } else if (suffix == u"html" || suffix == u"htm") {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(page(marked, title).toUtf8()) < 0 || !file.commit())
            status = Status::failure(tr("Cannot write %1").arg(path));
    } else {
        return Status::failure(tr("%1: the file name must end in .pdf, .odt or .html").arg(path));
    }
    if (status.ok())
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return status;
}
