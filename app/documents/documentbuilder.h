#pragma once

#include "pageddocument.h"

#include <QList>
#include <QStringList>
#include <QTextCursor>

// Writes a PagedDocument from the top down, so that the briefing, the call sheet and the packet
// follow the same page rules: headings kept with what follows, table rows whole (each cell is
// one non-breakable block, its lines joined by line separators), table headers repeated on
// every page, charts drawn as vectors.
class DocumentBuilder
{
public:
    struct Table
    {
        QStringList headers;
        QList<int> widthPercent;      // one a column
        QList<QStringList> rows;      // a cell's lines are joined by "\n"
        QList<bool> firstLineBold;    // per column; missing: false
        QList<bool> alignRight;       // per column; missing: false
    };

    explicit DocumentBuilder(PagedDocument &document);

    // level 1 is the largest. A heading is never left alone at the bottom of a page.
    void heading(const QString &text, int level);
    void paragraph(const QString &text, bool bold = false);
    // Lines of "label: value" with the label in bold.
    void facts(const QList<std::pair<QString, QString>> &facts);
    // HTML from elsewhere (an explanation, a letter); returns where it begins in the document.
    int html(const QString &fragment);
    void table(const Table &table);
    void chart(const ChartData &data, QSizeF inches);
    // What follows begins on a new page.
    void pageBreak();
    // Marks the text from `from` to the end as a draft: its pages show "DRAFT".
    void markDraftFrom(int from);
    int position() const { return m_cursor.position(); }

private:
    void newBlock(const QTextBlockFormat &format = {}, const QTextCharFormat &charFormat = {});

    PagedDocument &m_document;
    QTextCursor m_cursor;
    bool m_blockEmpty = true; // the cursor's block is empty and unused: the next text goes there
    bool m_breakNext = false;
};
