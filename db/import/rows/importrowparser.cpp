#include "db/import/rows/importrowparser.h"

#include "db/import/reportcolumns.h"
#include "db/model/fieldrules.h"
#include "db/model/misusecategory.h"

#include <QCoreApplication>

namespace cac {

ImportRowParser::ImportRowParser(QList<int> positions, int headerSize)
    : m_positions(std::move(positions)), m_headerSize(headerSize)
{
}

QStringView ImportRowParser::cell(const SourceRecord &record, int id) const
{
    const int position = m_positions.at(id);
    if (position < 0 || position >= record.fields.size())
        return QStringView();
    return FieldRules::withoutFormulaGuard(record.fields.at(position).trimmed());
}

CellKind ImportRowParser::kind(const SourceRecord &record, int id) const
{
    const int position = m_positions.at(id);
    if (position < 0 || position >= record.kinds.size())
        return CellKind::Text;
    return record.kinds.at(position);
}

bool ImportRowParser::parse(const SourceRecord &record, ImportRow &row, QList<ImportIssue> &issues) const
{
    const qsizetype issuesBefore = issues.size();
    const int line = record.row;
    row = ImportRow();
    row.line = line;
    row.report.sourceLine = line;
    auto refuse = [&](int id, const QString &value, const QString &why) {
        issues.append({line, ReportColumns::importNames().at(id), value, why, QString(), m_positions.at(id)});
    };
    // Reads a column with a FieldRules function; reports a refusal; returns the value if any.
    // Only the filed date may be a date cell: a date where a number belongs is most often a
    // range that the spreadsheet took for a date, and its serial number means nothing.
    auto read = [&](int id, auto rule) {
        const QStringView text = cell(record, id);
        if (id != ReportColumns::FiledDate && kind(record, id) == CellKind::Date) {
            refuse(id, text.toString(),
                   QCoreApplication::translate("ImportRowParser",
                                               "a date cell where a number belongs (a spreadsheet turns a range "
                                               "typed as 3-5 into 5 March): type the value as text, with an "
                                               "apostrophe first ('3-5), or format the cell as Text"));
            return decltype(rule(text).value)();
        }
        auto parsed = rule(text);
        if (!parsed.ok())
            refuse(id, text.toString(), parsed.error);
        return parsed.value;
    };

    for (qsizetype extra = m_headerSize; extra < record.fields.size(); ++extra) {
        if (!record.fields.at(extra).trimmed().isEmpty()) {
            const QString why = record.kinds.isEmpty()
                    ? QCoreApplication::translate("ImportRowParser",
                                                  "this row has %1 fields but the header names %2 "
                                                  "(an unquoted comma in a value?)")
                              .arg(record.fields.size())
                              .arg(m_headerSize)
                    : QCoreApplication::translate("ImportRowParser",
                                                  "a value in a column the header row leaves "
                                                  "unnamed; name the column or clear the cell");
            issues.append({line, QString(), QString(), why, QString(), int(extra)});
            break;
        }
    }

    row.agency.ori = read(ReportColumns::Ori, FieldRules::ori).value_or(QString());
    row.report.year = read(ReportColumns::Year, FieldRules::year).value_or(0);
    row.agency.name = read(ReportColumns::Agency, FieldRules::text).value_or(QString());
    row.agency.kind = read(ReportColumns::AgencyKind, FieldRules::agencyKind).value_or(QString());
    row.agency.county = read(ReportColumns::County, FieldRules::text).value_or(QString());
    row.agency.parentOrg = read(ReportColumns::ParentOrg, FieldRules::text).value_or(QString());
    row.agency.swornStaff = read(ReportColumns::SwornStaff, FieldRules::count);

    MisuseReport &r = row.report;
    r.filed = read(ReportColumns::Filed, FieldRules::filed);
    r.filedDate = read(ReportColumns::FiledDate, FieldRules::date);
    r.investigations = read(ReportColumns::Investigations, FieldRules::count);
    if (hasColumn(ReportColumns::Violations) ||
        !(hasColumn(ReportColumns::ViolationsLow) || hasColumn(ReportColumns::ViolationsHigh))) {
        r.violations = read(ReportColumns::Violations, FieldRules::violations);
    } else {
        // A range as two cells: both, or neither; "7" is low = high = 7.
        const qsizetype before = issues.size();
        const std::optional<int> low = read(ReportColumns::ViolationsLow, FieldRules::count);
        const std::optional<int> high = read(ReportColumns::ViolationsHigh, FieldRules::count);
        if (issues.size() > before) {
            // already refused
        } else if (low.has_value() != high.has_value()) {
            const int missing = low ? ReportColumns::ViolationsHigh : ReportColumns::ViolationsLow;
            refuse(missing, QString(),
                   QCoreApplication::translate("ImportRowParser",
                                               "give both ends of the range of "
                                               "violations, or neither"));
        } else if (low && high && *low > *high) {
            refuse(ReportColumns::ViolationsLow, QString::number(*low),
                   QCoreApplication::translate("ImportRowParser", "the low end of the range is above its high end (%1)")
                           .arg(*high));
        } else if (low && high) {
            r.violations = ViolationRange{*low, *high};
        }
    }
    r.individuals = read(ReportColumns::Individuals, FieldRules::count);
    r.pending = read(ReportColumns::Pending, FieldRules::count);
    bool anyFigure = r.filedDate || r.investigations || r.violations || r.individuals || r.pending;
    for (int i = 0; i < MisuseReport::OutcomeCount; ++i) {
        r.outcomes[i] = read(ReportColumns::FirstOutcome + i, FieldRules::count);
        anyFigure = anyFigure || r.outcomes[i];
    }
    for (int i = 0; i < MisuseReport::CategoryCount; ++i) {
        r.categories[i] = read(ReportColumns::FirstCategory + i, FieldRules::count);
        anyFigure = anyFigure || r.categories[i];
    }
    // A report with figures was filed, even where the filed column is blank.
    if (!r.filed && anyFigure)
        r.filed = true;
    r.notes = read(ReportColumns::Notes, FieldRules::notes).value_or(QString());

    row.contact.name = read(ReportColumns::ContactName, FieldRules::text).value_or(QString());
    row.contact.role = read(ReportColumns::ContactRole, FieldRules::text).value_or(QString());
    row.contact.phone = read(ReportColumns::ContactPhone, FieldRules::text).value_or(QString());
    row.contact.email = read(ReportColumns::ContactEmail, FieldRules::email).value_or(QString());
    if (row.contact.name.isEmpty() &&
        (!row.contact.role.isEmpty() || !row.contact.phone.isEmpty() || !row.contact.email.isEmpty()))
        refuse(ReportColumns::ContactName, QString(),
               QCoreApplication::translate("ImportRowParser", "a contact's phone, email or role needs a contact name"));
    row.formId = cell(record, ReportColumns::FormId).toString();
    row.demoNotice = cell(record, ReportColumns::DataNotice).contains(QLatin1StringView("demo data"), Qt::CaseInsensitive);
    return issues.size() == issuesBefore;
}

} // namespace cac
