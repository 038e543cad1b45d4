#include "reviewqueue.h"

#include "app/review/historyscan.h"
#include "app/review/rules/rulebook.h"
#include "sanctionladder.h"

#include "app/metrics/agencyprofileloader.h"

#include "db/stores/review/reviewstore.h"
#include "db/stores/review/settingstore.h"

#include <QHash>

#include <algorithm>

namespace cac {

QList<QueueEntry> ReviewQueue::build(const QList<AgencyHistory> &histories, int year, const ReviewSettings &settings)
{
    QList<QueueEntry> entries;
    for (const AgencyHistory &h : histories) {
        if (std::optional<QueueEntry> entry = flaggedEntry(h, year, settings))
            entries.append(std::move(*entry));
    }
    sortByPriority(entries);
    return entries;
}

std::optional<QueueEntry> ReviewQueue::flaggedEntry(const AgencyHistory &history, int year, const ReviewSettings &settings)
{
    QueueEntry entry = entryFor(history, year, settings);
    if (entry.flags.isEmpty() && entry.suggestion.level == SanctionStep::None)
        return std::nullopt;
    return entry;
}

void ReviewQueue::sortByPriority(QList<QueueEntry> &entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const QueueEntry &a, const QueueEntry &b) {
        return a.score != b.score ? a.score > b.score : a.agency.name.localeAwareCompare(b.agency.name) < 0;
    });
}

QueueEntry ReviewQueue::entryFor(const AgencyHistory &history, int year, const ReviewSettings &settings)
{
    QueueEntry entry;
    entry.agency = history.agency;
    entry.flags = Rulebook::evaluate(history, year, settings);
    for (const ReviewFlag &f : std::as_const(entry.flags))
        entry.score += f.weight;
    entry.suggestion = SanctionLadder::suggest(history, year, entry.flags, settings);
    return entry;
}

Result<ReviewSettings> ReviewQueue::loadSettings(QSqlDatabase db)
{
    const Result<QHash<QString, double>> values = SettingStore(db).all();
    if (!values.ok())
        return Result<ReviewSettings>::failure(values.error());
    return ReviewSettings(values.value());
}

Result<QList<QueueEntry>> ReviewQueue::load(QSqlDatabase db, int year)
{
    using R = Result<QList<QueueEntry>>;
    const Result<ReviewSettings> settings = loadSettings(db);
    if (!settings.ok())
        return R::failure(settings.error());
    // One agency at a time, keeping only the flagged: the reports of every year are never held.
    QList<QueueEntry> entries;
    const Status read = HistoryScan::forEach(db, year, settings.value(), [&](const AgencyHistory &h) {
        if (std::optional<QueueEntry> entry = flaggedEntry(h, year, settings.value()))
            entries.append(std::move(*entry));
    });
    if (!read.ok())
        return R::failure(read.error());
    sortByPriority(entries);
    const Status decided = addDecisions(db, entries, year);
    if (!decided.ok())
        return R::failure(decided.error());
    return entries;
}

Result<QList<AgencyHistory>> ReviewQueue::historiesOf(QSqlDatabase db, const QList<qint64> &agencyIds)
{
    // Each agency's rules read its own history only, so a few agencies need not read them all.
    QList<AgencyHistory> histories;
    const AgencyProfileLoader loader(db);
    for (const qint64 id : agencyIds) {
        const Result<AgencyProfile> profile = loader.load(id);
        if (!profile.ok())
            return Result<QList<AgencyHistory>>::failure(profile.error());
        histories.append(AgencyHistory::whole(profile.value().agency, profile.value().reports, profile.value().sanctions));
    }
    return histories;
}

Result<QList<QueueEntry>> ReviewQueue::loadFor(QSqlDatabase db, const QList<qint64> &agencyIds, int year)
{
    const Result<QList<AgencyHistory>> histories = historiesOf(db, agencyIds);
    if (!histories.ok())
        return Result<QList<QueueEntry>>::failure(histories.error());
    return entriesOf(db, histories.value(), year);
}

Result<QList<QueueEntry>> ReviewQueue::loadEach(QSqlDatabase db, const QList<qint64> &agencyIds, int year)
{
    const Result<QList<AgencyHistory>> histories = historiesOf(db, agencyIds);
    if (!histories.ok())
        return Result<QList<QueueEntry>>::failure(histories.error());
    return entriesOf(db, histories.value(), year, true);
}

Result<QList<QueueEntry>> ReviewQueue::entriesOf(QSqlDatabase db, const QList<AgencyHistory> &histories, int year, bool every)
{
    using R = Result<QList<QueueEntry>>;
    const Result<ReviewSettings> settings = loadSettings(db);
    if (!settings.ok())
        return R::failure(settings.error());
    QList<QueueEntry> entries;
    if (every) {
        for (const AgencyHistory &h : histories)
            entries.append(entryFor(h, year, settings.value()));
    } else {
        entries = build(histories, year, settings.value());
    }
    const Status decided = addDecisions(db, entries, year);
    if (!decided.ok())
        return R::failure(decided.error());
    return entries;
}

Status ReviewQueue::addDecisions(QSqlDatabase db, QList<QueueEntry> &entries, int year)
{
    const ReviewStore store(db);
    const Result<QSet<qint64>> reviewed = store.reviewed(year);
    if (!reviewed.ok())
        return Status::failure(reviewed.error());
    const Result<QHash<qint64, SanctionOverride>> overrides = store.overrides(year);
    if (!overrides.ok())
        return Status::failure(overrides.error());
    for (QueueEntry &e : entries) {
        e.reviewed = reviewed.value().contains(e.agency.id);
        if (const auto o = overrides.value().constFind(e.agency.id); o != overrides.value().constEnd())
            e.override = o.value();
    }
    return Status::success();
}

} // namespace cac
