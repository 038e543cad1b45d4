#include "reviewqueue.h"

#include "rulebook.h"
#include "sanctionladder.h"

#include "db/agencystore.h"
#include "db/reportstore.h"
#include "db/reviewstore.h"
#include "db/sanctionstore.h"
#include "db/settingstore.h"

#include <QHash>

#include <algorithm>

QList<QueueEntry> ReviewQueue::build(const QList<AgencyHistory> &histories, int year, const ReviewSettings &settings)
{
    QList<QueueEntry> entries;
    for (const AgencyHistory &h : histories) {
        QList<ReviewFlag> flags = Rulebook::evaluate(h, year, settings);
        const SanctionStep step = SanctionLadder::suggest(h, year, flags, settings);
        if (flags.isEmpty() && step.level == SanctionStep::None)
            continue;
        QueueEntry entry;
        entry.agency = h.agency;
        entry.flags = std::move(flags);
        for (const ReviewFlag &f : std::as_const(entry.flags))
            entry.score += f.weight;
        entry.suggestion = step;
        entries.append(std::move(entry));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const QueueEntry &a, const QueueEntry &b) {
        return a.score != b.score ? a.score > b.score : a.agency.name.localeAwareCompare(b.agency.name) < 0;
    });
    return entries;
}

QList<AgencyHistory> ReviewQueue::loadHistories(QSqlDatabase db)
{
    QList<AgencyHistory> histories;
    QHash<qint64, qsizetype> index;
    for (const AgencyRecord &a : AgencyStore(db).all()) {
        index.insert(a.id, histories.size());
        histories.append({a, {}, {}});
    }
    for (MisuseReport &r : ReportStore(db).all()) {
        if (const qsizetype i = index.value(r.agencyId, -1); i >= 0)
            histories[i].reports.append(std::move(r));
    }
    for (SanctionRecord &s : SanctionStore(db).all()) {
        if (const qsizetype i = index.value(s.agencyId, -1); i >= 0)
            histories[i].sanctions.append(std::move(s));
    }
    return histories;
}

ReviewSettings ReviewQueue::loadSettings(QSqlDatabase db)
{
    return ReviewSettings(SettingStore(db).all());
}

QList<QueueEntry> ReviewQueue::load(QSqlDatabase db, int year)
{
    QList<QueueEntry> entries = build(loadHistories(db), year, loadSettings(db));
    const ReviewStore store(db);
    const QSet<qint64> reviewed = store.reviewed(year);
    const QHash<qint64, SanctionOverride> overrides = store.overrides(year);
    for (QueueEntry &e : entries) {
        e.reviewed = reviewed.contains(e.agency.id);
        if (const auto o = overrides.constFind(e.agency.id); o != overrides.constEnd())
            e.override = o.value();
    }
    return entries;
}
