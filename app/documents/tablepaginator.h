#pragma once

#include <QHash>
#include <QList>

class QPaintDevice;
class QTextDocument;
class QTextTable;

namespace cac {

// Cuts tables into page-sized pieces, each starting on a new page with a copy of the header
// rows, so that no row is ever split between two pages (Qt's own pagination breaks a row cell
// by cell, and its "non-breakable" blocks do not wrap at all).
//
// Where to cut is worked out from the rows' natural heights, measured once on a copy of the
// document laid out as one endless page, and the cuts of a table are made in one edit, last
// first, so each moves one page's rows: a long table costs one layout, not one per page.
class TablePaginator
{
public:
    // Measures the tables of `document` as it would be laid out `width` wide on `device`.
    TablePaginator(const QTextDocument &document, QPaintDevice *device, double width);

    // Cuts a table measured above, laid out on pages `pageHeight` tall, before every row that
    // would straddle a page; a first row that does not fit below what precedes the table moves
    // the table to the next page. Returns the last piece. A table made since (a piece) is left.
    QTextTable *paginate(QTextTable *table, double pageHeight) const;
    bool measured(QTextTable *table) const { return m_heights.contains(table); }

    // The tables of a document in reading order.
    static QList<QTextTable *> tablesOf(const QTextDocument &document);
    // Moves rows from `row` on into a new table after `table`, headers first; the new table
    // starts a page. Returns it.
    static QTextTable *splitBelow(QTextTable *table, int row);

private:
    QHash<QTextTable *, QList<double>> m_heights; // each row's natural height
};

} // namespace cac
