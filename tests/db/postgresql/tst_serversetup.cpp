#include "db/import/reportimporter.h"
#include "db/postgresql/serversetup.h"
#include "db/stores/records/agencystore.h"
#include "db/stores/review/reviewstore.h"
#include "db/stores/review/settingstore.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace cac;

// Runs only as tst_serversetup_postgresql: the roles are the server's, and so is the refusal.
class TestServerSetup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void eachRoleMayDoItsPartAndNoMore();
    void aBadPrefixIsRefused();

private:
    // A login of `group`, connected to the test's database.
    std::unique_ptr<Database> loginAs(const TestDatabase &t, const QString &group);
    QString m_prefix;
};

namespace {

ImportSummary importText(Database &database, const QByteArray &text)
{
    QByteArray data = text;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return ReportImporter(database).importDevice(buffer, QStringLiteral("reports.csv"), {});
}

} // namespace

void TestServerSetup::initTestCase()
{
    // Roles belong to the whole server: each run of this test has names of its own.
    m_prefix = QStringLiteral("t%1_").arg(QCoreApplication::applicationPid());
}

void TestServerSetup::cleanupTestCase()
{
    QStringList drops;
    for (const char *role : {"committee_login", "staff_login", "admin_login", "admin", "staff", "committee"})
        drops << QStringLiteral("DROP ROLE IF EXISTS %1%2").arg(m_prefix, QLatin1StringView(role));
    QVERIFY(TestServer::run(QStringLiteral("postgres"), drops));
}

std::unique_ptr<Database> TestServerSetup::loginAs(const TestDatabase &t, const QString &group)
{
    const QString login = m_prefix + group + QStringLiteral("_login");
    if (!TestServer::run(QStringLiteral("postgres"),
                         {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE "
                                         "rolname = '%1') THEN CREATE ROLE %1 LOGIN IN ROLE %2%3; "
                                         "END IF; END $$")
                                  .arg(login, m_prefix, group)}))
        return nullptr;
    QString address = t.location();
    address.replace(QRegularExpression(QStringLiteral("user=\\S+")), QStringLiteral("user=") + login);
    Result<std::unique_ptr<Database>> opened = Database::open(address, Database::Mode::OpenExisting);
    if (!opened.ok())
        qWarning("%s", qPrintable(opened.error()));
    return opened.ok() ? opened.take() : nullptr;
}

void TestServerSetup::eachRoleMayDoItsPartAndNoMore()
{
    TestDatabase t;
    QVERIFY(ServerSetup::grantRoles(t.database(), m_prefix).ok());
    const Status again = ServerSetup::grantRoles(t.database(), m_prefix);
    QVERIFY2(again.ok(), qPrintable(again.error())); // idempotent
    QVERIFY(importText(t.database(), "ori,year,agency,investigations\nCA0000001,2024,Alpha PD,3\n").succeeded());
    const qint64 agency = t.scalar(QStringLiteral("SELECT id FROM agency")).toLongLong();

    std::unique_ptr<Database> committee = loginAs(t, QStringLiteral("committee"));
    QVERIFY(committee);
    // What the window greys out, read from the same GRANTs the server enforces.
    using Action = Permissions::Action;
    QVERIFY(committee->permissions().may(Action::Decide));
    for (const Action denied :
         {Action::EditRecords, Action::Import, Action::WorkOutreach, Action::EditRules, Action::EditTemplates})
        QVERIFY(!committee->permissions().may(denied));
    QVERIFY(committee->permissions().whyNot(Action::Import).contains(m_prefix + QStringLiteral("committee_login")));
    QVERIFY(committee->permissions().summary(committee->displayName()).contains(QStringLiteral("but not edit records")));
    QVERIFY(ReviewStore(committee->connection()).markReviewed(agency, 2024, true, QStringLiteral("ana")).ok());
    const Status edit = AgencyStore(committee->connection()).setService(agency, QStringLiteral("suspended"), std::nullopt);
    QVERIFY(!edit.ok());
    QVERIFY2(edit.error().contains(QStringLiteral("permission denied")), qPrintable(edit.error()));
    const ImportSummary refused = importText(*committee, "ori,year,agency,investigations\nCA0000002,2024,Beta PD,1\n");
    QVERIFY(!refused.succeeded());
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM agency")).toInt(), 1); // nothing written
    // The log is the server's to write, not a role's.
    QSqlQuery forged(committee->connection());
    QVERIFY(!forged.exec(QStringLiteral("INSERT INTO audit_log (at, table_name, action) VALUES ('2020-01-01', 'x', 'insert')")));
    QVERIFY(!forged.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(!forged.exec(QStringLiteral("SELECT cac_log_action('x', 'import', '{}')")));
    QVERIFY(!forged.exec(QStringLiteral("SELECT cac_begin_bulk()"))); // no role but staff marks a bulk load

    std::unique_ptr<Database> staff = loginAs(t, QStringLiteral("staff"));
    QVERIFY(staff);
    QVERIFY(staff->permissions().may(Action::Import) && staff->permissions().may(Action::WorkOutreach));
    QVERIFY(!staff->permissions().may(Action::EditRules) && !staff->permissions().may(Action::EditTemplates));
    QVERIFY(importText(*staff, "ori,year,agency,investigations\nCA0000002,2024,Beta PD,1\n").succeeded());
    QCOMPARE(
            t.scalar(QStringLiteral("SELECT db_role FROM audit_log WHERE action = 'import' ORDER BY id DESC LIMIT 1")).toString(),
            m_prefix + QStringLiteral("staff_login"));
    QVERIFY(!SettingStore(staff->connection()).set(QStringLiteral("weight.not_filed"), 99).ok());

    std::unique_ptr<Database> admin = loginAs(t, QStringLiteral("admin"));
    QVERIFY(admin);
    QVERIFY(admin->permissions().summary(admin->displayName()).isEmpty()); // everything: no note
    QVERIFY(SettingStore(admin->connection()).set(QStringLiteral("weight.not_filed"), 99).ok());
    QCOMPARE(t.scalar(QStringLiteral("SELECT db_role FROM audit_log WHERE table_name = 'review_setting'")).toString(),
             m_prefix + QStringLiteral("admin_login"));
}

void TestServerSetup::aBadPrefixIsRefused()
{
    TestDatabase t;
    for (const char *bad : {"", "Cac_", "cac; DROP TABLE agency; --", "1cac"})
        QVERIFY2(!ServerSetup::grantRoles(t.database(), QString::fromLatin1(bad)).ok(), bad);
}

QTEST_GUILESS_MAIN(TestServerSetup)
#include "tst_serversetup.moc"
