#include "packetloader.h"

#include "app/charts/chartdatabuilder.h"
#include "app/metrics/agencyprofileloader.h"
#include "app/metrics/statewidemetrics.h"
#include "db/stores/outreach/outreachstore.h"

#include <QCoreApplication>

namespace cac {

namespace {

// The latest draft that is not withdrawn, with its latest saved text.
Status loadDraft(QSqlDatabase db, PacketContent::Agency &agency)
{
    const DraftStore drafts(db);
    const Result<QList<DraftStore::Draft>> all = drafts.forAgency(agency.item.agency.id); // latest first
    if (!all.ok())
        return Status::failure(all.error());
    for (const DraftStore::Draft &draft : all.value()) {
        if (draft.status == u"withdrawn")
            continue;
        const Result<QList<DraftStore::Version>> versions = drafts.versions(draft.id);
        if (!versions.ok())
            return Status::failure(versions.error());
        agency.draft = draft;
        if (!versions.value().isEmpty())
            agency.draftText = versions.value().last();
        break;
    }
    return Status::success();
}

} // namespace

Result<PacketContent> PacketLoader::load(QSqlDatabase db, qint64 meetingId, int year, const QString &source, bool demo)
{
    using R = Result<PacketContent>;
    const Result<std::optional<MeetingStore::Meeting>> meeting = MeetingStore(db).find(meetingId);
    if (!meeting.ok())
        return R::failure(meeting.error());
    if (!meeting.value())
        return R::failure(QCoreApplication::translate("PacketLoader", "There is no meeting %1 in this database").arg(meetingId));
    PacketContent content;
    content.meeting = *meeting.value();
    content.year = year;
    content.demo = demo;
    content.source = source;

    MetricsFilter tenYears;
    tenYears.fromYear = year - 9;
    tenYears.toYear = year;
    const Result<QList<YearSummary>> statewide = StatewideMetrics(db).byYear(tenYears);
    if (!statewide.ok())
        return R::failure(statewide.error());
    for (const YearSummary &summary : statewide.value()) {
        if (summary.year == year)
            content.statewide = summary;
        if (summary.year == year - 1)
            content.statewideBefore = summary;
    }
    const ChartDataBuilder charts(db, source);
    for (const Result<ChartData> &chart : {charts.compliance(tenYears), charts.activity(tenYears), charts.categories(tenYears)}) {
        if (!chart.ok())
            return R::failure(chart.error());
        content.statewideCharts << chart.value();
    }

    const Result<QList<MeetingAgenda::Item>> items = MeetingAgenda::load(db, meetingId, year);
    if (!items.ok())
        return R::failure(items.error());
    const Result<QList<OutreachCall>> calls = OutreachStore(db).calls(year);
    if (!calls.ok())
        return R::failure(calls.error());
    const AgencyProfileLoader profiles(db);
    for (const MeetingAgenda::Item &item : items.value()) {
        PacketContent::Agency agency;
        agency.item = item;
        const Result<AgencyProfile> profile = profiles.load(item.agency.id);
        if (!profile.ok())
            return R::failure(profile.error());
        agency.profile = profile.value();
        for (const OutreachCall &call : calls.value()) {
            if (call.agencyId == item.agency.id)
                agency.calls << call;
        }
        if (const Status draft = loadDraft(db, agency); !draft.ok())
            return R::failure(draft.error());
        const Result<ChartData> peers =
                charts.againstPeers(item.agency.ori, ChartDataBuilder::Metric::Violations, false, tenYears);
        if (!peers.ok())
            return R::failure(peers.error());
        agency.againstPeers = peers.value();
        content.agencies << agency;
    }
    return content;
}

} // namespace cac
