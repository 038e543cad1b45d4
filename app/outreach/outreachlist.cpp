#include "outreachlist.h"

#include "app/review/rules/consistencyrule.h"
#include "app/review/historyscan.h"
#include "app/review/reviewqueue.h"
#include "app/review/rules/rulebook.h"
#include "db/stores/records/contactstore.h"
#include "db/csv/csvwriter.h"
#include "db/files/atomicfile.h"
#include "db/sheets/xlsx/xlsxtable.h"
#include "db/stores/metastore.h"
#include "db/stores/outreach/outreachstore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <functional>

namespace cac {

namespace {
QStringList reasonsFor(const AgencyHistory &h, int year, const ReviewSettings &settings)
{
    QStringList reasons;
    if (!h.filed(year)) {
        reasons << QCoreApplication::translate("OutreachList", "Has not filed the %1 report").arg(year);
        return reasons;
    }
    QList<ReviewFlag> flags;
    ConsistencyRule().evaluate(h, year, settings, flags);
    for (const ReviewFlag &f : flags)
        reasons << f.sentence;
    const MisuseReport *r = h.report(year);
    if (!r->individuals)
        reasons << QCoreApplication::translate("OutreachList", "Filed without the number of individuals");
    if (r->violations && r->violations->high > 0 && !r->hasCategories())
        reasons << QCoreApplication::translate("OutreachList", "Filed without misuse categories");
    return reasons;
}
} // namespace

namespace {
using EntryMaker = std::function<std::optional<OutreachEntry>(const AgencyHistory &)>;

// Makes the rows of a year's list, one agency at a time, from what is known of its calls: none
// for an agency that is not due or that nothing is to be called about. The arguments must
// outlive it.
EntryMaker entryMaker(const QHash<qint64, ContactRecord> &contacts, const QList<OutreachCall> &calls,
                      const QHash<qint64, QString> &assignments, int year, const ReviewSettings &settings)
{
    QHash<qint64, QList<const OutreachCall *>> callsByAgency;
    for (const OutreachCall &c : calls)
        callsByAgency[c.agencyId].append(&c); // oldest first
    return [&contacts, &assignments, year, &settings, callsByAgency](const AgencyHistory &h) -> std::optional<OutreachEntry> {
        if (!h.isDue(year))
            return std::nullopt;
        const QStringList reasons = reasonsFor(h, year, settings);
        if (reasons.isEmpty())
            return std::nullopt;
        OutreachEntry e;
        e.agency = h.agency;
        e.contact = contacts.value(h.agency.id);
        e.reasons = reasons;
        e.filed = h.filed(year);
        e.yearsNotFiled = h.yearsNotFiled(year);
        for (const ReviewFlag &f : Rulebook::evaluate(h, year, settings))
            e.priority += f.weight;
        const QList<const OutreachCall *> agencyCalls = callsByAgency.value(h.agency.id);
        e.calls = int(agencyCalls.size());
        if (!agencyCalls.isEmpty())
            e.lastCall = *agencyCalls.last();
        e.assignedTo = assignments.value(h.agency.id);
        return e;
    };
}
} // namespace

QList<OutreachEntry> OutreachList::build(const QList<AgencyHistory> &histories, const QHash<qint64, ContactRecord> &contacts,
                                         const QList<OutreachCall> &calls, const QHash<qint64, QString> &assignments, int year,
                                         const ReviewSettings &settings)
{
    const EntryMaker make = entryMaker(contacts, calls, assignments, year, settings);
    QList<OutreachEntry> entries;
    for (const AgencyHistory &h : histories) {
        if (std::optional<OutreachEntry> e = make(h))
            entries.append(std::move(*e));
    }
    sort(entries, Order::Priority);
    return entries;
}

void OutreachList::sort(QList<OutreachEntry> &entries, Order order)
{
    std::stable_sort(entries.begin(), entries.end(), [order](const OutreachEntry &a, const OutreachEntry &b) {
        switch (order) {
        case Order::County:
            if (a.agency.county != b.agency.county)
                return a.agency.county.localeAwareCompare(b.agency.county) < 0;
            break;
        case Order::FollowUp: {
            // Due follow-ups first, earliest first; agencies never given a date after them.
            const std::optional<QDate> fa = a.nextFollowUp();
            const std::optional<QDate> fb = b.nextFollowUp();
            if (fa != fb)
                return fa && (!fb || *fa < *fb);
            break;
        }
        case Order::Priority:
            if (a.priority != b.priority)
                return a.priority > b.priority;
            break;
        }
        return a.agency.name.localeAwareCompare(b.agency.name) < 0;
    });
}

Result<OutreachList::Listing> OutreachList::read(QSqlDatabase db, int year)
{
    using R = Result<Listing>;
    const Result<QHash<qint64, ContactRecord>> contacts = ContactStore(db).firstByAgency();
    if (!contacts.ok())
        return R::failure(contacts.error());
    const OutreachStore store(db);
    Result<QList<OutreachCall>> calls = store.calls(year);
    if (!calls.ok())
        return R::failure(calls.error());
    const Result<QHash<qint64, QString>> assignments = store.assignments(year);
    if (!assignments.ok())
        return R::failure(assignments.error());
    const Result<ReviewSettings> settings = ReviewQueue::loadSettings(db);
    if (!settings.ok())
        return R::failure(settings.error());
    // One agency at a time: only the rows of the list are kept, never every agency's reports.
    Listing listing;
    const EntryMaker make = entryMaker(contacts.value(), calls.value(), assignments.value(), year, settings.value());
    const Status scanned = HistoryScan::forEach(db, year, settings.value(), [&](const AgencyHistory &h) {
        if (h.filed(year))
            listing.filed.insert(h.agency.id);
        if (std::optional<OutreachEntry> e = make(h))
            listing.entries.append(std::move(*e));
    });
    if (!scanned.ok())
        return R::failure(scanned.error());
    sort(listing.entries, Order::Priority);
    listing.calls = calls.take();
    listing.settings = settings.value();
    return listing;
}

Result<QList<OutreachEntry>> OutreachList::load(QSqlDatabase db, int year)
{
    Result<Listing> listing = read(db, year);
    if (!listing.ok())
        return Result<QList<OutreachEntry>>::failure(listing.error());
    return std::move(listing.value().entries);
}

OutreachList::Progress OutreachList::progress(const QList<OutreachEntry> &entries, const QSet<qint64> &filed,
                                              const QList<OutreachCall> &calls)
{
    Progress p;
    for (const OutreachEntry &e : entries) {
        if (!e.lastCall) {
            ++p.outstanding;
            continue;
        }
        const QString &o = e.lastCall->outcome;
        // Reached with a date it promised to file by is a promise (the call dialog records both).
        if (o == u"promised" || (o == u"reached" && e.lastCall->promisedBy))
            ++p.promised;
        else if (o == u"reached" || o == u"filed")
            ++p.reached;
        else if (o == u"refused")
            ++p.refused;
        else
            ++p.unreachable;
    }
    QSet<qint64> called;
    for (const OutreachCall &c : calls)
        called.insert(c.agencyId);
    for (const qint64 agency : called)
        p.filedSinceCalled += filed.contains(agency);
    return p;
}

namespace {
const QStringList &exportHeader()
{
    static const QStringList header{
            QStringLiteral("ori"),           QStringLiteral("agency"),         QStringLiteral("county"),
            QStringLiteral("priority"),      QStringLiteral("reasons"),        QStringLiteral("years_not_filed"),
            QStringLiteral("contact_name"),  QStringLiteral("contact_role"),   QStringLiteral("contact_phone"),
            QStringLiteral("contact_email"), QStringLiteral("calls"),          QStringLiteral("last_call"),
            QStringLiteral("last_outcome"),  QStringLiteral("next_follow_up"), QStringLiteral("assigned_to")};
    return header;
}

// A typed cell as the CSV has always written it.
QString csvText(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return cell.toDateTime().toString(Qt::ISODate);
    case QMetaType::Double:
        return QString::number(cell.toDouble());
    default:
        return cell.toString();
    }
}

// One entry as typed cells, in exportHeader()'s order; unknown as a null QVariant.
QVariantList exportRow(const OutreachEntry &e)
{
    const auto text = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    return {e.agency.ori,
            e.agency.name,
            text(e.agency.county),
            e.priority,
            e.reasons.join(QStringLiteral("; ")),
            e.yearsNotFiled,
            text(e.contact.name),
            text(e.contact.role),
            text(e.contact.phone),
            text(e.contact.email),
            e.calls,
            e.lastCall ? QVariant(e.lastCall->calledAt) : QVariant(),
            e.lastCall ? QVariant(e.lastCall->outcome) : QVariant(),
            e.nextFollowUp() ? QVariant(*e.nextFollowUp()) : QVariant(),
            text(e.assignedTo)};
}
} // namespace

Status OutreachList::saveCsv(const QList<OutreachEntry> &entries, bool demo, const QString &path)
{
    return AtomicFile::write(path, AtomicFile::Kind::Csv, [&](QIODevice &file) {
        CsvWriter csv(&file);
        QStringList header = exportHeader();
        if (demo)
            header << QStringLiteral("data_notice");
        if (!csv.writeBom() || !csv.writeRecord(header))
            return false;
        for (const OutreachEntry &e : entries) {
            QStringList row;
            for (const QVariant &cell : exportRow(e))
                row << csvText(cell);
            if (demo)
                row << MetaStore::DemoNotice;
            if (!csv.writeRecord(row))
                return false;
        }
        return true;
    });
}

Status OutreachList::saveXlsx(const QList<OutreachEntry> &entries, int year, bool demo, const QString &source,
                              const QString &path)
{
    QList<QVariantList> rows;
    for (const OutreachEntry &e : entries)
        rows << exportRow(e);
    return XlsxTable::save(
            path, QCoreApplication::translate("OutreachList", "Outreach %1").arg(year), exportHeader(), rows,
            {QCoreApplication::translate("OutreachList", "Outreach list, reporting year %1").arg(year), source, demo});
}

} // namespace cac
