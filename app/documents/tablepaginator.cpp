#include "tablepaginator.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <memory>

namespace cac {

namespace {

// Room for the borders and margins of a piece's top and bottom edges, which the natural
// heights of the rows do not hold: a row that fits but for the table's bottom edge would push
// that edge alone onto an empty page.
constexpr double Slack = 6.0;

void copyCell(const QTextTableCell &from, QTextTableCell to)
{
    QTextCursor source = from.firstCursorPosition();
    source.setPosition(from.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    QTextCursor target = to.firstCursorPosition();
    target.setBlockFormat(from.firstCursorPosition().blockFormat());
    target.insertFragment(source.selection());
    to.setFormat(from.format());
}

QList<double> rowHeights(QTextTable *table)
{
    QAbstractTextDocumentLayout *layout = table->document()->documentLayout();
    const QRectF frame = layout->frameBoundingRect(table);
    QList<double> tops;
    for (int r = 0; r < table->rows(); ++r)
        tops << layout->blockBoundingRect(table->cellAt(r, 0).firstCursorPosition().block()).top();
    QList<double> heights;
    for (int r = 0; r < table->rows(); ++r) {
        const double top = r == 0 ? frame.top() : tops.at(r);
        const double bottom = r + 1 < table->rows() ? tops.at(r + 1) : frame.bottom();
        heights << bottom - top;
    }
    return heights;
}

// Whether the row, as laid out now, has lines on two pages.
bool rowStraddles(QTextTable *table, int row, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = table->document()->documentLayout();
    QList<int> pages;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        for (const QTextBlock &block : {cell.firstCursorPosition().block(), cell.lastCursorPosition().block()}) {
            const QRectF rect = layout->blockBoundingRect(block);
            const QTextLayout *lines = block.layout();
            for (const int i : {0, lines->lineCount() - 1}) {
                if (i < 0)
                    continue;
                const QTextLine line = lines->lineAt(i);
                pages << int(std::floor((rect.top() + line.y() + line.height() / 2) / pageHeight));
            }
        }
    }
    return !pages.isEmpty() && *std::min_element(pages.cbegin(), pages.cend()) != *std::max_element(pages.cbegin(), pages.cend());
}

double pageTopAfter(double y, double pageHeight)
{
    return (std::floor(y / pageHeight) + 1) * pageHeight;
}

} // namespace

QList<QTextTable *> TablePaginator::tablesOf(const QTextDocument &document)
{
    QList<QTextTable *> tables;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextTable *table = QTextCursor(block).currentTable();
        if (table && !tables.contains(table))
            tables << table;
    }
    return tables;
}

TablePaginator::TablePaginator(const QTextDocument &document, QPaintDevice *device, double width)
{
    const QList<QTextTable *> tables = tablesOf(document);
    if (tables.isEmpty())
        return;
    std::unique_ptr<QTextDocument> copy(document.clone());
    copy->documentLayout()->setPaintDevice(device);
    copy->setPageSize(QSizeF(width, 1e9)); // one endless page: no row is moved or split
    const QList<QTextTable *> copies = tablesOf(*copy);
    for (int i = 0; i < tables.size() && i < copies.size(); ++i)
        m_heights.insert(tables.at(i), rowHeights(copies.at(i)));
}

QTextTable *TablePaginator::splitBelow(QTextTable *table, int row)
{
    const int headers = table->format().headerRowCount();
    const int moved = table->rows() - row;
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor after = table->lastCursorPosition();
    after.movePosition(QTextCursor::NextBlock);
    QTextTable *rest = after.insertTable(headers + moved, table->columns(), format);
    // Inserted at the start of the block that followed the table (a heading, say), Qt leaves an
    // empty block of that shape before the new table: plain, so it is no heading.
    QTextCursor before = rest->firstCursorPosition();
    before.movePosition(QTextCursor::PreviousBlock);
    if (before.block().text().isEmpty() && !before.currentTable())
        before.setBlockFormat(QTextBlockFormat());
    for (int c = 0; c < table->columns(); ++c) {
        for (int r = 0; r < headers; ++r)
            copyCell(table->cellAt(r, c), rest->cellAt(r, c));
        for (int r = 0; r < moved; ++r)
            copyCell(table->cellAt(row + r, c), rest->cellAt(headers + r, c));
    }
    table->removeRows(row, moved);
    return rest;
}

QTextTable *TablePaginator::paginate(QTextTable *table, double pageHeight) const
{
    const QList<double> heights = m_heights.value(table);
    const int headers = table->format().headerRowCount();
    if (heights.size() != table->rows() || headers >= table->rows())
        return table;
    double header = 0;
    for (int r = 0; r < headers; ++r)
        header += heights.at(r);
    const double tableTop = table->document()->documentLayout()->frameBoundingRect(table).top();
    const auto straddles = [&](double top, double height) {
        return std::floor(top / pageHeight) != std::floor((top + height + Slack) / pageHeight) &&
                header + height + Slack < pageHeight;
    };
    // The first row as Qt laid it out: when it does not fit below what precedes the table, the
    // whole table starts the next page (unless it starts one already).
    double y = tableTop + header;
    if (rowStraddles(table, headers, pageHeight)) {
        QTextTableFormat format = table->format();
        if (!(format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) && std::fmod(tableTop, pageHeight) > 1) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
            y = pageTopAfter(tableTop, pageHeight) + header;
        }
    }
    y += heights.at(headers);
    QList<int> cuts;
    for (int r = headers + 1; r < heights.size(); ++r) {
        if (straddles(y, heights.at(r))) {
            cuts << r;
            y = pageTopAfter(y, pageHeight) + header;
        }
        y += heights.at(r);
    }
    if (cuts.isEmpty())
        return table;
    QTextCursor edit(table->document());
    // One edit: the layout runs once for all the cuts, not once for each cell copied.
    edit.beginEditBlock();
    QTextTable *last = nullptr;
    for (auto cut = cuts.crbegin(); cut != cuts.crend(); ++cut) {
        QTextTable *piece = splitBelow(table, *cut);
        if (!last)
            last = piece; // the first made holds the table's end
    }
    edit.endEditBlock();
    return last;
}

} // namespace cac
