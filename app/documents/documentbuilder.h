#pragma once

#include "pageddocument.h"

#include <QList>
#include <QStringList>
#include <QTextCursor>

#include <optional>

namespace cac {

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
        QList<int> widthPercent;   // one a column
        QList<QStringList> rows;   // a cell's lines are joined by "\n"
        QList<bool> firstLineBold; // per column; missing: false
        QList<bool> alignRight;    // per column; missing: false
    };

    explicit DocumentBuilder(PagedDocument &document);

    enum class Contents { Unlisted, Listed };

    // level 1 is the largest. A heading is never left alone at the bottom of a page. A listed
    // heading has a line in the contents, with its page.
    void heading(const QString &text, int level, Contents contents = Contents::Unlisted);
    // The contents go here: a table of the listed headings with their pages, written by finish().
    void contentsHere();
    void finish();
    void paragraph(const QString &text, bool bold = false);
    // Lines of "label: value" with the label in bold.
    void facts(const QList<std::pair<QString, QString>> &facts);
    // HTML from elsewhere (an explanation, a letter); returns where it begins in the document.
    int html(const QString &fragment);
    QTextTable *table(const Table &table);
    void chart(const ChartData &data, QSizeF inches);
    // What follows begins on a new page.
    void pageBreak();
    // Marks the text from `from` to here as a draft: its pages show "DRAFT".
    void markDraftFrom(int from);
    int position() const { return m_cursor.position(); }

private:
    void newBlock(const QTextBlockFormat &format = {}, const QTextCharFormat &charFormat = {});

    PagedDocument &m_document;
    QTextCursor m_cursor;
    bool m_blockEmpty = true; // the cursor's block is empty and unused: the next text goes there
    bool m_breakNext = false;
    QStringList m_listed; // headings in the contents, by their ContentsTarget
    QList<int> m_listedLevels;
    std::optional<QTextCursor> m_contentsAt;
};

} // namespace cac
