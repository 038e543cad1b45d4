#include "packetagencypages.h"

#include "app/documents/documentbuilder.h"
#include "app/format/displaytext.h"
#include "app/review/reviewexplanation.h"
#include "db/model/agencykind.h"
#include "db/model/sanctionkind.h"
#include "db/model/servicestatus.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PacketAgencyPages", text);
}

QString number(const std::optional<int> &value)
{
    return value ? QLocale().toString(*value) : DisplayText::Unknown;
}

QString isoDate(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : DisplayText::Unknown;
}

void writeIdentity(DocumentBuilder &out, const PacketContent::Agency &agency)
{
    const AgencyRecord &a = agency.profile.agency;
    QString service = ServiceStatus::label(a.serviceStatus);
    if (a.serviceEndDate)
        service += tr(", ended %1").arg(DisplayText::longDate(*a.serviceEndDate));
    QList<std::pair<QString, QString>> facts = {
            {tr("Kind"), a.kind.isEmpty() ? DisplayText::Unknown : AgencyKind::label(a.kind)},
            {tr("County"), DisplayText::orUnknown(a.county)},
            {tr("Parent organisation"), DisplayText::orUnknown(a.parentOrg)},
            {tr("Sworn staff"), number(a.swornStaff)},
            {tr("CLETS service"), service},
    };
    if (a.immigrationWatch)
        facts.append({tr("Watched"), tr("for immigration enforcement use")});
    if (!agency.profile.contacts.isEmpty()) {
        const ContactRecord &c = agency.profile.contacts.first();
        QStringList parts{c.name};
        for (const QString &part : {c.role, c.phone, c.email}) {
            if (!part.isEmpty())
                parts << part;
        }
        facts.append({tr("Contact"), parts.join(QStringLiteral(", "))});
    } else {
        facts.append({tr("Contact"), tr("none on record")});
    }
    out.facts(facts);
}

void writeRecord(DocumentBuilder &out, const PacketContent::Agency &agency, int year)
{
    out.heading(tr("The record by year"), 3);
    const QList<MisuseReport> &reports = agency.profile.reports;
    int first = year - 9;
    if (!reports.isEmpty())
        first = std::max(first, reports.first().year);
    DocumentBuilder::Table table;
    table.headers = {tr("Year"),        tr("Filed"),   tr("Investigations"), tr("Violations"),
                     tr("Individuals"), tr("Pending"), tr("Notes")};
    table.widthPercent = {7, 13, 15, 13, 13, 10, 29};
    table.alignRight = {false, false, true, true, true, true};
    for (int y = first; y <= year; ++y) {
        const auto report = std::find_if(reports.cbegin(), reports.cend(), [y](const MisuseReport &r) { return r.year == y; });
        if (report == reports.cend()) {
            table.rows << QStringList{
                    QString::number(y),   tr("no report"), DisplayText::Unknown, DisplayText::Unknown, DisplayText::Unknown,
                    DisplayText::Unknown, QString()};
            continue;
        }
        QString filed = !report->filed ? DisplayText::Unknown : (*report->filed ? tr("yes") : tr("no"));
        if (report->filedDate)
            filed += QStringLiteral("\n") + report->filedDate->toString(Qt::ISODate);
        table.rows << QStringList{QString::number(y),
                                  filed,
                                  number(report->investigations),
                                  report->violations ? report->violations->toDisplayString() : DisplayText::Unknown,
                                  number(report->individuals),
                                  number(report->pending),
                                  report->notes};
    }
    out.table(table);
}

void writeSanctions(DocumentBuilder &out, const PacketContent::Agency &agency)
{
    out.heading(tr("Warnings and sanctions on record"), 3);
    if (agency.profile.sanctions.isEmpty()) {
        out.paragraph(tr("None on record."));
        return;
    }
    DocumentBuilder::Table table;
    table.headers = {tr("Kind"), tr("Issued"), tr("Ended"), tr("Reason")};
    table.widthPercent = {20, 14, 14, 52};
    for (const SanctionRecord &s : agency.profile.sanctions)
        table.rows << QStringList{SanctionKind::label(s.kind), s.issuedOn.toString(Qt::ISODate), isoDate(s.endedOn), s.reason};
    out.table(table);
}

void writeCalls(DocumentBuilder &out, const PacketContent::Agency &agency, int year)
{
    out.heading(tr("Outreach calls about the %1 report").arg(year), 3);
    if (agency.calls.isEmpty()) {
        out.paragraph(tr("No calls logged."));
        return;
    }
    DocumentBuilder::Table table;
    table.headers = {tr("Called"), tr("By"), tr("Outcome"), tr("Promised by"), tr("Follow up by"), tr("Notes")};
    table.widthPercent = {13, 14, 15, 12, 12, 34};
    for (const OutreachCall &c : agency.calls)
        table.rows << QStringList{c.calledAt.date().toString(Qt::ISODate),
                                  DisplayText::orUnknown(c.caller),
                                  OutreachCall::outcomeLabel(c.outcome),
                                  isoDate(c.promisedBy),
                                  isoDate(c.nextFollowUp),
                                  c.notes};
    out.table(table);
}

void writeDraft(DocumentBuilder &out, const PacketContent::Agency &agency)
{
    out.heading(tr("Latest letter draft"), 3);
    if (!agency.draft || !agency.draftText) {
        out.paragraph(tr("No letter drafted."));
        return;
    }
    const DraftStore::Draft &d = *agency.draft;
    const DraftStore::Version &v = *agency.draftText;
    out.paragraph(tr("%1: %2, version %3, saved %4 by %5.")
                          .arg(d.title, d.status)
                          .arg(v.version)
                          .arg(DisplayText::longDateTime(v.savedAt), DisplayText::orUnknown(v.savedBy)));
    const int begin = out.html(v.bodyHtml);
    if (d.status != u"adopted")
        out.markDraftFrom(begin);
}

} // namespace

void PacketAgencyPages::write(DocumentBuilder &out, const PacketContent::Agency &agency, int number, int year)
{
    const AgencyRecord &a = agency.profile.agency;
    out.pageBreak();
    out.heading(QStringLiteral("%1. %2 (%3)").arg(number).arg(a.name, a.ori), 2, DocumentBuilder::Contents::Listed);
    writeIdentity(out, agency);
    writeRecord(out, agency, year);
    out.heading(tr("Against its peers"), 3);
    out.chart(agency.againstPeers, QSizeF(6.5, 4));
    out.heading(tr("Why it is on the agenda"), 3);
    if (agency.item.entry)
        out.html(ReviewExplanation::html(*agency.item.entry, year));
    else
        out.paragraph(tr("Nothing flags this agency for %1, and no sanction is suggested.").arg(year));
    writeSanctions(out, agency);
    writeCalls(out, agency, year);
    writeDraft(out, agency);
}
