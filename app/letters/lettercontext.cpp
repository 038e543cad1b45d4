#include "lettercontext.h"

#include "app/format/displaytext.h"
#include "app/metrics/agencyprofileloader.h"
#include "app/review/reviewqueue.h"
#include "app/letters/recordfacts.h"
#include "db/stores/review/reviewstore.h"
#include "db/model/agencykind.h"
#include "db/stores/records/agencystore.h"
#include "db/stores/metastore.h"

#include <QCoreApplication>
#include <QLocale>

namespace cac {

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);

QString count(const std::optional<int> &n)
{
    return n ? english.toString(*n) : QCoreApplication::translate("LetterContext", "not reported");
}

void setDotted(QVariantMap &map, const QString &dotted, const QVariant &value)
{
    const qsizetype dot = dotted.indexOf(u'.');
    if (dot < 0) {
        map.insert(dotted, value);
        return;
    }
    QVariantMap inner = map.value(dotted.left(dot)).toMap();
    setDotted(inner, dotted.mid(dot + 1), value);
    map.insert(dotted.left(dot), inner);
}

} // namespace

QString LetterContext::joined(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) +
            QCoreApplication::translate("LetterContext", " and ") + items.last();
}

Result<QVariantMap> LetterContext::build(QSqlDatabase db, const QString &ori, int year, const QHash<QString, QString> &overrides)
{
    const Result<std::optional<AgencyRecord>> found = AgencyStore(db).findByOri(ori.trimmed().toUpper());
    if (!found.ok())
        return Result<QVariantMap>::failure(found.error());
    const std::optional<AgencyRecord> &record = found.value();
    if (!record)
        return Result<QVariantMap>::failure(QCoreApplication::translate("LetterContext", "No agency has the ORI %1").arg(ori));
    const Result<AgencyProfile> loaded = AgencyProfileLoader(db).load(record->id);
    if (!loaded.ok())
        return Result<QVariantMap>::failure(
                QCoreApplication::translate("LetterContext", "Cannot read %1: %2").arg(record->ori, loaded.error()));
    const Result<ReviewSettings> loadedSettings = ReviewQueue::loadSettings(db);
    if (!loadedSettings.ok())
        return Result<QVariantMap>::failure(
                QCoreApplication::translate("LetterContext", "Cannot read the review rules: %1").arg(loadedSettings.error()));
    const AgencyProfile &profile = loaded.value();
    const ReviewSettings &settings = loadedSettings.value();
    const AgencyHistory history = AgencyHistory::whole(profile.agency, profile.reports, profile.sanctions);
    const AgencyRecord &a = profile.agency;

    QVariantMap c;
    c.insert(QStringLiteral("today"), DisplayText::longDate(QDate::currentDate()));
    c.insert(QStringLiteral("year"), QString::number(year));
    c.insert(QStringLiteral("deadline"), DisplayText::longDate(settings.deadline(year)));
    const Result<bool> demo = MetaStore(db).isDemo();
    if (!demo.ok())
        return Result<QVariantMap>::failure(demo.error());
    c.insert(QStringLiteral("demo"), demo.value());
    c.insert(QStringLiteral("agency"),
             QVariantMap{{QStringLiteral("name"), a.name},
                         {QStringLiteral("ori"), a.ori},
                         {QStringLiteral("kind"),
                          a.kind.isEmpty() ? QCoreApplication::translate("LetterContext", "not reported")
                                           : AgencyKind::label(a.kind)},
                         {QStringLiteral("county"), a.county},
                         {QStringLiteral("parent_org"), a.parentOrg},
                         {QStringLiteral("sworn_staff"), count(a.swornStaff)},
                         {QStringLiteral("service_status"), a.serviceStatus}});
    const ContactRecord contact = profile.contacts.value(0);
    c.insert(QStringLiteral("contact"),
             QVariantMap{{QStringLiteral("name"), contact.name},
                         {QStringLiteral("role"), contact.role},
                         {QStringLiteral("phone"), contact.phone},
                         {QStringLiteral("email"), contact.email}});
    QString lastFiling = QCoreApplication::translate("LetterContext", "not on record");
    QVariantList reports;
    for (const MisuseReport &r : profile.reports) {
        if (r.filed.value_or(false) && r.year <= year)
            lastFiling = r.filedDate
                    ? DisplayText::longDate(*r.filedDate)
                    : QCoreApplication::translate("LetterContext", "an unrecorded date (the %1 report)").arg(r.year);
    }
    // Every year the agency was due up to the letter's year: a due year without a report is
    // shown as such, not left out.
    const int firstYear = profile.reports.isEmpty() ? year : profile.reports.first().year;
    for (int y = firstYear; y <= year && history.isDue(y); ++y) {
        const MisuseReport *found = history.report(y);
        if (!found) {
            reports.append(
                    QVariantMap{{QStringLiteral("year"), QString::number(y)},
                                {QStringLiteral("filed"), QCoreApplication::translate("LetterContext", "no report on record")},
                                {QStringLiteral("investigations"), QCoreApplication::translate("LetterContext", "not reported")},
                                {QStringLiteral("violations"), QCoreApplication::translate("LetterContext", "not reported")},
                                {QStringLiteral("individuals"), QCoreApplication::translate("LetterContext", "not reported")},
                                {QStringLiteral("pending"), QCoreApplication::translate("LetterContext", "not reported")}});
            continue;
        }
        const MisuseReport &r = *found;
        reports.append(QVariantMap{{QStringLiteral("year"), QString::number(r.year)},
                                   {QStringLiteral("filed"),
                                    r.filed ? (*r.filed ? QCoreApplication::translate("LetterContext", "yes")
                                                        : QCoreApplication::translate("LetterContext", "no"))
                                            : QCoreApplication::translate("LetterContext", "not reported")},
                                   {QStringLiteral("investigations"), count(r.investigations)},
                                   {QStringLiteral("violations"),
                                    !r.violations ? QCoreApplication::translate("LetterContext", "not reported")
                                            : r.violations->isRange() ? QCoreApplication::translate("LetterContext", "%1 to %2")
                                                                                .arg(english.toString(r.violations->low),
                                                                                     english.toString(r.violations->high))
                                                                      : english.toString(r.violations->low)},
                                   {QStringLiteral("individuals"), count(r.individuals)},
                                   {QStringLiteral("pending"), count(r.pending)}});
    }
    c.insert(QStringLiteral("reports"), reports);
    c.insert(QStringLiteral("last_filing_date"), lastFiling);
    QStringList notFiledYears;
    for (int y = year; history.isDue(y) && !history.filed(y); --y)
        notFiledYears.prepend(QString::number(y));
    c.insert(QStringLiteral("not_filed"),
             QVariantMap{{QStringLiteral("any"), !notFiledYears.isEmpty()},
                         {QStringLiteral("several"), notFiledYears.size() > 1},
                         {QStringLiteral("count"), QString::number(notFiledYears.size())},
                         {QStringLiteral("years"), joined(notFiledYears)}});
    QVariantList warnings;
    for (const SanctionRecord &s : profile.sanctions)
        warnings.append(QVariantMap{{QStringLiteral("date"), DisplayText::longDate(s.issuedOn)},
                                    {QStringLiteral("kind"), s.kind},
                                    {QStringLiteral("reason"), s.reason}});
    c.insert(QStringLiteral("warnings"),
             QVariantMap{{QStringLiteral("any"), !warnings.isEmpty()}, {QStringLiteral("list"), warnings}});
    const QueueEntry entry = ReviewQueue::entryFor(history, year, settings);
    QVariantList flagList;
    for (const ReviewFlag &f : entry.flags)
        flagList.append(
                QVariantMap{{QStringLiteral("sentence"), f.sentence}, {QStringLiteral("weight"), QString::number(f.weight)}});
    c.insert(QStringLiteral("flags"), flagList);
    c.insert(QStringLiteral("review"), QVariantMap{{QStringLiteral("flagged"), !entry.flags.isEmpty()}});
    RecordFacts::addTo(c, history, year);
    // The committee's choice of sanction, when it overrode the ladder: letters give its reason.
    const Result<QHash<qint64, SanctionOverride>> chosen = ReviewStore(db).overrides(year);
    if (!chosen.ok())
        return Result<QVariantMap>::failure(
                QCoreApplication::translate("LetterContext", "Cannot read the review decisions: %1").arg(chosen.error()));
    const std::optional<SanctionOverride> override =
            chosen.value().contains(a.id) ? std::optional(chosen.value().value(a.id)) : std::nullopt;
    c.insert(QStringLiteral("override"),
             QVariantMap{{QStringLiteral("any"), override.has_value()},
                         {QStringLiteral("sanction"),
                          override ? SanctionStep::label(SanctionStep::fromCode(override->chosen)) : QString()},
                         {QStringLiteral("reason"), override ? override->reason : QString()},
                         {QStringLiteral("date"), override ? DisplayText::longDate(override->decidedOn) : QString()}});
    const SanctionStep &step = entry.suggestion;
    c.insert(QStringLiteral("suggestion"),
             QVariantMap{{QStringLiteral("sanction"), SanctionStep::label(step.level)},
                         {QStringLiteral("reasons"), step.reasons.join(u' ')}});
    c.insert(QStringLiteral("meeting"), QVariantMap{{QStringLiteral("date"), QString()}, {QStringLiteral("chair"), QString()}});
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        setDotted(c, it.key(), it.value());
    return c;
}

} // namespace cac
