#include "sanctionladder.h"

#include "app/format/displaytext.h"

#include "db/model/misusecategory.h"
#include "db/model/sanctionkind.h"

#include <QCoreApplication>

namespace cac {

SanctionStep SanctionLadder::suggest(const AgencyHistory &h, int year, const QList<ReviewFlag> &flags,
                                     const ReviewSettings &settings)
{
    Q_UNUSED(flags);
    SanctionStep step;
    const QDate deadline = settings.deadline(year);
    const SanctionRecord *warning = nullptr;
    SanctionStep::Level highest = SanctionStep::None;
    const SanctionRecord *highestRecord = nullptr;
    for (const SanctionRecord &s : h.sanctions) {
        if (s.issuedOn > deadline)
            continue;
        if (s.kind == SanctionKind::Warning && !warning)
            warning = &s;
        const SanctionStep::Level level = SanctionStep::fromCode(s.kind);
        if (level >= highest && level != SanctionStep::None) {
            highest = level;
            highestRecord = &s;
        }
    }
    if (h.isDue(year) && !h.filed(year)) {
        step.reasons << QCoreApplication::translate("SanctionLadder", "Did not file the %1 misuse report.").arg(year);
        if (highest == SanctionStep::Suspension || highest == SanctionStep::Removal) {
            step.level = SanctionStep::Removal;
            step.reasons << QCoreApplication::translate("SanctionLadder",
                                                        "It was already suspended (%1) and still does not file: removal of CLETS "
                                                        "service is the next step.")
                                    .arg(DisplayText::longDate(highestRecord->issuedOn));
        } else if (highest == SanctionStep::Censure) {
            step.level = SanctionStep::Suspension;
            step.reasons << QCoreApplication::translate(
                                    "SanctionLadder",
                                    "It was censured (%1) and still does not file: suspension of service is the next step.")
                                    .arg(DisplayText::longDate(highestRecord->issuedOn));
        } else if (warning && warning->issuedOn.addMonths(int(settings.value("warning_lead_months"))) <= deadline) {
            step.level = SanctionStep::Suspension;
            step.reasons << QCoreApplication::translate(
                                    "SanctionLadder",
                                    "It was warned on %1, at least %2 months before the deadline of %3, and still did not file: "
                                    "suspension of service.")
                                    .arg(DisplayText::longDate(warning->issuedOn))
                                    .arg(settings.value("warning_lead_months"))
                                    .arg(DisplayText::longDate(deadline));
        } else if (warning) {
            step.level = SanctionStep::Censure;
            step.reasons << QCoreApplication::translate(
                                    "SanctionLadder",
                                    "It was warned on %1, less than %2 months before the deadline: a letter of censure first.")
                                    .arg(DisplayText::longDate(warning->issuedOn))
                                    .arg(settings.value("warning_lead_months"));
        } else {
            step.level = SanctionStep::Censure;
            step.reasons << QCoreApplication::translate("SanctionLadder",
                                                        "No warning is on record: a letter of censure is the first step.");
        }
    }
    const MisuseReport *r = h.report(year);
    const int immigration = int(MisuseCategory::codes().indexOf(QStringLiteral("immigration_enforcement")));
    if (r && r->categories[immigration].value_or(0) > 0 && step.level < SanctionStep::Censure) {
        step.level = SanctionStep::Censure;
        step.reasons << QCoreApplication::translate(
                "SanctionLadder",
                "It reported CLETS use for immigration enforcement, which the PPP forbids since February 2019: "
                "at least a letter of censure.");
    }
    if (step.reasons.isEmpty())
        step.reasons << QCoreApplication::translate("SanctionLadder", "It filed, and nothing on record calls for a sanction.");
    return step;
}

} // namespace cac
