#include "db/engine/database.h"
#include "db/postgresql/serveraddress.h"

#include <QTest>

using namespace cac;

class TestServerAddress : public QObject
{
    Q_OBJECT
private slots:
    void uriPartsAreRead();
    void passwordIsNeverShown();
    void remoteHostsVerifyTheServer();
    void keywordFormAndServices();
    void whatNamesAServer();
};

void TestServerAddress::uriPartsAreRead()
{
    const Result<ServerAddress> a =
            ServerAddress::parse(QStringLiteral("postgresql://ana@db.doj.example:5433/cac?application_name=x"));
    QVERIFY(a.ok());
    QCOMPARE(a.value().host(), QStringLiteral("db.doj.example"));
    QCOMPARE(a.value().port(), QStringLiteral("5433"));
    QCOMPARE(a.value().user(), QStringLiteral("ana"));
    QCOMPARE(a.value().databaseName(), QStringLiteral("cac"));
    QCOMPARE(a.value().displayName(), QStringLiteral("ana@db.doj.example:5433/cac"));
}

void TestServerAddress::passwordIsNeverShown()
{
    const Result<ServerAddress> a = ServerAddress::parse(QStringLiteral("postgresql://ana:s3cr%21t@localhost/cac"));
    QVERIFY(a.ok());
    QCOMPARE(a.value().password(), QStringLiteral("s3cr!t"));
    QVERIFY(!a.value().displayName().contains(QStringLiteral("s3cr")));
    // What the password prompt names before anything is open.
    QCOMPARE(Database::displayNameOf(QStringLiteral("postgresql://ana:s3cr%21t@localhost/cac")),
             QStringLiteral("ana@localhost/cac"));
    QCOMPARE(Database::displayNameOf(QStringLiteral("/home/ana/cac.sqlite")), QStringLiteral("cac.sqlite"));
    QVERIFY(a.value().connectionString().contains(QStringLiteral("password='s3cr!t'")));
    const ServerAddress other = a.value().withPassword(QStringLiteral("it's"));
    QCOMPARE(other.password(), QStringLiteral("it's"));
    QVERIFY(other.connectionString().contains(QStringLiteral("password='it\\'s'")));
    // A string libpq cannot read is refused with libpq's reason, never with the text itself.
    const Result<ServerAddress> bad = ServerAddress::parse(QStringLiteral("postgresql://ana:hunter2@host/x?nosuchparameter=1"));
    QVERIFY(!bad.ok());
    QVERIFY2(!bad.error().contains(QStringLiteral("hunter2")), qPrintable(bad.error()));
}

void TestServerAddress::remoteHostsVerifyTheServer()
{
    QCOMPARE(ServerAddress::parse(QStringLiteral("postgresql://ana@db.doj.example/cac")).value().value(QStringLiteral("sslmode")),
             QStringLiteral("verify-full"));
    QCOMPARE(ServerAddress::parse(QStringLiteral("postgresql://ana@db.doj.example/cac?sslmode=require"))
                     .value()
                     .value(QStringLiteral("sslmode")),
             QStringLiteral("require"));
    for (const char *local :
         {"postgresql:///cac", "postgresql://localhost/cac", "postgresql://127.0.0.1/cac", "host=/run/postgresql dbname=cac"}) {
        const Result<ServerAddress> a = ServerAddress::parse(QString::fromLatin1(local));
        QVERIFY2(a.ok(), local);
        QVERIFY2(a.value().isLocal(), local);
        QVERIFY2(a.value().value(QStringLiteral("sslmode")).isEmpty(), local);
    }
}

void TestServerAddress::keywordFormAndServices()
{
    const Result<ServerAddress> service = ServerAddress::parse(QStringLiteral("service=cac"));
    QVERIFY(service.ok());
    QCOMPARE(service.value().displayName(), QStringLiteral("service=cac"));
    QVERIFY(service.value().value(QStringLiteral("sslmode")).isEmpty()); // the service file decides
    const Result<ServerAddress> pairs = ServerAddress::parse(QStringLiteral("host=/tmp/x user=ana dbname=cac"));
    QVERIFY(pairs.ok());
    QCOMPARE(pairs.value().displayName(), QStringLiteral("ana@localhost/cac"));
    QVERIFY(!ServerAddress::parse(QStringLiteral("nosuchkeyword=1")).ok());
}

void TestServerAddress::whatNamesAServer()
{
    QVERIFY(ServerAddress::names(QStringLiteral("postgresql://x/y")));
    QVERIFY(ServerAddress::names(QStringLiteral("postgres://x/y")));
    QVERIFY(ServerAddress::names(QStringLiteral("service=cac")));
    QVERIFY(!ServerAddress::names(QStringLiteral("/home/ana/cac-review.sqlite")));
    QVERIFY(!ServerAddress::names(QStringLiteral("reports.sqlite")));
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
