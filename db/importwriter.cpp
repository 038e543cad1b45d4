#include "importwriter.h"

#include "misusecategory.h"
#include "sqlvalue.h"

#include <QSqlError>
#include <QStringList>

namespace {

const QStringList &reportDataColumns()
{
    static const QStringList columns = {
        QStringLiteral("filed"),       QStringLiteral("filed_date"),   QStringLiteral("investigations"),
        QStringLiteral("violations_low"), QStringLiteral("violations_high"), QStringLiteral("individuals"),
        QStringLiteral("pending"),     QStringLiteral("counseling"),   QStringLiteral("reprimand"),
        QStringLiteral("suspension"),  QStringLiteral("termination"),  QStringLiteral("resignation"),
        QStringLiteral("criminal_charges"), QStringLiteral("no_action"), QStringLiteral("notes"),
    };
    return columns;
}

// Built once from the fixed column list above; values are always bound, never pasted.
QString upsertReportSql()
{
    const QStringList &data = reportDataColumns();
    QStringList sets;
    QStringList changed;
    for (const QString &c : data) {
        sets << QStringLiteral("%1 = excluded.%1").arg(c);
        changed << QStringLiteral("%1 IS NOT excluded.%1").arg(c);
    }
    sets << QStringLiteral("source_file = excluded.source_file")
         << QStringLiteral("source_line = excluded.source_line");
    QStringList placeholders;
    for (int i = 0; i < data.size() + 4; ++i)
        placeholders << QStringLiteral("?");
    return QStringLiteral("INSERT INTO misuse_report (agency_id, year, %1, source_file, source_line) "
                          "VALUES (%2) ON CONFLICT (agency_id, year) DO UPDATE SET %3 WHERE %4 RETURNING id")
            .arg(data.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                 sets.join(QStringLiteral(", ")), changed.join(QStringLiteral(" OR ")));
}

Status failed(const QSqlQuery &query)
{
    return Status::failure(query.lastError().text());
}

} // namespace

ImportWriter::ImportWriter(QSqlDatabase db)
    : m_db(db), m_insertAgency(db), m_updateAgency(db), m_upsertReport(db), m_reportId(db),
      m_upsertCategory(db), m_deleteCategory(db), m_findContact(db), m_insertContact(db), m_updateContact(db)
{
}

Status ImportWriter::prepare()
{
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_insertAgency, QStringLiteral("INSERT INTO agency (ori, name, kind, county, parent_org, sworn_staff) "
                                         "VALUES (?, ?, ?, ?, ?, ?)")},
        {&m_updateAgency,
         QStringLiteral("UPDATE agency SET name = coalesce(:name, name), kind = coalesce(:kind, kind), "
                        "county = coalesce(:county, county), parent_org = coalesce(:parent, parent_org), "
                        "sworn_staff = coalesce(:sworn, sworn_staff) WHERE id = :id AND ("
                        "coalesce(:name, name) IS NOT name OR coalesce(:kind, kind) IS NOT kind OR "
                        "coalesce(:county, county) IS NOT county OR coalesce(:parent, parent_org) IS NOT parent_org OR "
                        "coalesce(:sworn, sworn_staff) IS NOT sworn_staff)")},
        {&m_upsertReport, upsertReportSql()},
        {&m_reportId, QStringLiteral("SELECT id FROM misuse_report WHERE agency_id = ? AND year = ?")},
        {&m_upsertCategory, QStringLiteral("INSERT INTO report_category (report_id, category, count) VALUES (?, ?, ?) "
                                           "ON CONFLICT (report_id, category) DO UPDATE SET count = excluded.count "
                                           "WHERE count IS NOT excluded.count")},
        {&m_deleteCategory, QStringLiteral("DELETE FROM report_category WHERE report_id = ? AND category = ?")},
        {&m_findContact, QStringLiteral("SELECT id FROM contact WHERE agency_id = ? AND lower(name) = lower(?) "
                                        "ORDER BY id LIMIT 1")},
        {&m_insertContact, QStringLiteral("INSERT INTO contact (agency_id, name, role, phone, email) "
                                          "VALUES (?, ?, ?, ?, ?)")},
        {&m_updateContact,
         QStringLiteral("UPDATE contact SET name = :name, role = coalesce(:role, role), phone = coalesce(:phone, phone), "
                        "email = coalesce(:email, email) WHERE id = :id AND (name IS NOT :name OR "
                        "coalesce(:role, role) IS NOT role OR coalesce(:phone, phone) IS NOT phone OR "
                        "coalesce(:email, email) IS NOT email)")},
    };
    for (const auto &[query, sql] : statements) {
        if (!query->prepare(sql))
            return Status::failure(QObject::tr("Could not prepare the import: %1").arg(query->lastError().text()));
    }
    m_reportId.setForwardOnly(true);
    m_findContact.setForwardOnly(true);
    m_upsertReport.setForwardOnly(true);
    return Status::success();
}

Result<qint64> ImportWriter::insertAgency(const AgencyRecord &agency)
{
    m_insertAgency.addBindValue(agency.ori);
    m_insertAgency.addBindValue(agency.name);
    m_insertAgency.addBindValue(SqlValue::ofText(agency.kind));
    m_insertAgency.addBindValue(SqlValue::ofText(agency.county));
    m_insertAgency.addBindValue(SqlValue::ofText(agency.parentOrg));
    m_insertAgency.addBindValue(SqlValue::of(agency.swornStaff));
    if (!m_insertAgency.exec())
        return Result<qint64>::failure(m_insertAgency.lastError().text());
    return m_insertAgency.lastInsertId().toLongLong();
}

Status ImportWriter::updateAgency(qint64 id, const AgencyRecord &agency)
{
    m_updateAgency.bindValue(QStringLiteral(":name"), SqlValue::ofText(agency.name));
    m_updateAgency.bindValue(QStringLiteral(":kind"), SqlValue::ofText(agency.kind));
    m_updateAgency.bindValue(QStringLiteral(":county"), SqlValue::ofText(agency.county));
    m_updateAgency.bindValue(QStringLiteral(":parent"), SqlValue::ofText(agency.parentOrg));
    m_updateAgency.bindValue(QStringLiteral(":sworn"), SqlValue::of(agency.swornStaff));
    m_updateAgency.bindValue(QStringLiteral(":id"), id);
    return m_updateAgency.exec() ? Status::success() : failed(m_updateAgency);
}

Result<std::optional<qint64>> ImportWriter::upsertReport(const MisuseReport &r)
{
    using R = Result<std::optional<qint64>>;
    QSqlQuery &q = m_upsertReport;
    q.addBindValue(r.agencyId);
    q.addBindValue(r.year);
    q.addBindValue(SqlValue::of(r.filed));
    q.addBindValue(SqlValue::of(r.filedDate));
    q.addBindValue(SqlValue::of(r.investigations));
    q.addBindValue(SqlValue::of(r.violations ? std::optional<int>(r.violations->low) : std::nullopt));
    q.addBindValue(SqlValue::of(r.violations ? std::optional<int>(r.violations->high) : std::nullopt));
    q.addBindValue(SqlValue::of(r.individuals));
    q.addBindValue(SqlValue::of(r.pending));
    for (const std::optional<int> &outcome : r.outcomes)
        q.addBindValue(SqlValue::of(outcome));
    q.addBindValue(SqlValue::ofText(r.notes));
    q.addBindValue(SqlValue::ofText(r.sourceFile));
    q.addBindValue(SqlValue::of(r.sourceLine));
    if (!q.exec())
        return R::failure(q.lastError().text());
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<qint64> ImportWriter::reportId(qint64 agencyId, int year)
{
    m_reportId.addBindValue(agencyId);
    m_reportId.addBindValue(year);
    if (!m_reportId.exec() || !m_reportId.next())
        return Result<qint64>::failure(m_reportId.lastError().text());
    const qint64 id = m_reportId.value(0).toLongLong();
    m_reportId.finish();
    return id;
}

Status ImportWriter::writeCategories(qint64 reportId, const MisuseReport &report, bool removeUnknown,
                                     const QList<bool> &columnPresent)
{
    const QStringList &codes = MisuseCategory::codes();
    for (int i = 0; i < codes.size(); ++i) {
        if (!columnPresent.at(i))
            continue;
        const auto it = report.categories.constFind(codes.at(i));
        if (it != report.categories.constEnd()) {
            m_upsertCategory.addBindValue(reportId);
            m_upsertCategory.addBindValue(codes.at(i));
            m_upsertCategory.addBindValue(it.value());
            if (!m_upsertCategory.exec())
                return failed(m_upsertCategory);
        } else if (removeUnknown) {
            m_deleteCategory.addBindValue(reportId);
            m_deleteCategory.addBindValue(codes.at(i));
            if (!m_deleteCategory.exec())
                return failed(m_deleteCategory);
        }
    }
    return Status::success();
}

Status ImportWriter::upsertContact(qint64 agencyId, const ContactRecord &contact)
{
    m_findContact.addBindValue(agencyId);
    m_findContact.addBindValue(contact.name);
    if (!m_findContact.exec())
        return failed(m_findContact);
    const bool found = m_findContact.next();
    const qint64 id = found ? m_findContact.value(0).toLongLong() : 0;
    m_findContact.finish();
    if (!found) {
        m_insertContact.addBindValue(agencyId);
        m_insertContact.addBindValue(contact.name);
        m_insertContact.addBindValue(SqlValue::ofText(contact.role));
        m_insertContact.addBindValue(SqlValue::ofText(contact.phone));
        m_insertContact.addBindValue(SqlValue::ofText(contact.email));
        return m_insertContact.exec() ? Status::success() : failed(m_insertContact);
    }
    m_updateContact.bindValue(QStringLiteral(":name"), contact.name);
    m_updateContact.bindValue(QStringLiteral(":role"), SqlValue::ofText(contact.role));
    m_updateContact.bindValue(QStringLiteral(":phone"), SqlValue::ofText(contact.phone));
    m_updateContact.bindValue(QStringLiteral(":email"), SqlValue::ofText(contact.email));
    m_updateContact.bindValue(QStringLiteral(":id"), id);
    return m_updateContact.exec() ? Status::success() : failed(m_updateContact);
}
