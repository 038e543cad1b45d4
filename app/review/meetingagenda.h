#pragma once

#include "queueentry.h"

#include "db/model/agencyrecord.h"
#include "db/stores/meetingstore.h"
#include "db/result.h"
#include "db/status.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// A meeting's agenda as members read it: each agency in agenda order with its place in the
// review queue of a year (its reasons, the suggested sanction, any override), or none when
// nothing flags it that year. Also printed as a briefing for the meeting.
class MeetingAgenda
{
public:
    struct Item
    {
        AgencyRecord agency;
        std::optional<QueueEntry> entry; // none: not in the year's review queue
    };

    static Result<QList<Item>> load(QSqlDatabase db, qint64 meetingId, int year);
    static QString briefingHtml(const MeetingStore::Meeting &meeting, const QList<Item> &items, int year, bool demo,
                                const QString &source);
    // The briefing as a PDF (US Letter), readable by its owner only.
    static Status saveBriefing(const MeetingStore::Meeting &meeting, const QList<Item> &items, int year, bool demo,
                               const QString &source, const QString &path);
};
