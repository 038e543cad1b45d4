#include "app/documents/htmlpdf.h"

#include "db/files/atomicfile.h"

#include <QFont>
#include <QPdfWriter>
#include <QTextDocument>

Status HtmlPdf::save(const QString &html, const QString &title, QPageLayout::Orientation orientation, const QString &path)
{
    return AtomicFile::write(path, AtomicFile::Kind::Pdf, [&](QIODevice &file) {
        QPdfWriter pdf(&file);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), orientation, QMarginsF(12, 12, 12, 12),
                                      QPageLayout::Millimeter));
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("CAC Review"));
        QFont font(QStringLiteral("sans-serif"));
        font.setStyleStrategy(QFont::PreferNoShaping);
        QTextDocument document;
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&pdf);
        return true;
    }); // the writer finishes the PDF when it goes out of scope, before the file is committed
}
