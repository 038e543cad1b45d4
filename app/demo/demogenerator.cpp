#include "app/demo/demogenerator.h"

#include "db/import/reportcolumns.h"
#include "db/csv/csvwriter.h"
#include "db/model/sanctionkind.h"
#include "db/stores/metastore.h"
#include "db/model/misusecategory.h"
#include "app/demo/demoagencyplanner.h"

#include <QtMath>

namespace cac {

namespace {

using Role = DemoAgency::Role;
constexpr int OutreachYear = 2018; // DOJ's April 2018 bulletin; filing rose from 58% to 98%
constexpr int DetailYear = 2019;   // individuals and categories are reported from here on

QString yes(bool filed)
{
    return filed ? QStringLiteral("yes") : QStringLiteral("no");
}

void setCategory(QStringList &row, const QString &code, int count)
{
    row[ReportColumns::FirstCategory + int(MisuseCategory::codes().indexOf(code))] = QString::number(count);
}

void setAllCategories(QStringList &row, int count)
{
    for (int i = 0; i < MisuseCategory::codes().size(); ++i)
        row[ReportColumns::FirstCategory + i] = QString::number(count);
}

void setOutcome(QStringList &row, int index, int count)
{
    row[ReportColumns::FirstOutcome + index] = QString::number(count);
}

enum OutcomeIndex { Counseling, Reprimand, Suspension, Termination, Resignation, CriminalCharges, NoAction };

} // namespace

DemoGenerator::DemoGenerator(const DemoOptions &options)
    : m_options(options), m_random(options.seed ^ 0x5eedU), m_agencies(DemoAgencyPlanner(options).plan())
{
    for (const DemoAgency &agency : m_agencies)
        recordSanctions(agency);
}

int DemoGenerator::poisson(double mean)
{
    if (mean <= 0)
        return 0;
    if (mean > 40) // normal approximation, good enough for large agencies
        return qMax(
                0,
                qRound(mean +
                       qSqrt(mean) * (m_random.generateDouble() + m_random.generateDouble() + m_random.generateDouble() - 1.5) *
                               2));
    const double limit = qExp(-mean);
    double product = m_random.generateDouble();
    int k = 0;
    while (product > limit) {
        ++k;
        product *= m_random.generateDouble();
    }
    return k;
}

bool DemoGenerator::files(const DemoAgency &agency, int year)
{
    switch (agency.role) {
    case Role::ChronicNonFiler:
        return year < OutreachYear - 3;
    case Role::FederalRemoved:
        return year < OutreachYear - 1;
    case Role::Ordinary:
        break;
    default:
        return true;
    }
    const double chance = year < OutreachYear ? 0.40 + 0.025 * (year - 2010) : agency.reliability;
    return m_random.generateDouble() < chance;
}

void DemoGenerator::recordSanctions(const DemoAgency &agency)
{
    const auto add = [&](const QString &kind, QDate on, const QString &reason) {
        if (on.year() > m_options.fromYear && on.year() <= m_options.toYear + 1)
            m_sanctions.append({agency.ori, kind, on, reason});
    };
    if (agency.role == Role::FederalRemoved) {
        add(SanctionKind::Warning, QDate(2018, 4, 17),
            QStringLiteral("Did not report misuse for 2017; warned that failing to report leads to sanctions up to removal."));
        add(SanctionKind::Censure, QDate(2019, 6, 12),
            QStringLiteral("Did not file the 2018 misuse report after the warning of 2018-04-17."));
        add(SanctionKind::Removal, QDate(2019, 10, 15), QStringLiteral("Refused the new CLETS agreement; service removed."));
    } else if (agency.role == Role::ChronicNonFiler) {
        add(SanctionKind::Warning, QDate(2018, 4, 17),
            QStringLiteral("Has not filed since 2015; warned that failing to report leads to sanctions."));
        add(SanctionKind::Censure, QDate(2020, 6, 2), QStringLiteral("Still not filing after the warning of 2018-04-17."));
    }
}

void DemoGenerator::fillOrdinary(const DemoAgency &agency, int year, QStringList &row)
{
    const double scale = agency.kind == u"sheriff" ? 110.0 : 160.0;
    const int investigations = poisson(agency.swornStaff / scale);
    int violations = 0;
    for (int i = 0; i < investigations; ++i)
        violations += m_random.generateDouble() < 0.45 ? 1 : 0;
    if (m_random.bounded(25) != 0)
        row[ReportColumns::Investigations] = QString::number(investigations);
    if (violations >= 3 && m_random.bounded(25) == 0)
        row[ReportColumns::Violations] =
                QStringLiteral("%1-%2").arg(violations).arg(violations + 1 + m_random.bounded(violations));
    else
        row[ReportColumns::Violations] = QString::number(violations);
    row[ReportColumns::Pending] = QString::number(investigations > 2 ? m_random.bounded(investigations / 3 + 1) : 0);
    int people = violations;
    if (year >= DetailYear) {
        people = violations == 0 ? 0 : 1 + m_random.bounded(violations);
        row[ReportColumns::Individuals] = QString::number(people);
        if (year > DetailYear + 1 || m_random.bounded(5) != 0) {
            setAllCategories(row, 0);
            static const int weights[] = {30, 12, 6, 4, 10, 3, 25, 4, 0, 6}; // per MisuseCategory::codes()
            int counts[10] = {};
            for (int v = 0; v < violations; ++v) {
                int draw = m_random.bounded(100);
                int c = 0;
                while (draw >= weights[c]) {
                    draw -= weights[c];
                    ++c;
                }
                ++counts[c];
            }
            for (int c = 0; c < 10; ++c)
                row[ReportColumns::FirstCategory + c] = QString::number(counts[c]);
        }
    }
    if (year < 2015 && m_random.bounded(3) == 0)
        return; // outcomes not reported
    int outcome[7] = {};
    for (int p = 0; p < people; ++p) {
        const int draw = m_random.bounded(100);
        outcome[draw < 45           ? Counseling
                        : draw < 70 ? Reprimand
                        : draw < 82 ? Suspension
                        : draw < 89 ? Termination
                        : draw < 95 ? Resignation
                        : draw < 97 ? CriminalCharges
                                    : NoAction]++;
    }
    for (int i = 0; i < 7; ++i)
        setOutcome(row, i, outcome[i]);
}

void DemoGenerator::fillCase(const DemoAgency &agency, int year, QStringList &row)
{
    const int caseYear = m_options.toYear;
    const bool detail = year >= DetailYear;
    const auto zeroCategories = [&] {
        if (detail)
            setAllCategories(row, 0);
    };
    switch (agency.role) {
    case Role::ConcentratedMisuse:
        if (year != caseYear)
            return fillOrdinary(agency, year, row);
        row[ReportColumns::Investigations] = QStringLiteral("4");
        row[ReportColumns::Violations] = QStringLiteral("15-25");
        row[ReportColumns::Individuals] = QStringLiteral("1");
        zeroCategories();
        setCategory(row, QStringLiteral("self_or_acquaintance"), 15);
        setOutcome(row, Termination, 1);
        row[ReportColumns::Notes] = QStringLiteral("All by one employee, who looked up people he found attractive.");
        return;
    case Role::TrainingError:
        if (year != caseYear)
            return fillOrdinary(agency, year, row);
        row[ReportColumns::Investigations] = QStringLiteral("38");
        row[ReportColumns::Violations] = QStringLiteral("38");
        row[ReportColumns::Individuals] = QStringLiteral("6");
        zeroCategories();
        setCategory(row, QStringLiteral("licensing_employment"), 38);
        setOutcome(row, Counseling, 6);
        row[ReportColumns::Notes] = QStringLiteral(
                "Background checks on retired officers seeking concealed-carry permits; a training error, self-disclosed.");
        return;
    case Role::GraveSingleCase:
        if (year != caseYear)
            return fillOrdinary(agency, year, row);
        row[ReportColumns::Investigations] = QStringLiteral("1");
        row[ReportColumns::Violations] = QStringLiteral("1");
        row[ReportColumns::Individuals] = QStringLiteral("1");
        zeroCategories();
        setCategory(row, QStringLiteral("self_or_acquaintance"), 1);
        setOutcome(row, Termination, 1);
        setOutcome(row, CriminalCharges, 1);
        row[ReportColumns::Notes] =
                QStringLiteral("Officer charged with stalking a former partner; queried CLETS days before termination.");
        return;
    case Role::MassLicensingChecks:
        if (year < caseYear - 2 || !detail)
            return fillOrdinary(agency, year, row);
        row[ReportColumns::Investigations] = QStringLiteral("1,210");
        row[ReportColumns::Violations] = year == caseYear ? QStringLiteral("6,412") : QStringLiteral("5,980");
        row[ReportColumns::Individuals] = QStringLiteral("44");
        zeroCategories();
        setCategory(row, QStringLiteral("licensing_employment"), year == caseYear ? 6360 : 5935);
        setCategory(row, QStringLiteral("dmv_unauthorized"), year == caseYear ? 52 : 45);
        setOutcome(row, Counseling, 41);
        setOutcome(row, Reprimand, 3);
        return;
    default: // the federal offices: no misuse investigations at all
        row[ReportColumns::Investigations] = QStringLiteral("0");
        row[ReportColumns::Violations] = QStringLiteral("0");
        if (detail)
            row[ReportColumns::Individuals] = QStringLiteral("0");
        zeroCategories();
        if (agency.role == Role::FederalImmigration && year == caseYear) {
            row[ReportColumns::Investigations] = QStringLiteral("1");
            row[ReportColumns::Violations] = QStringLiteral("1");
            row[ReportColumns::Individuals] = QStringLiteral("1");
            setCategory(row, QStringLiteral("immigration_enforcement"), 1);
            setOutcome(row, Reprimand, 1);
        }
        return;
    }
}

QStringList DemoGenerator::rowFor(const DemoAgency &agency, int year)
{
    QStringList row(ReportColumns::Count);
    row[ReportColumns::Ori] = agency.ori;
    row[ReportColumns::Year] = QString::number(year);
    row[ReportColumns::Agency] = agency.name;
    row[ReportColumns::AgencyKind] = agency.kind;
    row[ReportColumns::County] = agency.county;
    row[ReportColumns::ParentOrg] = agency.parentOrg;
    row[ReportColumns::SwornStaff] = QString::number(agency.swornStaff);
    row[ReportColumns::ContactName] = agency.contactName;
    row[ReportColumns::ContactRole] = agency.contactRole;
    row[ReportColumns::ContactPhone] = agency.contactPhone;
    row[ReportColumns::ContactEmail] = agency.contactEmail;
    row[ReportColumns::DataNotice] = MetaStore::DemoNotice;
    const bool filed = files(agency, year);
    row[ReportColumns::Filed] = yes(filed);
    if (!filed)
        return row;
    // Reports are due by April 30 of the next year (the review settings' default); some arrive
    // months late.
    const bool late = agency.role == Role::FederalLateFiler ? (year == m_options.toYear || year == OutreachYear)
                                                            : m_random.bounded(12) == 0;
    const QDate due(year + 1, 4, 30);
    row[ReportColumns::FiledDate] =
            (late ? due.addDays(60 + m_random.bounded(150)) : due.addDays(-m_random.bounded(55))).toString(Qt::ISODate);
    if (agency.role == Role::Ordinary || agency.role == Role::ChronicNonFiler)
        fillOrdinary(agency, year, row);
    else
        fillCase(agency, year, row);
    return row;
}

bool DemoGenerator::writeCsv(QIODevice *device)
{
    CsvWriter writer(device);
    if (!writer.writeRecord(ReportColumns::names()))
        return false;
    const bool grid = m_options.completeGrid;
    for (const DemoAgency &agency : m_agencies) {
        for (int year = grid ? m_options.fromYear : agency.firstYear; year <= m_options.toYear; ++year) {
            if (!grid && agency.serviceEnded && year > agency.serviceEnded->year())
                break;
            QStringList row = rowFor(agency, year);
            // Half of the missed years have no row at all, as in DOJ's own lists.
            if (!grid && row[ReportColumns::Filed] == u"no" && m_random.bounded(2) == 0)
                continue;
            if (!writer.writeRecord(row))
                return false;
        }
    }
    return true;
}

} // namespace cac
