#include "packetagencypages.h"

#include "app/documents/documentbuilder.h"
#include "app/format/displaytext.h"
#include "app/review/reviewexplanation.h"
#include "db/model/agencykind.h"
#include "db/model/sanctionkind.h"
#include "db/model/servicestatus.h"

#include <QCoreApplication>
#include <QLocale>

namespace cac {

namespace {

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
        service += QCoreApplication::translate("PacketAgencyPages", ", ended %1").arg(DisplayText::longDate(*a.serviceEndDate));
    QList<std::pair<QString, QString>> facts = {
            {QCoreApplication::translate("PacketAgencyPages", "Kind"),
             a.kind.isEmpty() ? DisplayText::Unknown : AgencyKind::label(a.kind)},
            {QCoreApplication::translate("PacketAgencyPages", "County"), DisplayText::orUnknown(a.county)},
            {QCoreApplication::translate("PacketAgencyPages", "Parent organisation"), DisplayText::orUnknown(a.parentOrg)},
            {QCoreApplication::translate("PacketAgencyPages", "Sworn staff"), number(a.swornStaff)},
            {QCoreApplication::translate("PacketAgencyPages", "CLETS service"), service},
    };
    if (a.immigrationWatch)
        facts.append({QCoreApplication::translate("PacketAgencyPages", "Watched"),
                      QCoreApplication::translate("PacketAgencyPages", "for immigration enforcement use")});
    if (!agency.profile.contacts.isEmpty()) {
        const ContactRecord &c = agency.profile.contacts.first();
        QStringList parts{c.name};
        for (const QString &part : {c.role, c.phone, c.email}) {
            if (!part.isEmpty())
                parts << part;
        }
        facts.append({QCoreApplication::translate("PacketAgencyPages", "Contact"), parts.join(QStringLiteral(", "))});
    } else {
        facts.append({QCoreApplication::translate("PacketAgencyPages", "Contact"),
                      QCoreApplication::translate("PacketAgencyPages", "none on record")});
    }
    out.facts(facts);
}

void writeRecord(DocumentBuilder &out, const PacketContent::Agency &agency, int year)
{
    out.heading(QCoreApplication::translate("PacketAgencyPages", "The record by year"), 3);
    const QList<MisuseReport> &reports = agency.profile.reports;
    int first = year - 9;
    if (!reports.isEmpty())
        first = std::max(first, reports.first().year);
    DocumentBuilder::Table table;
    table.headers = {QCoreApplication::translate("PacketAgencyPages", "Year"),
                     QCoreApplication::translate("PacketAgencyPages", "Filed"),
                     QCoreApplication::translate("PacketAgencyPages", "Investigations"),
                     QCoreApplication::translate("PacketAgencyPages", "Violations"),
                     QCoreApplication::translate("PacketAgencyPages", "Individuals"),
                     QCoreApplication::translate("PacketAgencyPages", "Pending"),
                     QCoreApplication::translate("PacketAgencyPages", "Notes")};
    table.widthPercent = {7, 13, 15, 13, 13, 10, 29};
    table.alignRight = {false, false, true, true, true, true};
    for (int y = first; y <= year; ++y) {
        const auto report = std::find_if(reports.cbegin(), reports.cend(), [y](const MisuseReport &r) { return r.year == y; });
        if (report == reports.cend()) {
            table.rows << QStringList{QString::number(y),
                                      QCoreApplication::translate("PacketAgencyPages", "no report"),
                                      DisplayText::Unknown,
                                      DisplayText::Unknown,
                                      DisplayText::Unknown,
                                      DisplayText::Unknown,
                                      QString()};
            continue;
        }
        QString filed = !report->filed ? DisplayText::Unknown
                                       : (*report->filed ? QCoreApplication::translate("PacketAgencyPages", "yes")
                                                         : QCoreApplication::translate("PacketAgencyPages", "no"));
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
    out.heading(QCoreApplication::translate("PacketAgencyPages", "Warnings and sanctions on record"), 3);
    if (agency.profile.sanctions.isEmpty()) {
        out.paragraph(QCoreApplication::translate("PacketAgencyPages", "None on record."));
        return;
    }
    DocumentBuilder::Table table;
    table.headers = {QCoreApplication::translate("PacketAgencyPages", "Kind"),
                     QCoreApplication::translate("PacketAgencyPages", "Issued"),
                     QCoreApplication::translate("PacketAgencyPages", "Ended"),
                     QCoreApplication::translate("PacketAgencyPages", "Reason")};
    table.widthPercent = {20, 14, 14, 52};
    for (const SanctionRecord &s : agency.profile.sanctions)
        table.rows << QStringList{SanctionKind::label(s.kind), s.issuedOn.toString(Qt::ISODate), isoDate(s.endedOn), s.reason};
    out.table(table);
}

void writeCalls(DocumentBuilder &out, const PacketContent::Agency &agency, int year)
{
    out.heading(QCoreApplication::translate("PacketAgencyPages", "Outreach calls about the %1 report").arg(year), 3);
    if (agency.calls.isEmpty()) {
        out.paragraph(QCoreApplication::translate("PacketAgencyPages", "No calls logged."));
        return;
    }
    DocumentBuilder::Table table;
    table.headers = {QCoreApplication::translate("PacketAgencyPages", "Called"),
                     QCoreApplication::translate("PacketAgencyPages", "By"),
                     QCoreApplication::translate("PacketAgencyPages", "Outcome"),
                     QCoreApplication::translate("PacketAgencyPages", "Promised by"),
                     QCoreApplication::translate("PacketAgencyPages", "Follow up by"),
                     QCoreApplication::translate("PacketAgencyPages", "Notes")};
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
    out.heading(QCoreApplication::translate("PacketAgencyPages", "Latest letter draft"), 3);
    if (!agency.draft || !agency.draftText) {
        out.paragraph(QCoreApplication::translate("PacketAgencyPages", "No letter drafted."));
        return;
    }
    const DraftStore::Draft &d = *agency.draft;
    const DraftStore::Version &v = *agency.draftText;
    out.paragraph(QCoreApplication::translate("PacketAgencyPages", "%1: %2, version %3, saved %4 by %5.")
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
    out.heading(QCoreApplication::translate("PacketAgencyPages", "Against its peers"), 3);
    out.chart(agency.againstPeers, QSizeF(6.5, 4));
    out.heading(QCoreApplication::translate("PacketAgencyPages", "Why it is on the agenda"), 3);
    if (agency.item.entry)
        out.html(ReviewExplanation::html(*agency.item.entry, year));
    else
        out.paragraph(QCoreApplication::translate("PacketAgencyPages",
                                                  "Nothing flags this agency for %1, and no sanction is suggested.")
                              .arg(year));
    writeSanctions(out, agency);
    writeCalls(out, agency, year);
    writeDraft(out, agency);
}

} // namespace cac
