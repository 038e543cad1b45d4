#pragma once

#include "queueentry.h"

#include "app/documents/documentbuilder.h"

#include "db/model/agencyrecord.h"
#include "db/stores/review/meetingstore.h"
#include "db/result.h"
#include "db/status.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace cac {

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
    // "Censure (overridden; the ladder suggested Warning)": the committee's choice wins.
    static QString sanctionToDiscuss(const Item &item);
    // Why: the override's reason, else the reasons that flag the agency.
    static QString why(const Item &item);
    // The agenda as a table: order, agency, kind, county, priority, sanction to discuss, why.
    static void writeAgendaTable(DocumentBuilder &builder, const QList<Item> &items);
    // The briefing: the meeting, the agenda's table, then each agency with its reasons.
    static std::unique_ptr<PagedDocument> briefing(const MeetingStore::Meeting &meeting, const QList<Item> &items, int year,
                                                   bool demo, const QString &source);
    static QPageLayout pageLayout(); // US Letter, portrait
    // The briefing as a PDF (US Letter), readable by its owner only.
    static Status saveBriefing(const MeetingStore::Meeting &meeting, const QList<Item> &items, int year, bool demo,
                               const QString &source, const QString &path);
};

} // namespace cac
