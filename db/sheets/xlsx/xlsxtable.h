#pragma once

#include "db/status.h"

#include <QList>
#include <QStringList>
#include <QVariant>

namespace cac {

// A small table (an outreach list, the numbers behind a chart) written as an .xlsx workbook:
// the header row frozen and filtered, then typed cells (QString as text, integers and doubles as
// numbers, QDate as a date, a null QVariant as an empty cell, never 0), and an "About" sheet that
// says what the table is, where it came from, when, and, for demo data, "Demo data, fictional
// agencies". Written whole or not at all, private to its owner (AtomicFile::writeByName).
namespace XlsxTable {
struct About
{
    QString title;  // "Outreach list, 2025"
    QString source; // the database's file name
    bool demo = false;
};
Status save(const QString &path, const QString &sheet, const QStringList &header, const QList<QVariantList> &rows,
            const About &about);
} // namespace XlsxTable

} // namespace cac
