#include "app/editing/reviewdocument.h"
#include "app/editing/serverwatch.h"
#include "db/import/reportimporter.h"
#include "db/stores/records/agencystore.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace cac;

// Runs as tst_serverwatch_postgresql: other people's changes reach an open document.
class TestServerWatch : public QObject
{
    Q_OBJECT
private slots:
    void anotherProgramsChangeNamesItsAgency();
    void ownChangesAreNotHeardTwice();
    void aBulkLoadReloadsEverything();
    void aDroppedConnectionIsOpenedAgainAndSaysSo();

private:
    static qint64 addAgency(TestDatabase &t)
    {
        if (!t.asAnotherProgram({QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0000001', 'Alpha PD')")}))
            qFatal("no agency");
        return t.scalar(QStringLiteral("SELECT id FROM agency")).toLongLong();
    }
};

void TestServerWatch::anotherProgramsChangeNamesItsAgency()
{
    TestDatabase t;
    const qint64 id = addAgency(t);
    ReviewDocument document(t.database());
    QSignalSpy changed(&document, &ReviewDocument::agencyChanged);
    QVERIFY(t.asAnotherProgram(
            {QStringLiteral("UPDATE agency SET county = 'Kern' WHERE id = %1").arg(id),
             QStringLiteral("INSERT INTO misuse_report (agency_id, year, filed) VALUES (%1, 2024, 1)").arg(id)}));
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().first().toLongLong(), id);
    QTest::qWait(300);
    QCOMPARE(changed.size(), 1); // one agency, told once for the two writes
}

void TestServerWatch::ownChangesAreNotHeardTwice()
{
    TestDatabase t;
    const qint64 id = addAgency(t);
    ReviewDocument document(t.database());
    QSignalSpy changed(&document, &ReviewDocument::agencyChanged);
    QVERIFY(AgencyStore(t.connection()).setService(id, QStringLiteral("suspended"), std::nullopt).ok());
    QVERIFY(!changed.wait(1000));
}

void TestServerWatch::aBulkLoadReloadsEverything()
{
    TestDatabase t;
    addAgency(t);
    ReviewDocument document(t.database());
    QSignalSpy changed(&document, &ReviewDocument::agencyChanged);
    // Another desk's import, on a connection of its own.
    Result<std::unique_ptr<Database>> desk = Database::open(t.location(), Database::Mode::OpenExisting);
    QVERIFY(desk.ok());
    QByteArray csv("ori,year,agency,investigations\nCA0000002,2024,Beta PD,3\nCA0000003,2024,Gamma PD,1\n");
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    QVERIFY(ReportImporter(*desk.value()).importDevice(buffer, QStringLiteral("desk.csv"), {}).succeeded());
    QVERIFY(changed.wait(5000));
    QTest::qWait(300);
    QVERIFY(changed.contains(QVariantList{qint64(0)}));
}

void TestServerWatch::aDroppedConnectionIsOpenedAgainAndSaysSo()
{
    TestDatabase t;
    const qint64 id = addAgency(t);
    ReviewDocument document(t.database());
    QSignalSpy changed(&document, &ReviewDocument::agencyChanged);
    QSignalSpy notices(&document, &ReviewDocument::notice);
    // The server drops the program's connection (as after sleep, or a restart of the server).
    QVERIFY(t.asAnotherProgram({QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                               "WHERE application_name = 'cac-review' AND datname = current_database()")}));
    document.findChild<ServerWatch *>()->check();
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.first().first().toString().contains(QStringLiteral("again")),
             qPrintable(notices.first().first().toString()));
    QVERIFY(changed.contains(QVariantList{qint64(0)})); // what changed meanwhile was not heard
    changed.clear();
    // Subscribed again: the next change is heard, and the connection writes as before.
    QVERIFY(t.asAnotherProgram({QStringLiteral("UPDATE agency SET county = 'Inyo' WHERE id = %1").arg(id)}));
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().first().toLongLong(), id);
    QVERIFY(AgencyStore(t.connection()).setService(id, QStringLiteral("suspended"), std::nullopt).ok());
    QCOMPARE(t.scalar(QStringLiteral("SELECT os_user IS NOT NULL FROM audit_log ORDER BY id DESC LIMIT 1")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestServerWatch)
#include "tst_serverwatch.moc"
