#pragma once

#include "db/status.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace cac {

class Database;

// The reports as the exports write them: one row per agency and reporting year, in ORI and
// year order, every value typed (text as QString, counts as qint64, dates as QDate, filed as
// bool) and unknown as a null QVariant, never 0. Ranges come as two columns, violations_low
// and violations_high: a spreadsheet writes them so, and CSV joins them into "15-25".
class ReportQuery
{
public:
    // columns(): ReportColumns::names() without data_notice, violations as its two ends.
    static const QStringList &columns();
    static int columnOf(const QString &name); // -1 if none
    // The query itself, one selected expression per column of columns(); its one parameter
    // :year is the year, or NULL for every year.
    static QString sql();

    explicit ReportQuery(Database &database);
    Status run(std::optional<int> year);
    // How many reports run() will give (for progress), or -1 if it cannot say.
    int count(std::optional<int> year);
    bool next();
    // Why the query or a later row failed; empty while all is well.
    QString error() const;
    // The current row's value in column i of columns().
    QVariant value(int column) const;
    // How a column is stored and typed by value(): text, a count, an ISO date (stored as its
    // text), or yes/no (stored as 1 or 0).
    enum class Kind { Text, Count, Date, YesNo };
    static Kind kind(int column);
    // The current row's value as SQLite holds it (qint64, QString, or null), for a writer that
    // formats it itself without the typed copy.
    QVariant stored(int column) const { return m_query.value(column); }

private:
    Database &m_database;
    QSqlQuery m_query;
};

} // namespace cac
