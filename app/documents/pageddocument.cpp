#include "pageddocument.h"

#include "tablepaginator.h"

#include "db/files/atomicfile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QHash>
#include <QSet>
#include <QTextTable>

#include <cmath>

namespace cac {

namespace {

// The header and footer bands, each this tall, inside the page's margins.
constexpr double BandInches = 0.35;

bool keepsWithNext(const QTextBlock &block)
{
    return block.blockFormat().boolProperty(PagedDocument::KeepWithNext);
}

QFont frameFont(bool bold = false)
{
    QFont font(QStringLiteral("sans-serif"), 8);
    font.setBold(bold);
    // No shaping: no ligature glyphs, so "fictional" stays searchable in the PDF.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

PagedDocument::PagedDocument(Frame frame, DocumentChart::Painter chartPainter)
    : m_frame(std::move(frame)), m_document(std::make_unique<QTextDocument>())
{
    // Laid out in points on a 72-dpi image, whatever the device: borders, padding and margins
    // are points, and the painter scales to the device's dots (as QTextDocument::print does).
    const int dotsPerMeter = qRound(LayoutDpi / 0.0254);
    m_layoutDevice.setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice.setDotsPerMeterY(dotsPerMeter);
    m_document->documentLayout()->setPaintDevice(&m_layoutDevice);
    m_document->setUseDesignMetrics(true); // unhinted widths: the text fits the same at any dpi
    m_document->setDocumentMargin(0);
    QFont font(QStringLiteral("sans-serif"), 10);
    font.setStyleStrategy(QFont::PreferNoShaping);
    m_document->setDefaultFont(font);
    m_charts = new DocumentChart(m_document.get(), std::move(chartPainter));
}

PagedDocument::~PagedDocument() = default;

QPageLayout PagedDocument::letterPortrait(double marginInches)
{
    const QMarginsF margins(marginInches, marginInches, marginInches, marginInches);
    return QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, margins, QPageLayout::Inch);
}

QPageLayout PagedDocument::letterLandscape(double marginInches)
{
    QPageLayout layout = letterPortrait(marginInches);
    layout.setOrientation(QPageLayout::Landscape);
    return layout;
}

int PagedDocument::layOut(QPagedPaintDevice &device)
{
    m_band = BandInches * LayoutDpi;
    const QSizeF page = pageSize(device);
    m_bodyHeight = page.height() - 2 * m_band;
    m_document->setPageSize(QSizeF(page.width(), m_bodyHeight));
    applyPageRules(page.width());
    for (int pass = 0; pass < 4 && fillContents(); ++pass)
        applyPageRules(page.width()); // a wider number could move what follows
    return pageCount();
}

bool PagedDocument::fillContents()
{
    QHash<int, int> pages; // listed heading -> its page, from 1
    QList<QTextBlock> cells;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.hasProperty(ContentsTarget))
            pages.insert(format.intProperty(ContentsTarget), pageOfBlock(block, false) + 1);
        if (format.hasProperty(ContentsPage))
            cells << block;
    }
    bool changed = false;
    for (const QTextBlock &cell : cells) {
        const QString number = QString::number(pages.value(cell.blockFormat().intProperty(ContentsPage)));
        if (cell.text() == number)
            continue;
        QTextCursor cursor(cell);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(number);
        changed = true;
    }
    return changed;
}

QSizeF PagedDocument::pageSize(const QPaintDevice &device)
{
    return {device.width() * LayoutDpi / device.logicalDpiX(), device.height() * LayoutDpi / device.logicalDpiY()};
}

int PagedDocument::pageCount() const
{
    return m_document->pageCount();
}

int PagedDocument::pageOf(int position) const
{
    return pageOfBlock(m_document->findBlock(position), false);
}

int PagedDocument::pageOfBlock(const QTextBlock &block, bool lastLine) const
{
    if (!block.isValid() || m_bodyHeight <= 0)
        return 0;
    const QRectF rect = m_document->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    double y = rect.top();
    if (layout && layout->lineCount() > 0) {
        const QTextLine line = layout->lineAt(lastLine ? layout->lineCount() - 1 : 0);
        y = rect.top() + line.y() + line.height() / 2; // the line's middle: clear of the page's edge
    }
    return int(std::floor(y / m_bodyHeight));
}

void PagedDocument::applyPageRules(double width)
{
    const TablePaginator tables(*m_document, &m_layoutDevice, width);
    // One pass from the top: a break put before a heading or a table moves only what follows
    // it, so what was checked above stays as it was.
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (QTextTable *table = QTextCursor(block).currentTable(); table && tables.measured(table)) {
            QTextTable *last = tables.paginate(table, m_bodyHeight);
            block = last->lastCursorPosition().block();
            continue;
        }
        if (!keepsWithNext(block))
            continue;
        const QTextBlock first = block; // a run of headings moves as one
        QTextBlock after = block.next();
        while (after.isValid() && keepsWithNext(after))
            after = after.next();
        if (!after.isValid())
            break;
        const int headingPage = pageOfBlock(first, false);
        if (pageOfFollower(after) > headingPage || pageOfBlock(after.previous(), true) > headingPage) {
            QTextBlockFormat format = first.blockFormat();
            if (!(format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
                format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(first).setBlockFormat(format);
            }
        }
        block = after.previous();
    }
}

int PagedDocument::pageOfFollower(const QTextBlock &block) const
{
    QTextTable *table = QTextCursor(block).currentTable();
    if (!table)
        return pageOfBlock(block, false);
    // A table: where its first row below the repeated headers ends.
    const int row = std::min(table->format().headerRowCount(), table->rows() - 1);
    int page = 0;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        page = std::max(page, pageOfBlock(cell.lastCursorPosition().block(), true));
    }
    return page;
}

QSet<int> PagedDocument::draftPages() const
{
    QSet<int> pages;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().boolProperty(DraftText))
            continue;
        for (int page = pageOfBlock(block, false); page <= pageOfBlock(block, true); ++page)
            pages.insert(page);
    }
    return pages;
}

void PagedDocument::paintFrame(QPainter &painter, int page, const QRectF &area, double band, bool draft) const
{
    const QRectF header(area.left(), area.top(), area.width(), band * 0.6);
    const QRectF footer(area.left(), area.bottom() - band * 0.6, area.width(), band * 0.6);
    painter.setPen(Qt::black);
    painter.setFont(frameFont());
    painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, m_frame.runningTitle);
    if (m_frame.demo)
        painter.drawText(header, Qt::AlignRight | Qt::AlignTop,
                         QCoreApplication::translate("PagedDocument", "Demo data, fictional agencies"));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, m_frame.footerNote);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                     QCoreApplication::translate("PagedDocument", "Page %1 of %2").arg(page + 1).arg(pageCount()));
    if (draft) {
        painter.setFont(frameFont(true));
        painter.setPen(QColor(0xa4, 0, 0));
        painter.drawText(header, Qt::AlignHCenter | Qt::AlignTop, QCoreApplication::translate("PagedDocument", "DRAFT"));
    }
}

bool PagedDocument::print(QPagedPaintDevice &device)
{
    const int pages = layOut(device);
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const double scaleX = device.logicalDpiX() / LayoutDpi;
    const double scaleY = device.logicalDpiY() / LayoutDpi;
    const QRectF area(0, 0, device.width(), device.height()); // the header and footer: the device's dots
    const QSet<int> drafts = draftPages();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.scale(scaleX, scaleY);
        painter.translate(0, m_band - page * m_bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * m_bodyHeight, m_document->pageSize().width(), m_bodyHeight);
        painter.setClipRect(context.clip);
        m_document->documentLayout()->draw(&painter, context);
        painter.restore();
        paintFrame(painter, page, area, m_band * scaleY, drafts.contains(page));
    }
    return painter.end();
}

Status PagedDocument::savePdf(const QString &path, const QString &title, const QPageLayout &layout)
{
    return AtomicFile::write(path, AtomicFile::Kind::Pdf, [&](QIODevice &file) {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setPageLayout(layout);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("CAC Review"));
        return print(pdf);
    }); // the writer finishes the PDF when it goes out of scope, before the file is committed
}

} // namespace cac
