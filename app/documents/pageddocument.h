#pragma once

#include "documentchart.h"

#include "db/status.h"

#include <QImage>
#include <QPageLayout>
#include <QSet>
#include <QString>
#include <QTextDocument>

#include <memory>

class QPaintDevice;
class QPagedPaintDevice;
class QPainter;
class QTextTable;

namespace cac {

// A document laid out on the pages of a QPagedPaintDevice, so that a QPdfWriter and a QPrinter
// (print and print preview) give the same pages. Every page carries a running header (the
// document's title; "Demo data, fictional agencies" where so; "DRAFT" on a page that shows a
// draft) and a footer (a note such as the printing date, and "Page N of M").
//
// Qt 6.4 has page breaks before and after a block but no "keep with next": a block marked
// KeepWithNext (a heading) is kept with what follows by laying out, finding a heading whose
// text falls on a later page, breaking before the heading and laying out again. Table rows stay
// whole because DocumentBuilder makes each cell one non-breakable block, and tables repeat
// their header rows (QTextTableFormat::setHeaderRowCount). The briefing, the call sheet, the
// meeting packet and letters all print through here.
//
// A contents table (DocumentBuilder::contents) gets its page numbers here: laid out, the page of
// each listed heading is written in, and the document is laid out again until no number moves.
class PagedDocument
{
public:
    // Block properties that DocumentBuilder sets.
    enum Property {
        KeepWithNext = QTextFormat::UserProperty + 1, // bool: never alone at a page's bottom
        DraftText,                                    // bool: the page shows "DRAFT"
        ContentsTarget,                               // int: a heading listed in the contents
        ContentsPage,                                 // int: the contents' cell for its page number
    };

    struct Frame
    {
        QString runningTitle;
        QString footerNote;
        bool demo = false;
    };

    explicit PagedDocument(Frame frame, DocumentChart::Painter chartPainter = {});
    ~PagedDocument();

    QTextDocument &document() { return *m_document; }
    const Frame &frame() const { return m_frame; }
    DocumentChart &charts() { return *m_charts; }

    // Lays the document out on the device's pages (its current page layout) and returns the
    // number of pages.
    int layOut(QPagedPaintDevice &device);
    int pageCount() const;
    // The page (from 0) on which the text at this position begins; layOut first.
    int pageOf(int position) const;
    // Lays out and paints every page; false when the device cannot be painted on.
    bool print(QPagedPaintDevice &device);
    // A PDF at `layout`, readable by its owner only, with `title` in its properties.
    Status savePdf(const QString &path, const QString &title, const QPageLayout &layout);

    static QPageLayout letterPortrait(double marginInches);
    static QPageLayout letterLandscape(double marginInches);

private:
    void applyPageRules(double width);
    // Writes each listed heading's page into the contents; true when a number changed.
    bool fillContents();
    // The device's paintable area, in points.
    static QSizeF pageSize(const QPaintDevice &device);
    // The page on which what follows a heading has shown its first line (or a table its first row).
    int pageOfFollower(const QTextBlock &block) const;
    int pageOfBlock(const QTextBlock &block, bool lastLine) const;
    void paintFrame(QPainter &painter, int page, const QRectF &area, double band, bool draft) const;
    // The pages that show some of a draft, worked out once for all the pages.
    QSet<int> draftPages() const;

    static constexpr double LayoutDpi = 72.0;
    QImage m_layoutDevice{1, 1, QImage::Format_RGB32};
    Frame m_frame;
    std::unique_ptr<QTextDocument> m_document;
    DocumentChart *m_charts = nullptr; // owned by the document
    double m_bodyHeight = 0;
    double m_band = 0;
};

} // namespace cac
