#include "meetingagenda.h"

#include "reviewexplanation.h"
#include "reviewqueue.h"

#include "app/documents/htmlpdf.h"
#include "db/model/agencykind.h"
#include "db/stores/agencystore.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MeetingAgenda", text);
}
} // namespace

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
        const std::optional<AgencyRecord> agency = agencies.find(id);
        if (!agency)
            continue; // removed from the file since; its agenda row went with it
        const QueueEntry *entry = flagged.value(id);
        items.append({*agency, entry ? std::optional<QueueEntry>(*entry) : std::nullopt});
    }
    return items;
}

QString MeetingAgenda::briefingHtml(const MeetingStore::Meeting &meeting, const QList<Item> &items, int year, bool demo,
                                    const QString &source)
{
    QString html = QStringLiteral("<html><body style='font-size: 10pt;'>");
    html += tr("<h2>%1</h2>").arg(meeting.title.toHtmlEscaped());
    html += tr("<p>Meeting of %1%2. Review year %3: %4 agencies on the agenda.</p>")
                    .arg(meeting.heldOn.toString(Qt::ISODate),
                         meeting.chair.isEmpty() ? QString() : tr(", chaired by %1").arg(meeting.chair.toHtmlEscaped()))
                    .arg(year)
                    .arg(items.size());
    if (demo)
        html += tr("<p><b>Demo data, fictional agencies.</b></p>");
    html += tr("<p>Printed %1 from %2.</p>").arg(QDate::currentDate().toString(Qt::ISODate), source.toHtmlEscaped());
    int n = 0;
    for (const Item &item : items) {
        const AgencyRecord &a = item.agency;
        html += QStringLiteral("<hr><h3>%1. %2 (%3)</h3>").arg(++n).arg(a.name.toHtmlEscaped(), a.ori);
        html += QStringLiteral("<p>%1 · %2</p>")
                        .arg(a.kind.isEmpty() ? tr("kind not recorded") : AgencyKind::label(a.kind),
                             a.county.isEmpty() ? tr("county not recorded") : tr("%1 County").arg(a.county.toHtmlEscaped()));
        html += item.entry ? ReviewExplanation::html(*item.entry, year)
                           : tr("<p>Nothing flags this agency for %1, and no sanction is suggested.</p>").arg(year);
    }
    html += QStringLiteral("</body></html>");
    return html;
}

Status MeetingAgenda::saveBriefing(const MeetingStore::Meeting &meeting, const QList<Item> &items, int year, bool demo,
                                   const QString &source, const QString &path)
{
    return HtmlPdf::save(briefingHtml(meeting, items, year, demo, source), meeting.title, QPageLayout::Portrait, path);
}
