#include "callsheet.h"

#include "app/documents/documentbuilder.h"
#include "app/format/displaytext.h"

#include <QCoreApplication>
#include <QDate>

namespace cac {

namespace {

QString contactText(const OutreachEntry &e)
{
    if (e.contact.name.isEmpty())
        return QCoreApplication::translate("CallSheet", "no contact on record");
    QStringList lines{e.contact.name};
    for (const QString &line : {e.contact.role, e.contact.phone, e.contact.email}) {
        if (!line.isEmpty())
            lines << line;
    }
    return lines.join(u'\n');
}

QString lastCallText(const OutreachEntry &e)
{
    if (!e.lastCall)
        return QCoreApplication::translate("CallSheet", "not called yet");
    QStringList lines{e.lastCall->calledAt.date().toString(Qt::ISODate), OutreachCall::outcomeLabel(e.lastCall->outcome)};
    if (e.lastCall->promisedBy)
        lines << QCoreApplication::translate("CallSheet", "promised by %1").arg(e.lastCall->promisedBy->toString(Qt::ISODate));
    if (!e.lastCall->notes.isEmpty())
        lines << e.lastCall->notes;
    return lines.join(u'\n');
}

QString whyText(const OutreachEntry &e)
{
    QStringList why = e.reasons;
    if (e.yearsNotFiled > 1)
        why << QCoreApplication::translate("CallSheet", "%1 years not filed").arg(e.yearsNotFiled);
    return why.join(u'\n');
}

} // namespace

std::unique_ptr<PagedDocument> CallSheet::document(const QList<OutreachEntry> &entries, int year, bool demo,
                                                   const QString &source)
{
    PagedDocument::Frame frame;
    frame.runningTitle = QCoreApplication::translate("CallSheet", "Outreach call sheet: %1 misuse reports").arg(year);
    frame.footerNote = QCoreApplication::translate("CallSheet", "Printed %1 from %2")
                               .arg(DisplayText::longDate(QDate::currentDate()), source);
    frame.demo = demo;
    auto document = std::make_unique<PagedDocument>(frame);
    DocumentBuilder out(*document);
    out.heading(QCoreApplication::translate("CallSheet", "Outreach call sheet: %1 misuse reports").arg(year), 1);
    out.paragraph(QCoreApplication::translate("CallSheet", "%n agencies to call.", nullptr, int(entries.size())));
    if (demo)
        out.paragraph(QCoreApplication::translate("CallSheet", "Demo data, fictional agencies."), true);
    DocumentBuilder::Table table;
    table.headers = {QCoreApplication::translate("CallSheet", "Agency"),
                     QCoreApplication::translate("CallSheet", "Contact"),
                     QCoreApplication::translate("CallSheet", "Why"),
                     QCoreApplication::translate("CallSheet", "Last call"),
                     QCoreApplication::translate("CallSheet", "Follow up by"),
                     QCoreApplication::translate("CallSheet", "This call: outcome, promised date, notes")};
    table.widthPercent = {18, 19, 22, 14, 9, 18};
    table.firstLineBold = {true, true};
    for (const OutreachEntry &e : entries) {
        const std::optional<QDate> followUp = e.nextFollowUp();
        table.rows << QStringList{
                QStringLiteral("%1\n%2 · %3").arg(e.agency.name, e.agency.ori, DisplayText::orUnknown(e.agency.county)),
                contactText(e),
                whyText(e),
                lastCallText(e),
                followUp ? followUp->toString(Qt::ISODate) : DisplayText::Unknown,
                QStringLiteral("\n\n\n")}; // room to write
    }
    out.table(table);
    return document;
}

Status CallSheet::savePdf(const QList<OutreachEntry> &entries, int year, bool demo, const QString &source, const QString &path)
{
    return document(entries, year, demo, source)
            ->savePdf(path, QCoreApplication::translate("CallSheet", "Outreach call sheet %1").arg(year), pageLayout());
}

QPageLayout CallSheet::pageLayout()
{
    return PagedDocument::letterLandscape(0.5);
}

} // namespace cac
