#include "testdatabase.h"

#include "db/sqlite/auditcontext.h"
#include "db/stores/auditlogstore.h"
#include "db/model/osuser.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cac;

class TestAuditContext : public QObject
{
    Q_OBJECT
private slots:
    void everyWriteLeavesARow();
    void bulkModeSkipsInsertsOnly();
    void otherConnectionsAreNotAudited();
    void osUserWithoutEnvironmentIsTheHomeFolder();
    void unreadableSchemaFailsClosed();
};

void TestAuditContext::unreadableSchemaFailsClosed()
{
    // A schema with nothing to read, and a connection that cannot read at all: both are errors,
    // never a set-up without triggers.
    QSqlDatabase empty = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit-empty"));
    empty.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(empty.open());
    const Result<QStringList> none = AuditContext::setupStatements(empty);
    QVERIFY(!none.ok());
    QVERIFY2(none.error().contains(QStringLiteral("audit")), qPrintable(none.error()));
    QVERIFY(!AuditContext::install(empty, QStringLiteral("someone")).ok());
    empty.close();
    QVERIFY(!AuditContext::setupStatements(empty).ok());
    QVERIFY(!AuditContext::install(empty, QStringLiteral("someone")).ok());
    empty = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("audit-empty"));
}

void TestAuditContext::everyWriteLeavesARow()
{
    TestDatabase t;
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0000001', 'First Name')")));
    QVERIFY(q.exec(QStringLiteral("UPDATE agency SET name = 'Second Name' WHERE ori = 'CA0000001'")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM agency WHERE ori = 'CA0000001'")));
    const QList<AuditLogStore::Entry> log = expectOk(AuditLogStore(t.connection()).entries(QStringLiteral("agency")));
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).action, QStringLiteral("insert"));
    QCOMPARE(log.at(1).action, QStringLiteral("update"));
    QCOMPARE(log.at(2).action, QStringLiteral("delete"));
    QCOMPARE(QJsonDocument::fromJson(log.at(1).oldValues.toUtf8()).object().value(QStringLiteral("name")).toString(),
             QStringLiteral("First Name"));
    QCOMPARE(QJsonDocument::fromJson(log.at(1).newValues.toUtf8()).object().value(QStringLiteral("name")).toString(),
             QStringLiteral("Second Name"));
    QVERIFY(log.at(2).newValues.isEmpty());
    QCOMPARE(log.at(0).osUser, OsUser::name());
    QVERIFY(log.at(0).rowId > 0);
    QVERIFY(QDateTime::fromString(log.at(0).at, Qt::ISODateWithMs).isValid());
}

void TestAuditContext::bulkModeSkipsInsertsOnly()
{
    TestDatabase t;
    QSqlDatabase db = t.connection();
    QVERIFY(AuditContext::setBulk(db, true).ok());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0000001', 'A')")));
    QVERIFY(q.exec(QStringLiteral("UPDATE agency SET name = 'B'")));
    QVERIFY(AuditContext::setBulk(db, false).ok());
    QVERIFY(q.exec(QStringLiteral("UPDATE agency SET name = 'C'")));
    // A bulk import's update is logged as action 'import', one made by hand as 'update'.
    QCOMPARE(t.scalar(QStringLiteral("SELECT group_concat(action) FROM audit_log ORDER BY id")).toString(),
             QStringLiteral("import,update"));
}

void TestAuditContext::otherConnectionsAreNotAudited()
{
    // The triggers are TEMP: an analyst's own sqlite3 session is left alone.
    TestDatabase t;
    QVERIFY(asAnotherProgram(t.path(), {QStringLiteral("INSERT INTO meta (key, value) VALUES ('analyst', 'x')")}));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
}

void TestAuditContext::osUserWithoutEnvironmentIsTheHomeFolder()
{
    const QByteArray user = qgetenv("USER");
    for (const char *v : {"USER", "USERNAME", "LOGNAME"})
        qunsetenv(v);
    const QString name = OsUser::name();
    qputenv("USER", user);
    QCOMPARE(name, QDir::home().dirName());
    QVERIFY(name != u"unknown");
}

QTEST_GUILESS_MAIN(TestAuditContext)
#include "tst_auditcontext.moc"
