#include "db/sheets/form/reportingformlayout.h"

#include "db/import/reportcolumns.h"
#include "db/model/misusecategory.h"
#include "db/model/outcome.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportingForm", text);
}

constexpr int FirstOutcomeRow = 23;
constexpr int FirstCategoryRow = 32;
} // namespace

const QList<ReportingFormLayout::Entry> &ReportingFormLayout::entries()
{
    static const QList<Entry> list = [] {
        const QString count = tr("a whole number, 0 or more; leave empty if not known");
        QList<Entry> l = {
                {ReportColumns::Agency, 5, tr("Agency"), false, QString()},
                {ReportColumns::Ori, 6, tr("ORI"), false, QString()},
                {ReportColumns::County, 7, tr("County"), false, QString()},
                {ReportColumns::Year, 8, tr("Reporting year"), false, QString()},
                {ReportColumns::ContactName, 10, tr("Contact name"), true, tr("who answers questions about this report")},
                {ReportColumns::ContactPhone, 11, tr("Contact phone"), true, QString()},
                {ReportColumns::ContactEmail, 12, tr("Contact e-mail"), true, QString()},
                {ReportColumns::FiledDate, 15, tr("Date of this report"), true, tr("a date, such as 2026-02-15")},
                {ReportColumns::Investigations, 16, tr("Misuse investigations conducted"), true, count},
                {ReportColumns::ViolationsLow, 17, tr("Violations found (lowest count)"), true, count},
                {ReportColumns::ViolationsHigh, 18, tr("Violations found (highest count)"), true,
                 tr("the same as the lowest when the count is exact")},
                {ReportColumns::Individuals, 19, tr("Individuals who committed the violations"), true, count},
                {ReportColumns::Pending, 20, tr("Investigations still pending"), true, count},
        };
        for (int i = 0; i < Outcome::codes().size(); ++i)
            l.append({ReportColumns::FirstOutcome + i, FirstOutcomeRow + i, Outcome::label(Outcome::codes().at(i)), true, count});
        for (int i = 0; i < MisuseCategory::codes().size(); ++i)
            l.append({ReportColumns::FirstCategory + i, FirstCategoryRow + i,
                      MisuseCategory::bulletinWording(MisuseCategory::codes().at(i)), true, count});
        l.append({ReportColumns::Notes, FirstCategoryRow + MisuseCategory::Count + 1, tr("Notes"), true,
                  tr("anything the committee should know about these figures")});
        return l;
    }();
    return list;
}

const QList<ReportingFormLayout::Heading> &ReportingFormLayout::headings()
{
    static const QList<Heading> list = {
            {4, tr("The agency")},
            {9, tr("Contact for this report (correct it if it has changed)")},
            {14, tr("The report")},
            {FirstOutcomeRow - 1, tr("Outcomes: how many employees received each")},
            {FirstCategoryRow - 1, tr("Violations in each category of DOJ's April 2018 bulletin")},
    };
    return list;
}

const ReportingFormLayout::Entry *ReportingFormLayout::entryOf(int field)
{
    for (const Entry &entry : entries()) {
        if (entry.field == field)
            return &entry;
    }
    return nullptr;
}
