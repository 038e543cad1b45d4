#include "reviewqueue.h"

#include "app/review/rules/rulebook.h"
#include "sanctionladder.h"

#include "app/metrics/agencyprofileloader.h"

#include "db/stores/agencystore.h"
#include "db/stores/reportstore.h"
#include "db/stores/reviewstore.h"
#include "db/stores/sanctionstore.h"
#include "db/stores/settingstore.h"

#include <QHash>

#include <algorithm>

QList<QueueEntry> ReviewQueue::build(const QList<AgencyHistory> &histories, int year, const ReviewSettings &settings)
{
    QList<QueueEntry> entries;
    for (const AgencyHistory &h : histories) {
        QueueEntry entry = entryFor(h, year, settings);
        if (entry.flags.isEmpty() && entry.suggestion.level == SanctionStep::None)
            continue;
        entries.append(std::move(entry));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const QueueEntry &a, const QueueEntry &b) {
        return a.score != b.score ? a.score > b.score : a.agency.name.localeAwareCompare(b.agency.name) < 0;
    });
    return entries;
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

Result<QList<AgencyHistory>> ReviewQueue::loadHistories(QSqlDatabase db)
{
    using R = Result<QList<AgencyHistory>>;
    const Result<QList<AgencyRecord>> agencies = AgencyStore(db).all();
    if (!agencies.ok())
        return R::failure(agencies.error());
    Result<QList<MisuseReport>> reports = ReportStore(db).all();
    if (!reports.ok())
        return R::failure(reports.error());
    Result<QList<SanctionRecord>> sanctions = SanctionStore(db).all();
    if (!sanctions.ok())
        return R::failure(sanctions.error());
    QList<AgencyHistory> histories;
    QHash<qint64, qsizetype> index;
    for (const AgencyRecord &a : agencies.value()) {
        index.insert(a.id, histories.size());
        histories.append({a, {}, {}});
    }
    for (MisuseReport &r : reports.value()) {
        if (const qsizetype i = index.value(r.agencyId, -1); i >= 0)
            histories[i].reports.append(std::move(r));
    }
    for (SanctionRecord &s : sanctions.value()) {
        if (const qsizetype i = index.value(s.agencyId, -1); i >= 0)
            histories[i].sanctions.append(std::move(s));
    }
    return histories;
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
    const Result<QList<AgencyHistory>> histories = loadHistories(db);
    if (!histories.ok())
        return Result<QList<QueueEntry>>::failure(histories.error());
    return entriesOf(db, histories.value(), year);
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
        histories.append({profile.value().agency, profile.value().reports, profile.value().sanctions});
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
    const ReviewStore store(db);
    const Result<QSet<qint64>> reviewed = store.reviewed(year);
    if (!reviewed.ok())
        return R::failure(reviewed.error());
    const Result<QHash<qint64, SanctionOverride>> overrides = store.overrides(year);
    if (!overrides.ok())
        return R::failure(overrides.error());
    QList<QueueEntry> entries;
    if (every) {
        for (const AgencyHistory &h : histories)
            entries.append(entryFor(h, year, settings.value()));
    } else {
        entries = build(histories, year, settings.value());
    }
    for (QueueEntry &e : entries) {
        e.reviewed = reviewed.value().contains(e.agency.id);
        if (const auto o = overrides.value().constFind(e.agency.id); o != overrides.value().constEnd())
            e.override = o.value();
    }
    return entries;
}
