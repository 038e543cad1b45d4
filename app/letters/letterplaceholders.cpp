#include "letterplaceholders.h"

#include <QCoreApplication>

namespace cac {

const QList<LetterPlaceholders::Placeholder> &LetterPlaceholders::all()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("LetterPlaceholders", text); };
    static const QList<Placeholder> list = {
            {QStringLiteral("today"), tr("today's date"), {}},
            {QStringLiteral("year"), tr("the reporting year of the letter"), {}},
            {QStringLiteral("deadline"), tr("the date that year's report was due"), {}},
            {QStringLiteral("agency.name"), tr("the agency's name"), {}},
            {QStringLiteral("agency.ori"), tr("its ORI"), {}},
            {QStringLiteral("agency.kind"), tr("its kind"), {}},
            {QStringLiteral("agency.county"), tr("its county"), {}},
            {QStringLiteral("agency.parent_org"), tr("its parent organisation"), {}},
            {QStringLiteral("agency.sworn_staff"), tr("its sworn staff"), {}},
            {QStringLiteral("agency.service_status"), tr("its CLETS service: active, suspended, removed, ended"), {}},
            {QStringLiteral("contact.name"), tr("the contact's name (a section: only when there is one)"), {}},
            {QStringLiteral("contact.role"), tr("the contact's role"), {}},
            {QStringLiteral("contact.phone"), tr("the contact's phone"), {}},
            {QStringLiteral("contact.email"), tr("the contact's email"), {}},
            {QStringLiteral("last_filing_date"), tr("the date of the last report filed"), {}},
            {QStringLiteral("not_filed.any"), tr("a section shown when the year's report is not filed"), {}},
            {QStringLiteral("not_filed.several"), tr("a section shown when two or more years in a row are not filed"), {}},
            {QStringLiteral("not_filed.count"), tr("years in a row not filed"), {}},
            {QStringLiteral("not_filed.years"), tr("those years, as \"2016, 2017 and 2018\""), {}},
            {QStringLiteral("warnings.any"), tr("a section shown when warnings or sanctions are on record"), {}},
            {QStringLiteral("warnings.list"), tr("the warnings and sanctions (a list)"), {}},
            {QStringLiteral("date"), tr("a warning's date"), QStringLiteral("warnings.list")},
            {QStringLiteral("kind"), tr("warning, censure, suspension or removal"), QStringLiteral("warnings.list")},
            {QStringLiteral("reason"), tr("why it was given"), QStringLiteral("warnings.list")},
            {QStringLiteral("reports"), tr("the reports on record, by year (a list)"), {}},
            {QStringLiteral("year"), tr("a report's year"), QStringLiteral("reports")},
            {QStringLiteral("filed"), tr("yes, no or not reported"), QStringLiteral("reports")},
            {QStringLiteral("investigations"), tr("investigations"), QStringLiteral("reports")},
            {QStringLiteral("violations"), tr("violations, \"15 to 25\" for a range"), QStringLiteral("reports")},
            {QStringLiteral("individuals"), tr("individuals"), QStringLiteral("reports")},
            {QStringLiteral("pending"), tr("investigations still open"), QStringLiteral("reports")},
            {QStringLiteral("flags"), tr("the review queue's reasons for the year (a list)"), {}},
            {QStringLiteral("sentence"), tr("a reason, in a sentence"), QStringLiteral("flags")},
            {QStringLiteral("suggestion.sanction"), tr("the suggested sanction"), {}},
            {QStringLiteral("suggestion.reasons"), tr("why it is suggested"), {}},
            {QStringLiteral("review.flagged"), tr("a section shown when the review queue flags the agency for the year"), {}},
            {QStringLiteral("override.any"), tr("a section shown when the committee overrode the suggested sanction"), {}},
            {QStringLiteral("override.sanction"), tr("the sanction the committee chose"), {}},
            {QStringLiteral("override.reason"), tr("why it chose it"), {}},
            {QStringLiteral("override.date"), tr("when it chose it"), {}},
            {QStringLiteral("record.any"), tr("a section shown when the agency has filed a report up to the year"), {}},
            {QStringLiteral("record.none"), tr("a section shown when it has filed none"), {}},
            {QStringLiteral("record.investigations_any"), tr("a section shown when its reports count some investigations"), {}},
            {QStringLiteral("record.investigations_none"),
             tr("a section shown when its filed reports count no investigations"),
             {}},
            {QStringLiteral("record.investigations"), tr("its investigations, as \"4 misuse investigations\""), {}},
            {QStringLiteral("record.violations"), tr("its violations, as \"15 to 25 violations\""), {}},
            {QStringLiteral("record.immigration_any"),
             tr("a section shown when it reports violations for immigration enforcement"),
             {}},
            {QStringLiteral("record.immigration"), tr("how many"), {}},
            {QStringLiteral("record.first_year"), tr("the year of its first filed report"), {}},
            {QStringLiteral("last_filing.dated"), tr("a section shown when its last filed report has a date"), {}},
            {QStringLiteral("last_filing.undated"), tr("a section shown when it has none"), {}},
            {QStringLiteral("last_filing.none"), tr("a section shown when no report is filed"), {}},
            {QStringLiteral("last_filing.date"), tr("the date the last report was filed"), {}},
            {QStringLiteral("last_filing.year"), tr("the year of the last report filed"), {}},
            {QStringLiteral("meeting.date"), tr("the committee meeting's date (--set meeting.date=...)"), {}},
            {QStringLiteral("meeting.chair"), tr("the chair's name (--set meeting.chair=...)"), {}},
            {QStringLiteral("demo"), tr("a section shown for demo data"), {}},
    };
    return list;
}

bool LetterPlaceholders::isTopLevel(const QString &name)
{
    for (const Placeholder &p : all()) {
        if (p.list.isEmpty() && p.name == name)
            return true;
    }
    return false;
}

bool LetterPlaceholders::isInList(const QString &list, const QString &name)
{
    for (const Placeholder &p : all()) {
        if (p.list == list && p.name == name)
            return true;
    }
    return false;
}

const QStringList &LetterPlaceholders::settable()
{
    static const QStringList keys = {QStringLiteral("meeting.chair"), QStringLiteral("meeting.date")};
    return keys;
}

bool LetterPlaceholders::isList(const QString &name)
{
    return name == u"reports" || name == u"flags" || name == u"warnings.list";
}

} // namespace cac
