#include "letterplaceholders.h"

#include <QCoreApplication>

namespace cac {

namespace {
// This file's strings, in the translation context lupdate gathers them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LetterPlaceholders)
};
} // namespace

const QList<LetterPlaceholders::Placeholder> &LetterPlaceholders::all()
{
    static const QList<Placeholder> list = {
            {QStringLiteral("today"), Text::tr("today's date"), {}},
            {QStringLiteral("year"), Text::tr("the reporting year of the letter"), {}},
            {QStringLiteral("deadline"), Text::tr("the date that year's report was due"), {}},
            {QStringLiteral("agency.name"), Text::tr("the agency's name"), {}},
            {QStringLiteral("agency.ori"), Text::tr("its ORI"), {}},
            {QStringLiteral("agency.kind"), Text::tr("its kind"), {}},
            {QStringLiteral("agency.county"), Text::tr("its county"), {}},
            {QStringLiteral("agency.parent_org"), Text::tr("its parent organisation"), {}},
            {QStringLiteral("agency.sworn_staff"), Text::tr("its sworn staff"), {}},
            {QStringLiteral("agency.service_status"), Text::tr("its CLETS service: active, suspended, removed, ended"), {}},
            {QStringLiteral("contact.name"), Text::tr("the contact's name (a section: only when there is one)"), {}},
            {QStringLiteral("contact.role"), Text::tr("the contact's role"), {}},
            {QStringLiteral("contact.phone"), Text::tr("the contact's phone"), {}},
            {QStringLiteral("contact.email"), Text::tr("the contact's email"), {}},
            {QStringLiteral("last_filing_date"), Text::tr("the date of the last report filed"), {}},
            {QStringLiteral("not_filed.any"), Text::tr("a section shown when the year's report is not filed"), {}},
            {QStringLiteral("not_filed.several"), Text::tr("a section shown when two or more years in a row are not filed"), {}},
            {QStringLiteral("not_filed.count"), Text::tr("years in a row not filed"), {}},
            {QStringLiteral("not_filed.years"), Text::tr("those years, as \"2016, 2017 and 2018\""), {}},
            {QStringLiteral("warnings.any"), Text::tr("a section shown when warnings or sanctions are on record"), {}},
            {QStringLiteral("warnings.list"), Text::tr("the warnings and sanctions (a list)"), {}},
            {QStringLiteral("date"), Text::tr("a warning's date"), QStringLiteral("warnings.list")},
            {QStringLiteral("kind"), Text::tr("warning, censure, suspension or removal"), QStringLiteral("warnings.list")},
            {QStringLiteral("reason"), Text::tr("why it was given"), QStringLiteral("warnings.list")},
            {QStringLiteral("reports"), Text::tr("the reports on record, by year (a list)"), {}},
            {QStringLiteral("year"), Text::tr("a report's year"), QStringLiteral("reports")},
            {QStringLiteral("filed"), Text::tr("yes, no or not reported"), QStringLiteral("reports")},
            {QStringLiteral("investigations"), Text::tr("investigations"), QStringLiteral("reports")},
            {QStringLiteral("violations"), Text::tr("violations, \"15 to 25\" for a range"), QStringLiteral("reports")},
            {QStringLiteral("individuals"), Text::tr("individuals"), QStringLiteral("reports")},
            {QStringLiteral("pending"), Text::tr("investigations still open"), QStringLiteral("reports")},
            {QStringLiteral("flags"), Text::tr("the review queue's reasons for the year (a list)"), {}},
            {QStringLiteral("sentence"), Text::tr("a reason, in a sentence"), QStringLiteral("flags")},
            {QStringLiteral("suggestion.sanction"), Text::tr("the suggested sanction"), {}},
            {QStringLiteral("suggestion.reasons"), Text::tr("why it is suggested"), {}},
            {QStringLiteral("review.flagged"),
             Text::tr("a section shown when the review queue flags the agency for the year"),
             {}},
            {QStringLiteral("override.any"), Text::tr("a section shown when the committee overrode the suggested sanction"), {}},
            {QStringLiteral("override.sanction"), Text::tr("the sanction the committee chose"), {}},
            {QStringLiteral("override.reason"), Text::tr("why it chose it"), {}},
            {QStringLiteral("override.date"), Text::tr("when it chose it"), {}},
            {QStringLiteral("record.any"), Text::tr("a section shown when the agency has filed a report up to the year"), {}},
            {QStringLiteral("record.none"), Text::tr("a section shown when it has filed none"), {}},
            {QStringLiteral("record.investigations_any"),
             Text::tr("a section shown when its reports count some investigations"),
             {}},
            {QStringLiteral("record.investigations_none"),
             Text::tr("a section shown when its filed reports count no investigations"),
             {}},
            {QStringLiteral("record.investigations"), Text::tr("its investigations, as \"4 misuse investigations\""), {}},
            {QStringLiteral("record.violations"), Text::tr("its violations, as \"15 to 25 violations\""), {}},
            {QStringLiteral("record.immigration_any"),
             Text::tr("a section shown when it reports violations for immigration enforcement"),
             {}},
            {QStringLiteral("record.immigration"), Text::tr("how many"), {}},
            {QStringLiteral("record.first_year"), Text::tr("the year of its first filed report"), {}},
            {QStringLiteral("last_filing.dated"), Text::tr("a section shown when its last filed report has a date"), {}},
            {QStringLiteral("last_filing.undated"), Text::tr("a section shown when it has none"), {}},
            {QStringLiteral("last_filing.none"), Text::tr("a section shown when no report is filed"), {}},
            {QStringLiteral("last_filing.date"), Text::tr("the date the last report was filed"), {}},
            {QStringLiteral("last_filing.year"), Text::tr("the year of the last report filed"), {}},
            {QStringLiteral("meeting.date"), Text::tr("the committee meeting's date (--set meeting.date=...)"), {}},
            {QStringLiteral("meeting.chair"), Text::tr("the chair's name (--set meeting.chair=...)"), {}},
            {QStringLiteral("demo"), Text::tr("a section shown for demo data"), {}},
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
