#include "app/demo/demoagencyplanner.h"

#include "app/documents/textfolding.h"

#include <QStringList>

namespace cac {

namespace {

// Invented place names. Each is checked not to be a California city or county; the demo never
// puts made-up figures next to a real agency's name.
const QStringList &places()
{
    static const QStringList list = {
            QStringLiteral("Río Seco"),       QStringLiteral("Alderbrook"),     QStringLiteral("Quailhaven"),
            QStringLiteral("Sable Valley"),   QStringLiteral("Corvina Bay"),    QStringLiteral("Tessel Point"),
            QStringLiteral("Marrowick"),      QStringLiteral("Halcyon Flats"),  QStringLiteral("Juniper Wells"),
            QStringLiteral("Bellwether"),     QStringLiteral("Cinder Ridge"),   QStringLiteral("Las Palomitas"),
            QStringLiteral("Otterby"),        QStringLiteral("Vista Serena"),   QStringLiteral("Greyhollow"),
            QStringLiteral("Santa Orsola"),   QStringLiteral("Fennimore Bay"),  QStringLiteral("Copperline"),
            QStringLiteral("Windmere Hills"), QStringLiteral("Arroyo Lento"),   QStringLiteral("Kestrel Park"),
            QStringLiteral("Mistral"),        QStringLiteral("Tamsin Mesa"),    QStringLiteral("Tulewood"),
            QStringLiteral("San Aurelio"),    QStringLiteral("Brackenfield"),   QStringLiteral("Lomacita"),
            QStringLiteral("Harrowgate"),     QStringLiteral("Cobalt Springs"), QStringLiteral("Del Ocaso"),
            QStringLiteral("Wrenfield"),      QStringLiteral("Starling Cove"),  QStringLiteral("Valle Escondido"),
            QStringLiteral("Thornbury Glen"), QStringLiteral("Puerto Niebla"),  QStringLiteral("Eastmarch"),
            QStringLiteral("Cielo Alto"),     QStringLiteral("Grisham Lake"),   QStringLiteral("Oriel"),
            QStringLiteral("Ashgrove Bend"),
    };
    return list;
}

const QStringList &counties()
{
    static const QStringList list = {
            QStringLiteral("Alameda"),      QStringLiteral("Alpine"),
            QStringLiteral("Amador"),       QStringLiteral("Butte"),
            QStringLiteral("Calaveras"),    QStringLiteral("Colusa"),
            QStringLiteral("Contra Costa"), QStringLiteral("Del Norte"),
            QStringLiteral("El Dorado"),    QStringLiteral("Fresno"),
            QStringLiteral("Glenn"),        QStringLiteral("Humboldt"),
            QStringLiteral("Imperial"),     QStringLiteral("Inyo"),
            QStringLiteral("Kern"),         QStringLiteral("Kings"),
            QStringLiteral("Lake"),         QStringLiteral("Lassen"),
            QStringLiteral("Los Angeles"),  QStringLiteral("Madera"),
            QStringLiteral("Marin"),        QStringLiteral("Mariposa"),
            QStringLiteral("Mendocino"),    QStringLiteral("Merced"),
            QStringLiteral("Modoc"),        QStringLiteral("Mono"),
            QStringLiteral("Monterey"),     QStringLiteral("Napa"),
            QStringLiteral("Nevada"),       QStringLiteral("Orange"),
            QStringLiteral("Placer"),       QStringLiteral("Plumas"),
            QStringLiteral("Riverside"),    QStringLiteral("Sacramento"),
            QStringLiteral("San Benito"),   QStringLiteral("San Bernardino"),
            QStringLiteral("San Diego"),    QStringLiteral("San Francisco"),
            QStringLiteral("San Joaquin"),  QStringLiteral("San Luis Obispo"),
            QStringLiteral("San Mateo"),    QStringLiteral("Santa Barbara"),
            QStringLiteral("Santa Clara"),  QStringLiteral("Santa Cruz"),
            QStringLiteral("Shasta"),       QStringLiteral("Sierra"),
            QStringLiteral("Siskiyou"),     QStringLiteral("Solano"),
            QStringLiteral("Sonoma"),       QStringLiteral("Stanislaus"),
            QStringLiteral("Sutter"),       QStringLiteral("Tehama"),
            QStringLiteral("Trinity"),      QStringLiteral("Tulare"),
            QStringLiteral("Tuolumne"),     QStringLiteral("Ventura"),
            QStringLiteral("Yolo"),         QStringLiteral("Yuba"),
    };
    return list;
}

const QStringList &firstNames()
{
    static const QStringList list = {
            QStringLiteral("Alex"),   QStringLiteral("Maria"), QStringLiteral("Jordan"), QStringLiteral("Priya"),
            QStringLiteral("Daniel"), QStringLiteral("Lucía"), QStringLiteral("Sam"),    QStringLiteral("Grace"),
            QStringLiteral("Tomás"),  QStringLiteral("Renée"), QStringLiteral("Kai"),    QStringLiteral("Nadia"),
    };
    return list;
}

const QStringList &lastNames()
{
    static const QStringList list = {
            QStringLiteral("Moreno"),      QStringLiteral("Okafor"),   QStringLiteral("Lindqvist"),   QStringLiteral("Nguyen"),
            QStringLiteral("Castellanos"), QStringLiteral("Whitaker"), QStringLiteral("Haddad"),      QStringLiteral("Ishikawa"),
            QStringLiteral("Brennan"),     QStringLiteral("Delgado"),  QStringLiteral("Fairweather"), QStringLiteral("Kowalczyk"),
    };
    return list;
}

QString nameForKind(const QString &place, const QString &kind)
{
    if (kind == u"municipal_police")
        return place + QStringLiteral(" Police Department");
    if (kind == u"sheriff")
        return place + QStringLiteral(" Sheriff's Department");
    if (kind == u"district_attorney")
        return place + QStringLiteral(" District Attorney's Office");
    if (kind == u"probation")
        return place + QStringLiteral(" Probation Department");
    if (kind == u"state_agency")
        return QStringLiteral("State Bureau of Inquiry, ") + place + QStringLiteral(" Division");
    if (kind == u"court")
        return place + QStringLiteral(" Superior Court Records Unit");
    if (kind == u"tribal_police")
        return place + QStringLiteral(" Tribal Police");
    return QStringLiteral("DHS Field Office, ") + place;
}

} // namespace

DemoAgencyPlanner::DemoAgencyPlanner(const DemoOptions &options) : m_options(options), m_random(options.seed) {}

QString DemoAgencyPlanner::pick(const QStringList &list)
{
    return list.at(m_random.bounded(int(list.size())));
}

QString DemoAgencyPlanner::placeName(int index) const
{
    const QStringList &p = places();
    const int round = index / int(p.size());
    const QString base = p.at(index % p.size());
    // Past the list, places get a district number: still invented, still unique.
    return round == 0 ? base : QStringLiteral("%1 District %2").arg(base).arg(round + 1);
}

DemoAgency DemoAgencyPlanner::makeAgency(int index, const QString &kind)
{
    DemoAgency a;
    a.ori = QStringLiteral("CAZ%1").arg(index + 1, 6, 10, QChar(u'0'));
    a.kind = kind;
    a.name = nameForKind(placeName(index), kind);
    a.county = pick(counties());
    a.firstYear = m_options.fromYear;
    if (m_random.bounded(10) == 0)
        a.firstYear = qMin(m_options.toYear, m_options.fromYear + 1 + m_random.bounded(6));
    const double u = m_random.generateDouble();
    if (kind == u"municipal_police")
        a.swornStaff = 8 + int(u * u * u * 1400);
    else if (kind == u"sheriff")
        a.swornStaff = 60 + int(u * u * 3200);
    else if (kind == u"federal")
        a.swornStaff = 150 + int(u * 900);
    else if (kind == u"state_agency")
        a.swornStaff = 40 + int(u * 2500);
    else
        a.swornStaff = 5 + int(u * 180);
    if (kind == u"federal")
        a.parentOrg = QStringLiteral("U.S. Department of Homeland Security");
    else if (kind == u"state_agency")
        a.parentOrg = QStringLiteral("State of California (fictional bureau)");
    a.reliability = m_random.bounded(25) == 0 ? 0.3 : 0.93 + 0.07 * m_random.generateDouble();
    const QString first = pick(firstNames());
    const QString last = pick(lastNames());
    a.contactName = first + u' ' + last;
    a.contactRole = m_random.bounded(2) ? QStringLiteral("CLETS Coordinator") : QStringLiteral("Agency CLETS Contact");
    // 555-01xx numbers are reserved for fiction; .invalid never resolves.
    a.contactPhone = QStringLiteral("(916) 555-01%1").arg(m_random.bounded(100), 2, 10, QChar(u'0'));
    // Mail addresses in plain ASCII: "Lucía" writes "lucia".
    a.contactEmail =
            QStringLiteral("%1.%2@%3.demo.invalid").arg(TextFolding::fold(first), TextFolding::fold(last), a.ori.toLower());
    return a;
}

QList<DemoAgency> DemoAgencyPlanner::plan()
{
    QList<DemoAgency> agencies;
    const int n = qMax(1, m_options.agencies);
    for (int i = 0; i < n; ++i) {
        QString kind;
        const int slot = i % 20;
        if (i < 4 && n >= 12)
            kind = QStringLiteral("federal");
        else if (slot < 11)
            kind = QStringLiteral("municipal_police");
        else if (slot < 14)
            kind = QStringLiteral("sheriff");
        else if (slot < 16)
            kind = QStringLiteral("district_attorney");
        else if (slot == 16)
            kind = QStringLiteral("probation");
        else if (slot == 17)
            kind = QStringLiteral("state_agency");
        else if (slot == 18)
            kind = QStringLiteral("court");
        else
            kind = QStringLiteral("tribal_police");
        agencies.append(makeAgency(i, kind));
    }
    if (n < 12)
        return agencies;
    // The public cases of DOMAIN.md, each played by one fictional agency.
    const DemoAgency::Role federalRoles[] = {DemoAgency::Role::FederalSilent, DemoAgency::Role::FederalLateFiler,
                                             DemoAgency::Role::FederalRemoved, DemoAgency::Role::FederalImmigration};
    for (int i = 0; i < 4; ++i) {
        agencies[i].role = federalRoles[i];
        agencies[i].firstYear = m_options.fromYear;
    }
    agencies[2].serviceEnded = QDate(2019, 10, 15);
    const auto assign = [&](int index, DemoAgency::Role role) {
        agencies[index].role = role;
        agencies[index].firstYear = m_options.fromYear;
    };
    assign(4, DemoAgency::Role::ConcentratedMisuse);
    assign(5, DemoAgency::Role::TrainingError);
    agencies[5].swornStaff = 240;
    assign(6, DemoAgency::Role::GraveSingleCase);
    agencies[6].swornStaff = 115;
    assign(11, DemoAgency::Role::MassLicensingChecks); // a sheriff slot
    agencies[11].swornStaff = 9100;
    assign(7, DemoAgency::Role::ChronicNonFiler);
    agencies[7].reliability = 0.0;
    return agencies;
}

} // namespace cac
