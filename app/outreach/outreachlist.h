#pragma once

#include "outreachentry.h"

#include "app/review/agencyhistory.h"
#include "app/review/reviewsettings.h"
#include "db/result.h"
#include "db/status.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace cac {

// The agencies DOJ staff should call about a year's misuse report: those that have not filed,
// those whose filed figures do not add up, and those that filed without individuals or without
// categories. An agency leaves the list by itself once a complete report for the year is on
// record. Each row carries its contact, the last call and the next follow-up.
class OutreachList
{
public:
    enum class Order { Priority, County, FollowUp };

    struct Progress
    {
        int outstanding = 0; // on the list, never called
        int reached = 0;
        int promised = 0;
        int unreachable = 0; // last call: a message left, or a wrong number
        int refused = 0;
        int filedSinceCalled = 0; // called for the year, and its report is now filed
    };

    static QList<OutreachEntry> build(const QList<AgencyHistory> &histories, const QHash<qint64, ContactRecord> &contacts,
                                      const QList<OutreachCall> &calls, const QHash<qint64, QString> &assignments, int year,
                                      const ReviewSettings &settings);
    // A year's list as read from the database, highest priority first, with the year's calls,
    // the agencies that have filed for it (for progress) and the settings; or why it could not be read (never an
    // empty list in place of a failed read).
    struct Listing
    {
        QList<OutreachEntry> entries;
        QList<OutreachCall> calls;
        QSet<qint64> filed;
        ReviewSettings settings; // those the list was made with (the deadline)
    };
    static Result<Listing> read(QSqlDatabase db, int year);
    static Result<QList<OutreachEntry>> load(QSqlDatabase db, int year);
    static void sort(QList<OutreachEntry> &entries, Order order);
    // The list as CSV (formula-guarded, private to its owner); a demo list says so on every row.
    static Status saveCsv(const QList<OutreachEntry> &entries, bool demo, const QString &path);
    // The same columns as an .xlsx workbook: counts as numbers, dates as dates, unknown empty.
    static Status saveXlsx(const QList<OutreachEntry> &entries, int year, bool demo, const QString &source, const QString &path);
    // `filed`: the agencies that have filed for the year of the calls.
    static Progress progress(const QList<OutreachEntry> &entries, const QSet<qint64> &filed, const QList<OutreachCall> &calls);
};

} // namespace cac
