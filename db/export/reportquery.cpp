#include "db/export/reportquery.h"

#include "db/import/reportcolumns.h"
#include "db/model/misusecategory.h"
#include "db/model/outcome.h"
#include "db/engine/database.h"
#include "db/sqlite/sqlvalue.h"

#include <QDate>
#include <QSqlError>
#include <QCoreApplication>

namespace cac {

namespace {
// One selected expression per column of columns(), in order. Column names come from the fixed
// lists of outcomes and categories, which are schema constants.
QString exportSql()
{
    // The first contact of each agency is found once an agency, not once a report.
    return QStringLiteral("WITH first_contact AS MATERIALIZED (SELECT agency_id, min(id) AS id FROM contact GROUP BY agency_id) "
                          "SELECT a.ori, r.year, a.name, a.kind, a.county, a.parent_org, a.sworn_staff, r.filed, "
                          "r.filed_date, r.investigations, r.violations_low, r.violations_high, r.individuals, "
                          "r.pending, r.%1, r.%2, k.name, k.role, k.phone, k.email, r.notes "
                          "FROM misuse_report r JOIN agency a ON a.id = r.agency_id "
                          "LEFT JOIN first_contact f ON f.agency_id = a.id LEFT JOIN contact k ON k.id = f.id "
                          "WHERE CAST(:year AS INTEGER) IS NULL OR r.year = :year ORDER BY a.ori, r.year")
            .arg(Outcome::codes().join(QStringLiteral(", r.")), MisuseCategory::columns().join(QStringLiteral(", r.")));
}

using Type = ReportQuery::Kind;

Type typeOf(int column)
{
    static const QList<Type> types = [] {
        const QStringList texts = {QStringLiteral("ori"),           QStringLiteral("agency"),
                                   QStringLiteral("agency_kind"),   QStringLiteral("county"),
                                   QStringLiteral("parent_org"),    QStringLiteral("contact_name"),
                                   QStringLiteral("contact_role"),  QStringLiteral("contact_phone"),
                                   QStringLiteral("contact_email"), QStringLiteral("notes")};
        QList<Type> list;
        for (const QString &name : ReportQuery::columns()) {
            if (name == u"filed")
                list << Type::YesNo;
            else if (name == u"filed_date")
                list << Type::Date;
            else
                list << (texts.contains(name) ? Type::Text : Type::Count);
        }
        return list;
    }();
    return types.at(column);
}
} // namespace

const QStringList &ReportQuery::columns()
{
    static const QStringList list = [] {
        QStringList l = ReportColumns::names();
        l.removeLast(); // data_notice: the exporters write it, it is not a stored value
        const qsizetype violations = l.indexOf(QStringLiteral("violations"));
        l.replace(violations, QStringLiteral("violations_low"));
        l.insert(violations + 1, QStringLiteral("violations_high"));
        return l;
    }();
    return list;
}

ReportQuery::Kind ReportQuery::kind(int column)
{
    return typeOf(column);
}

QString ReportQuery::sql()
{
    return exportSql();
}

int ReportQuery::columnOf(const QString &name)
{
    return int(columns().indexOf(name));
}

ReportQuery::ReportQuery(Database &database) : m_database(database), m_query(database.connection())
{
    m_query.setForwardOnly(true);
}

int ReportQuery::count(std::optional<int> year)
{
    QSqlQuery count(m_database.connection());
    count.prepare(QStringLiteral("SELECT count(*) FROM misuse_report WHERE CAST(:year AS INTEGER) IS NULL OR year = :year"));
    count.bindValue(QStringLiteral(":year"), SqlValue::of(year));
    if (count.exec() && count.next())
        return count.value(0).toInt();
    return -1;
}

Status ReportQuery::run(std::optional<int> year)
{
    m_query.prepare(exportSql());
    m_query.bindValue(QStringLiteral(":year"), SqlValue::of(year));
    if (!m_query.exec())
        return Status::failure(
                QCoreApplication::translate("ReportQuery", "Cannot read the reports: %1").arg(m_query.lastError().text()));
    return Status::success();
}

bool ReportQuery::next()
{
    return m_query.next();
}

QString ReportQuery::error() const
{
    return m_query.lastError().isValid() ? m_query.lastError().text() : QString();
}

QVariant ReportQuery::value(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return QVariant();
    switch (typeOf(column)) {
    case Type::Text:
        return v.toString();
    case Type::Count:
        return v.toLongLong();
    case Type::Date:
        return QDate::fromString(v.toString(), Qt::ISODate);
    case Type::YesNo:
        return v.toInt() != 0;
    }
    return v;
}

} // namespace cac
