#include "meetingpacket.h"

#include "packetagencypages.h"

#include "app/documents/documentbuilder.h"
#include "app/format/displaytext.h"
#include "app/metrics/statewidemetrics.h"

#include <QCoreApplication>
#include <QLocale>

namespace cac {

namespace {

QString count(const std::optional<qint64> &value)
{
    return value ? QLocale().toString(*value) : DisplayText::Unknown;
}

QString violations(const YearSummary &s)
{
    if (!s.violationsLow)
        return DisplayText::Unknown;
    const qint64 high = s.violationsHigh.value_or(*s.violationsLow);
    return high == *s.violationsLow ? QLocale().toString(*s.violationsLow)
                                    : QStringLiteral("%1–%2").arg(QLocale().toString(*s.violationsLow), QLocale().toString(high));
}

QString compliance(const YearSummary &s)
{
    const std::optional<double> percent = s.compliancePercent();
    return percent
            ? QStringLiteral("%1% (%2 of %3)").arg(QLocale().toString(*percent, 'f', 1)).arg(s.agenciesFiled).arg(s.agenciesDue)
            : DisplayText::Unknown;
}

void writeCover(DocumentBuilder &out, const PacketContent &c)
{
    out.paragraph(QCoreApplication::translate("MeetingPacket", "CLETS Advisory Committee"), true);
    out.heading(c.meeting.title, 1);
    QList<std::pair<QString, QString>> facts = {
            {QCoreApplication::translate("MeetingPacket", "Meeting"), DisplayText::longDate(c.meeting.heldOn)},
            {QCoreApplication::translate("MeetingPacket", "Place"), DisplayText::orUnknown(c.meeting.place)},
            {QCoreApplication::translate("MeetingPacket", "Chair"), DisplayText::orUnknown(c.meeting.chair)},
            {QCoreApplication::translate("MeetingPacket", "Reporting year reviewed"), QString::number(c.year)},
            {QCoreApplication::translate("MeetingPacket", "Agencies on the agenda"), QString::number(c.agencies.size())}};
    out.facts(facts);
    if (c.demo)
        out.paragraph(QCoreApplication::translate("MeetingPacket", "Demo data, fictional agencies."), true);
    out.paragraph(QCoreApplication::translate(
                          "MeetingPacket",
                          "Printed %1 from %2. Unknown figures are shown as \"%3\", never as 0; a range such as 15–25 is "
                          "as the agency reported it.")
                          .arg(DisplayText::longDate(QDate::currentDate()), c.source, DisplayText::Unknown));
    out.pageBreak();
    out.heading(QCoreApplication::translate("MeetingPacket", "Contents"), 2);
    out.contentsHere();
}

void writeStatewide(DocumentBuilder &out, const PacketContent &c)
{
    out.pageBreak();
    out.heading(QCoreApplication::translate("MeetingPacket", "The statewide picture, %1").arg(c.year), 2,
                DocumentBuilder::Contents::Listed);
    if (!c.statewide) {
        out.paragraph(QCoreApplication::translate("MeetingPacket", "No agency was due to report for %1.").arg(c.year));
    } else {
        const YearSummary &s = *c.statewide;
        DocumentBuilder::Table table;
        table.headers = {QCoreApplication::translate("MeetingPacket", "Figure"), QString::number(c.year),
                         c.statewideBefore ? QString::number(c.year - 1) : QString()};
        table.widthPercent = {50, 25, 25};
        table.alignRight = {false, true, true};
        const auto row = [&](const QString &label, const std::function<QString(const YearSummary &)> &text) {
            table.rows << QStringList{label, text(s), c.statewideBefore ? text(*c.statewideBefore) : QString()};
        };
        row(QCoreApplication::translate("MeetingPacket", "Compliance: agencies that filed, of those due"), compliance);
        row(QCoreApplication::translate("MeetingPacket", "Investigations"), [](const YearSummary &y) {
            return QStringLiteral("%1 (%2 reports)").arg(count(y.investigations)).arg(y.investigationsReported);
        });
        row(QCoreApplication::translate("MeetingPacket", "Violations"),
            [](const YearSummary &y) { return QStringLiteral("%1 (%2 reports)").arg(violations(y)).arg(y.violationsReported); });
        row(QCoreApplication::translate("MeetingPacket", "Individuals"), [](const YearSummary &y) {
            return QStringLiteral("%1 (%2 reports)").arg(count(y.individuals)).arg(y.individualsReported);
        });
        out.table(table);
        out.paragraph(StatewideMetrics::complianceDefinition());
    }
    for (const ChartData &chart : c.statewideCharts)
        out.chart(chart, QSizeF(6.5, 4)); // the size the charts are tested to read whole at
}

} // namespace

QPageLayout MeetingPacket::pageLayout()
{
    return PagedDocument::letterPortrait(0.6);
}

std::unique_ptr<PagedDocument> MeetingPacket::document(const PacketContent &content, const DocumentChart::Painter &charts)
{
    PagedDocument::Frame frame;
    frame.runningTitle = QCoreApplication::translate("MeetingPacket", "%1, %2")
                                 .arg(content.meeting.title, DisplayText::longDate(content.meeting.heldOn));
    frame.footerNote = QCoreApplication::translate("MeetingPacket", "Meeting packet, printed %1")
                               .arg(DisplayText::longDate(QDate::currentDate()));
    frame.demo = content.demo;
    auto document = std::make_unique<PagedDocument>(frame, charts);
    DocumentBuilder out(*document);
    writeCover(out, content);
    writeStatewide(out, content);
    out.pageBreak();
    out.heading(QCoreApplication::translate("MeetingPacket", "The agenda"), 2, DocumentBuilder::Contents::Listed);
    QList<MeetingAgenda::Item> items;
    for (const PacketContent::Agency &a : content.agencies)
        items << a.item;
    MeetingAgenda::writeAgendaTable(out, items);
    int n = 0;
    for (const PacketContent::Agency &agency : content.agencies)
        PacketAgencyPages::write(out, agency, ++n, content.year);
    out.finish();
    return document;
}

Status MeetingPacket::savePdf(const PacketContent &content, const DocumentChart::Painter &charts, const QString &path)
{
    return document(content, charts)->savePdf(path, content.meeting.title, pageLayout());
}

} // namespace cac
