#include "db/import/columnmapping.h"

#include "db/import/reportcolumns.h"
#include "db/model/fieldrules.h"
#include "db/model/misusecategory.h"
#include "db/model/outcome.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace cac {

namespace {
// The words of a header as they are compared: lower case, split at anything not a letter or a
// digit, each without a plural "s", and without words that say nothing of which field it is.
QStringList words(const QString &header)
{
    static const QSet<QString> filler = {QStringLiteral("of"),    QStringLiteral("the"),   QStringLiteral("number"),
                                         QStringLiteral("no"),    QStringLiteral("num"),   QStringLiteral("nbr"),
                                         QStringLiteral("total"), QStringLiteral("count"), QStringLiteral("a"),
                                         QStringLiteral("an"),    QStringLiteral("in"),    QStringLiteral("for")};
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList out;
    for (QString word : header.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (filler.contains(word))
            continue;
        if (word.size() > 3 && word.endsWith(u's'))
            word.chop(1);
        out << word;
    }
    return out;
}

QString key(const QString &header)
{
    return words(header).join(u' ');
}

// Every name by which a field is known, as key() makes it.
const QHash<QString, int> &aliases()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> h;
        const auto add = [&h](int field, std::initializer_list<const char *> names) {
            for (const char *name : names)
                h.insert(key(QString::fromLatin1(name)), field);
        };
        for (int i = 0; i < ReportColumns::ImportCount; ++i)
            h.insert(key(ReportColumns::importNames().at(i)), i);
        for (int i = 0; i < MisuseCategory::codes().size(); ++i) {
            h.insert(key(MisuseCategory::codes().at(i)), ReportColumns::FirstCategory + i);
            h.insert(key(MisuseCategory::label(MisuseCategory::codes().at(i))), ReportColumns::FirstCategory + i);
        }
        for (int i = 0; i < Outcome::codes().size(); ++i)
            h.insert(key(Outcome::label(Outcome::codes().at(i))), ReportColumns::FirstOutcome + i);
        using C = ReportColumns::Id;
        add(C::Ori, {"ORI", "ORI code", "ORI number", "agency ORI", "ORI ID"});
        add(C::Year, {"reporting year", "report year", "calendar year", "fiscal year"});
        add(C::Agency, {"agency name", "name of agency", "department name", "agency department"});
        add(C::AgencyKind, {"agency type", "type of agency", "agency category"});
        add(C::County, {"county name"});
        add(C::ParentOrg, {"parent organization", "parent organisation", "parent agency"});
        add(C::SwornStaff, {"sworn", "sworn officers", "sworn personnel", "sworn employees", "sworn staff count"});
        add(C::Filed, {"report filed", "submitted", "report submitted", "report received"});
        add(C::FiledDate,
            {"date filed", "date received", "received date", "date submitted", "submission date", "filing date",
             "date report received"});
        add(C::Investigations, {"investigations conducted", "misuse investigations", "investigations opened"});
        add(C::Violations, {"violations found", "misuse violations", "violations substantiated", "substantiated violations"});
        add(C::Individuals,
            {"individuals involved", "persons", "persons involved", "employees involved",
             "individuals who committed violations"});
        add(C::Pending, {"investigations pending", "pending investigations", "still pending"});
        add(C::ContactName, {"contact", "contact person"});
        add(C::ContactRole, {"contact title", "title", "role"});
        add(C::ContactPhone, {"phone", "telephone", "contact telephone"});
        add(C::ContactEmail, {"email", "e-mail", "contact e-mail", "email address"});
        add(C::Notes, {"comments", "remarks", "note"});
        add(C::ViolationsLow, {"violations min", "violations minimum", "violations from"});
        add(C::ViolationsHigh, {"violations max", "violations maximum", "violations to"});
        return h;
    }();
    return table;
}
} // namespace

int ColumnMapping::fieldByName(const QString &header)
{
    const QString k = key(header);
    return k.isEmpty() ? Unmapped : aliases().value(k, Unmapped);
}

QStringList ColumnMapping::candidates(const QString &header)
{
    const QStringList mine = words(header);
    QStringList fields;
    for (int i = 0; i < ReportColumns::ImportCount; ++i) {
        const QStringList theirs = words(ReportColumns::importNames().at(i));
        for (const QString &word : mine) {
            if (word.size() > 2 && theirs.contains(word)) {
                fields << ReportColumns::importNames().at(i);
                break;
            }
        }
    }
    return fields;
}

int ColumnMapping::fieldByContent(const QStringList &values)
{
    bool any = false;
    bool allOri = true;
    bool allYear = true;
    for (const QString &value : values) {
        if (value.trimmed().isEmpty())
            continue;
        any = true;
        allOri = allOri && FieldRules::ori(value).value.has_value();
        allYear = allYear && FieldRules::year(value).value.has_value();
    }
    if (any && allOri)
        return ReportColumns::Ori;
    if (any && allYear)
        return ReportColumns::Year;
    return Unmapped;
}

QString ColumnMapping::signature(const QStringList &headers)
{
    QStringList normalised;
    for (const QString &header : headers)
        normalised << header.trimmed().toLower();
    while (!normalised.isEmpty() && normalised.last().isEmpty())
        normalised.removeLast();
    return normalised.join(u'\x1f');
}

void ColumnMapping::choose(const QString &header, int field)
{
    m_chosen.insert(header.trimmed().toLower(), field);
}

bool ColumnMapping::hasChoiceFor(const QString &header) const
{
    return m_chosen.contains(header.trimmed().toLower());
}

int ColumnMapping::fieldFor(const QString &header) const
{
    const auto chosen = m_chosen.constFind(header.trimmed().toLower());
    return chosen != m_chosen.constEnd() ? *chosen : fieldByName(header);
}

void ColumnMapping::addMissing(const ColumnMapping &other)
{
    for (auto it = other.m_chosen.cbegin(); it != other.m_chosen.cend(); ++it)
        m_chosen.insert(it.key(), m_chosen.value(it.key(), it.value()));
}

ColumnMapping ColumnMapping::forHeaders(const QStringList &headers, const QHash<QString, ColumnMapping> &remembered) const
{
    ColumnMapping mapping = *this;
    const auto known = remembered.constFind(signature(headers));
    if (known != remembered.constEnd())
        mapping.addMissing(*known);
    return mapping;
}

QString ColumnMapping::fieldName(int field)
{
    if (field == Ignored)
        return QCoreApplication::translate("ColumnMapping", "(ignored)");
    if (field < 0 || field >= ReportColumns::ImportCount)
        return QCoreApplication::translate("ColumnMapping", "(not read)");
    return ReportColumns::importNames().at(field);
}

int ColumnMapping::fieldNamed(const QString &name)
{
    const int field = int(ReportColumns::importNames().indexOf(name.trimmed().toLower()));
    return field >= 0 ? field : Unmapped;
}

Status ColumnMapping::chooseFromText(const QString &assignment)
{
    const qsizetype equals = assignment.lastIndexOf(u'=');
    if (equals <= 0)
        return Status::failure(
                QCoreApplication::translate("ColumnMapping",
                                            "\"%1\": write it as HEADER=FIELD, such as \"Agency Name=agency\", or HEADER= to "
                                            "leave the column out")
                        .arg(FieldRules::quoted(assignment)));
    const QString header = assignment.left(equals).trimmed();
    const QString name = assignment.mid(equals + 1).trimmed();
    if (name.isEmpty()) {
        choose(header, Ignored);
        return Status::success();
    }
    const int field = fieldNamed(name);
    if (field == Unmapped)
        return Status::failure(
                QCoreApplication::translate("ColumnMapping", "\"%1\": no field is called \"%2\"; the fields are %3")
                        .arg(FieldRules::quoted(assignment), FieldRules::quoted(name),
                             ReportColumns::importNames().join(QStringLiteral(", "))));
    choose(header, field);
    return Status::success();
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject json;
    for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it)
        json.insert(it.key(), it.value() == Ignored ? QJsonValue(QJsonValue::Null) : QJsonValue(fieldName(it.value())));
    return json;
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json)
{
    ColumnMapping mapping;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.value().isNull()) {
            mapping.choose(it.key(), Ignored);
            continue;
        }
        const int field = it.value().isString() ? fieldNamed(it.value().toString()) : Unmapped;
        if (field == Unmapped)
            return Result<ColumnMapping>::failure(
                    QCoreApplication::translate("ColumnMapping", "\"%1\": %2 is not a field; the fields are %3")
                            .arg(FieldRules::quoted(it.key()), FieldRules::quoted(it.value().toVariant().toString()),
                                 ReportColumns::importNames().join(QStringLiteral(", "))));
        mapping.choose(it.key(), field);
    }
    return mapping;
}

} // namespace cac
