#include "db/sheets/form/reportingformlayout.h"

#include "db/import/reportcolumns.h"
#include "db/model/misusecategory.h"
#include "db/model/outcome.h"

#include <QCoreApplication>

namespace cac {

namespace {
constexpr int FirstOutcomeRow = 23;
constexpr int FirstCategoryRow = 32;
} // namespace

const QList<ReportingFormLayout::Entry> &ReportingFormLayout::entries()
{
    static const QList<Entry> list = [] {
        const QString count = QCoreApplication::translate("ReportingForm", "a whole number, 0 or more; leave empty if not known");
        QList<Entry> l = {
                {ReportColumns::Agency, 5, QCoreApplication::translate("ReportingForm", "Agency"), false, QString()},
                {ReportColumns::Ori, 6, QCoreApplication::translate("ReportingForm", "ORI"), false, QString()},
                {ReportColumns::County, 7, QCoreApplication::translate("ReportingForm", "County"), false, QString()},
                {ReportColumns::Year, 8, QCoreApplication::translate("ReportingForm", "Reporting year"), false, QString()},
                {ReportColumns::ContactName, 10, QCoreApplication::translate("ReportingForm", "Contact name"), true,
                 QCoreApplication::translate("ReportingForm", "who answers questions about this report")},
                {ReportColumns::ContactPhone, 11, QCoreApplication::translate("ReportingForm", "Contact phone"), true, QString()},
                {ReportColumns::ContactEmail, 12, QCoreApplication::translate("ReportingForm", "Contact e-mail"), true,
                 QString()},
                {ReportColumns::FiledDate, 15, QCoreApplication::translate("ReportingForm", "Date of this report"), true,
                 QCoreApplication::translate("ReportingForm", "a date, such as 2026-02-15")},
                {ReportColumns::Investigations, 16,
                 QCoreApplication::translate("ReportingForm", "Misuse investigations conducted"), true, count},
                {ReportColumns::ViolationsLow, 17,
                 QCoreApplication::translate("ReportingForm", "Violations found (lowest count)"), true, count},
                {ReportColumns::ViolationsHigh, 18,
                 QCoreApplication::translate("ReportingForm", "Violations found (highest count)"), true,
                 QCoreApplication::translate("ReportingForm", "the same as the lowest when the count is exact")},
                {ReportColumns::Individuals, 19,
                 QCoreApplication::translate("ReportingForm", "Individuals who committed the violations"), true, count},
                {ReportColumns::Pending, 20, QCoreApplication::translate("ReportingForm", "Investigations still pending"), true,
                 count},
        };
        for (int i = 0; i < Outcome::codes().size(); ++i)
            l.append({ReportColumns::FirstOutcome + i, FirstOutcomeRow + i, Outcome::label(Outcome::codes().at(i)), true, count});
        for (int i = 0; i < MisuseCategory::codes().size(); ++i)
            l.append({ReportColumns::FirstCategory + i, FirstCategoryRow + i,
                      MisuseCategory::bulletinWording(MisuseCategory::codes().at(i)), true, count});
        l.append({ReportColumns::Notes, FirstCategoryRow + MisuseCategory::Count + 1,
                  QCoreApplication::translate("ReportingForm", "Notes"), true,
                  QCoreApplication::translate("ReportingForm", "anything the committee should know about these figures")});
        return l;
    }();
    return list;
}

const QList<ReportingFormLayout::Heading> &ReportingFormLayout::headings()
{
    static const QList<Heading> list = {
            {4, QCoreApplication::translate("ReportingForm", "The agency")},
            {9, QCoreApplication::translate("ReportingForm", "Contact for this report (correct it if it has changed)")},
            {14, QCoreApplication::translate("ReportingForm", "The report")},
            {FirstOutcomeRow - 1, QCoreApplication::translate("ReportingForm", "Outcomes: how many employees received each")},
            {FirstCategoryRow - 1,
             QCoreApplication::translate("ReportingForm", "Violations in each category of DOJ's April 2018 bulletin")},
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

} // namespace cac
