#include "meetingagenda.h"

#include "reviewexplanation.h"
#include "reviewqueue.h"

#include "app/format/displaytext.h"
#include "db/model/agencykind.h"
#include "db/stores/records/agencystore.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace cac {

Result<QList<MeetingAgenda::Item>> MeetingAgenda::load(QSqlDatabase db, qint64 meetingId, int year)
{
    using R = Result<QList<Item>>;
    const Result<QList<qint64>> agenda = MeetingStore(db).agenda(meetingId);
    if (!agenda.ok())
        return R::failure(agenda.error());
    const Result<QList<QueueEntry>> queue = ReviewQueue::loadFor(db, agenda.value(), year);
    if (!queue.ok())
        return R::failure(queue.error());
    QHash<qint64, const QueueEntry *> flagged;
    for (const QueueEntry &e : queue.value())
        flagged.insert(e.agency.id, &e);
    const AgencyStore agencies(db);
    QList<Item> items;
    for (const qint64 id : agenda.value()) {
        const Result<std::optional<AgencyRecord>> found = agencies.find(id);
        if (!found.ok())
            return Result<QList<Item>>::failure(found.error());
        const std::optional<AgencyRecord> &agency = found.value();
        if (!agency)
            continue; // removed from the file since; its agenda row went with it
        const QueueEntry *entry = flagged.value(id);
        items.append({*agency, entry ? std::optional<QueueEntry>(*entry) : std::nullopt});
    }
    return items;
}

QString MeetingAgenda::sanctionToDiscuss(const Item &item)
{
    if (!item.entry)
        return QCoreApplication::translate("MeetingAgenda", "none: not flagged this year");
    const QueueEntry &e = *item.entry;
    const QString suggested = SanctionStep::label(e.suggestion.level);
    if (!e.override)
        return QCoreApplication::translate("MeetingAgenda", "%1 (suggested)").arg(suggested);
    return QCoreApplication::translate("MeetingAgenda", "%1 (overridden; the ladder suggested %2)")
            .arg(SanctionStep::label(SanctionStep::fromCode(e.override->chosen)), suggested);
}

QString MeetingAgenda::why(const Item &item)
{
    if (!item.entry)
        return QCoreApplication::translate("MeetingAgenda", "Nothing flags this agency for the year.");
    if (item.entry->override)
        return QCoreApplication::translate("MeetingAgenda", "Override: %1").arg(item.entry->override->reason);
    QStringList reasons;
    for (const ReviewFlag &f : item.entry->flags)
        reasons << f.sentence;
    return reasons.join(u'\n');
}

void MeetingAgenda::writeAgendaTable(DocumentBuilder &builder, const QList<Item> &items)
{
    DocumentBuilder::Table table;
    table.headers = {QCoreApplication::translate("MeetingAgenda", "#"),
                     QCoreApplication::translate("MeetingAgenda", "Agency"),
                     QCoreApplication::translate("MeetingAgenda", "Kind"),
                     QCoreApplication::translate("MeetingAgenda", "County"),
                     QCoreApplication::translate("MeetingAgenda", "Priority"),
                     QCoreApplication::translate("MeetingAgenda", "Sanction to discuss"),
                     QCoreApplication::translate("MeetingAgenda", "Why")};
    table.widthPercent = {4, 21, 12, 11, 9, 17, 26};
    table.firstLineBold = {false, true};
    table.alignRight = {true, false, false, false, true};
    int n = 0;
    for (const Item &item : items) {
        const AgencyRecord &a = item.agency;
        table.rows << QStringList{QString::number(++n),
                                  QStringLiteral("%1\n%2").arg(a.name, a.ori),
                                  a.kind.isEmpty() ? DisplayText::Unknown : AgencyKind::label(a.kind),
                                  DisplayText::orUnknown(a.county),
                                  item.entry ? QString::number(item.entry->score) : DisplayText::Unknown,
                                  sanctionToDiscuss(item),
                                  why(item)};
    }
    builder.table(table);
}

std::unique_ptr<PagedDocument> MeetingAgenda::briefing(const MeetingStore::Meeting &meeting, const QList<Item> &items, int year,
                                                       bool demo, const QString &source)
{
    PagedDocument::Frame frame;
    frame.runningTitle =
            QCoreApplication::translate("MeetingAgenda", "%1, %2").arg(meeting.title, DisplayText::longDate(meeting.heldOn));
    frame.footerNote = QCoreApplication::translate("MeetingAgenda", "Briefing printed %1 from %2")
                               .arg(DisplayText::longDate(QDate::currentDate()), source);
    frame.demo = demo;
    auto document = std::make_unique<PagedDocument>(frame);
    DocumentBuilder out(*document);
    out.heading(meeting.title, 1);
    QList<std::pair<QString, QString>> facts = {
            {QCoreApplication::translate("MeetingAgenda", "Meeting"), DisplayText::longDate(meeting.heldOn)}};
    if (!meeting.place.isEmpty())
        facts.append({QCoreApplication::translate("MeetingAgenda", "Place"), meeting.place});
    if (!meeting.chair.isEmpty())
        facts.append({QCoreApplication::translate("MeetingAgenda", "Chair"), meeting.chair});
    facts.append({QCoreApplication::translate("MeetingAgenda", "Review year"), QString::number(year)});
    facts.append({QCoreApplication::translate("MeetingAgenda", "On the agenda"),
                  QCoreApplication::translate("MeetingAgenda", "%n agencies", nullptr, int(items.size()))});
    out.facts(facts);
    if (demo)
        out.paragraph(QCoreApplication::translate("MeetingAgenda", "Demo data, fictional agencies."), true);
    out.heading(QCoreApplication::translate("MeetingAgenda", "The agenda"), 2);
    writeAgendaTable(out, items);
    int n = 0;
    for (const Item &item : items) {
        const AgencyRecord &a = item.agency;
        out.heading(QStringLiteral("%1. %2 (%3)").arg(++n).arg(a.name, a.ori), 2);
        out.paragraph(QStringLiteral("%1 · %2").arg(
                a.kind.isEmpty() ? QCoreApplication::translate("MeetingAgenda", "kind not recorded") : AgencyKind::label(a.kind),
                a.county.isEmpty() ? QCoreApplication::translate("MeetingAgenda", "county not recorded")
                                   : QCoreApplication::translate("MeetingAgenda", "%1 County").arg(a.county)));
        if (item.entry)
            out.html(ReviewExplanation::html(*item.entry, year));
        else
            out.paragraph(QCoreApplication::translate("MeetingAgenda",
                                                      "Nothing flags this agency for %1, and no sanction is suggested.")
                                  .arg(year));
    }
    return document;
}

Status MeetingAgenda::saveBriefing(const MeetingStore::Meeting &meeting, const QList<Item> &items, int year, bool demo,
                                   const QString &source, const QString &path)
{
    return briefing(meeting, items, year, demo, source)->savePdf(path, meeting.title, pageLayout());
}

QPageLayout MeetingAgenda::pageLayout()
{
    return PagedDocument::letterPortrait(0.6);
}

} // namespace cac
