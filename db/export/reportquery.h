#pragma once

#include "db/status.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

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

    explicit ReportQuery(Database &database);
    Status run(std::optional<int> year);
    // How many reports run() will give (for progress), or -1 if it cannot say.
    int count(std::optional<int> year);
    bool next();
    // The current row's value in column i of columns().
    QVariant value(int column) const;

private:
    Database &m_database;
    QSqlQuery m_query;
};
