#pragma once

#include "agencyhistory.h"
#include "queueentry.h"
#include "reviewsettings.h"

#include "db/result.h"
#include "db/status.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cac {

// The agencies the committee should look at for a year, highest priority first: each with its
// flags in sentences, the sum of their weights, and the suggested sanction with its reasoning.
class ReviewQueue
{
public:
    // From histories already loaded: the pure part, tested on small fixtures.
    static QList<QueueEntry> build(const QList<AgencyHistory> &histories, int year, const ReviewSettings &settings);
    // One agency's flags, their sum and the suggested sanction for a year, flagged or not: the
    // one place the rules and the ladder are run for an agency.
    static QueueEntry entryFor(const AgencyHistory &history, int year, const ReviewSettings &settings);
    // From the database: histories, settings, reviewed marks and overrides; or why they could
    // not be read (never an empty queue in place of a failed read).
    static Result<QList<QueueEntry>> load(QSqlDatabase db, int year);
    // The same for a few agencies (a meeting's agenda): those of them the year's queue holds.
    static Result<QList<QueueEntry>> loadFor(QSqlDatabase db, const QList<qint64> &agencyIds, int year);
    // An entry for each of these agencies, in this order, whether the rules flag it or not: the
    // agency list's selection, to mark reviewed or to draft letters for.
    static Result<QList<QueueEntry>> loadEach(QSqlDatabase db, const QList<qint64> &agencyIds, int year);
    static Result<ReviewSettings> loadSettings(QSqlDatabase db);

private:
    // The entry of a history the rules flag or suggest a sanction for; none otherwise.
    static std::optional<QueueEntry> flaggedEntry(const AgencyHistory &history, int year, const ReviewSettings &settings);
    // Highest score first, then by name.
    static void sortByPriority(QList<QueueEntry> &entries);
    // The year's reviewed marks and overrides, onto the entries.
    static Status addDecisions(QSqlDatabase db, QList<QueueEntry> &entries, int year);
    // Settings, the rules, then the reviewed marks and overrides of the year.
    // `every`: an entry for every history, in their order, not only the flagged by priority.
    static Result<QList<QueueEntry>> entriesOf(QSqlDatabase db, const QList<AgencyHistory> &histories, int year,
                                               bool every = false);
    static Result<QList<AgencyHistory>> historiesOf(QSqlDatabase db, const QList<qint64> &agencyIds);
};

} // namespace cac
