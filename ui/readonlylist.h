#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableView>

namespace cac {

// The lists of agencies (the agency list, the review queue, the outreach list) behave alike:
// one whole row is selected at a time, nothing is edited in place, rows alternate in colour
// and there are no row numbers.
namespace ReadOnlyList {
inline void setUp(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
}
} // namespace ReadOnlyList

} // namespace cac
