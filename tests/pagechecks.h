#pragma once

// The page rules of printed documents, checked on a laid-out PagedDocument: where a rule is
// broken, a sentence saying where; empty when every rule holds.

#include "app/documents/pageddocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QSet>
#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <memory>

namespace cac {

namespace PageChecks {

// A PDF writer on memory at `layout`: the device documents are saved with.
struct Device
{
    QBuffer buffer;
    std::unique_ptr<QPdfWriter> pdf;
    explicit Device(const QPageLayout &layout)
    {
        buffer.open(QIODevice::WriteOnly);
        pdf = std::make_unique<QPdfWriter>(&buffer);
        pdf->setResolution(300);
        pdf->setPageLayout(layout);
    }
};

// The pages the lines of a block fall on.
inline QSet<int> pagesOf(PagedDocument &document, const QTextBlock &block)
{
    QSet<int> pages;
    const QTextLayout *layout = block.layout();
    const QRectF rect = document.document().documentLayout()->blockBoundingRect(block);
    const double pageHeight = document.document().pageSize().height();
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        pages << int(std::floor((rect.top() + line.y() + line.height() / 2) / pageHeight));
    }
    return pages;
}

inline QList<QTextTable *> tablesOf(PagedDocument &document)
{
    QList<QTextTable *> tables;
    for (QTextBlock b = document.document().begin(); b.isValid(); b = b.next()) {
        QTextTable *t = QTextCursor(b).currentTable();
        if (t && !tables.contains(t))
            tables << t;
    }
    return tables;
}

// Table rows on two pages.
inline QStringList splitRows(PagedDocument &document)
{
    QStringList found;
    for (QTextTable *t : tablesOf(document)) {
        for (int row = 0; row < t->rows(); ++row) {
            QSet<int> pages;
            for (int c = 0; c < t->columns(); ++c) {
                const QTextTableCell cell = t->cellAt(row, c);
                for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                    if (it.currentBlock().isValid())
                        pages += pagesOf(document, it.currentBlock());
                }
            }
            if (pages.size() > 1)
                found << QStringLiteral("row %1 (\"%2\") is on %3 pages")
                                 .arg(row)
                                 .arg(t->cellAt(row, 0).firstCursorPosition().block().text().left(40))
                                 .arg(pages.size());
        }
    }
    return found;
}

// Headings whose text starts on a later page.
inline QStringList lonelyHeadings(PagedDocument &document)
{
    QStringList found;
    for (QTextBlock b = document.document().begin(); b.isValid(); b = b.next()) {
        if (!b.blockFormat().boolProperty(PagedDocument::KeepWithNext))
            continue;
        QTextBlock next = b.next();
        while (next.isValid() && next.blockFormat().boolProperty(PagedDocument::KeepWithNext))
            next = next.next();
        if (next.isValid() && document.pageOf(next.position()) != document.pageOf(b.position()))
            found << QStringLiteral("\"%1\" is alone at the bottom of page %2")
                             .arg(b.text())
                             .arg(document.pageOf(b.position()) + 1);
    }
    return found;
}

// Pieces of a table with a header row that do not begin with it.
inline QStringList headerlessPieces(PagedDocument &document, const QString &firstHeader)
{
    QStringList found;
    for (QTextTable *t : tablesOf(document)) {
        const QString first = t->cellAt(0, 0).firstCursorPosition().block().text();
        if (t->format().headerRowCount() > 0 && first != firstHeader)
            found << QStringLiteral("a piece begins with \"%1\"").arg(first);
    }
    return found;
}

} // namespace PageChecks

} // namespace cac
