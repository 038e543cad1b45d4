// A lookup that finds nothing says so; a lookup that cannot read says that instead. The seven
// lookups returned a bare std::optional, and the lists an empty list, so a locked or damaged file read as "no such agency"
// (a letter refused for an unknown ORI, an undo refused for a contact "no longer there").
#include "testdatabase.h"

#include "db/csv/csvexporter.h"
#include "db/stores/records/agencystore.h"
#include "db/stores/auditlogstore.h"
#include "db/stores/records/contactstore.h"
#include "db/stores/letters/draftstore.h"
#include "db/stores/letters/lettertemplatestore.h"
#include "db/stores/metastore.h"
#include "db/stores/records/reportstore.h"
#include "db/stores/records/rowwriter.h"

#include <QFileInfo>

using namespace cac;

class TestLookups : public QObject
{
    Q_OBJECT
private slots:
    void nothingFoundIsNoValue();
    void aFailedReadIsAFailure();
    void anUnreadableDemoFlagWritesNoExport();
};

void TestLookups::nothingFoundIsNoValue()
{
    TestDatabase t;
    QVERIFY(!expectOk(AgencyStore(t.connection()).findByOri(QStringLiteral("CA0000001"))));
    QVERIFY(!expectOk(AgencyStore(t.connection()).find(42)));
    QVERIFY(!expectOk(ContactStore(t.connection()).find(42)));
    QVERIFY(!expectOk(DraftStore(t.connection()).find(42)));
    QVERIFY(!expectOk(LetterTemplateStore(t.connection()).latest(QStringLiteral("nothing"))));
    QVERIFY(!expectOk(AuditLogStore(t.connection()).latestFor(QStringLiteral("agency"), 42)));
    QVERIFY(!expectOk(ReportStore(t.connection()).find(42, 2020)));
    QVERIFY(!expectOk(RowWriter(t.connection()).read(QStringLiteral("agency"), 42, {QStringLiteral("name")})));
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0000001', 'Alpha')")));
    QCOMPARE(expectOk(AgencyStore(t.connection()).findByOri(QStringLiteral("CA0000001")))->name, QStringLiteral("Alpha"));
}

void TestLookups::aFailedReadIsAFailure()
{
    TestDatabase t;
    // Another program took the tables away under this connection.
    QVERIFY(t.asAnotherProgram({QStringLiteral("PRAGMA foreign_keys = OFF"),
                                QStringLiteral("ALTER TABLE agency RENAME TO agency_gone"),
                                QStringLiteral("ALTER TABLE contact RENAME TO contact_gone"),
                                QStringLiteral("ALTER TABLE letter_draft RENAME TO letter_draft_gone"),
                                QStringLiteral("ALTER TABLE letter_template RENAME TO letter_template_gone"),
                                QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_gone"),
                                QStringLiteral("ALTER TABLE misuse_report RENAME TO misuse_report_gone")}));
    QVERIFY(!AgencyStore(t.connection()).findByOri(QStringLiteral("CA0000001")).ok());
    QVERIFY(!AgencyStore(t.connection()).find(1).ok());
    QVERIFY(!ContactStore(t.connection()).find(1).ok());
    QVERIFY(!DraftStore(t.connection()).find(1).ok());
    QVERIFY(!LetterTemplateStore(t.connection()).latest(QStringLiteral("censure")).ok());
    QVERIFY(!AuditLogStore(t.connection()).latestFor(QStringLiteral("agency"), 1).ok());
    QVERIFY(!ReportStore(t.connection()).find(1, 2020).ok());
    QVERIFY(!RowWriter(t.connection()).read(QStringLiteral("agency"), 1, {QStringLiteral("name")}).ok());
    // Nor is a list that cannot be read an empty one (counties, templates, ORIs).
    QVERIFY(!AgencyStore(t.connection()).counties().ok());
    QVERIFY(!AgencyStore(t.connection()).parentOrgs().ok());
    QVERIFY(!AgencyStore(t.connection()).idsByOri().ok());
    QVERIFY(!LetterTemplateStore(t.connection()).names().ok());
}

// An export of demo data must say so; when whether the file is demo cannot be read, nothing is
// written (it was taken for real data, and the CSV went out without its notice).
void TestLookups::anUnreadableDemoFlagWritesNoExport()
{
    TestDatabase t;
    QVERIFY(expectOk(MetaStore(t.connection()).value(QStringLiteral("nothing"))).isEmpty());
    QVERIFY(t.asAnotherProgram({QStringLiteral("ALTER TABLE meta RENAME TO meta_gone")}));
    QVERIFY(!MetaStore(t.connection()).isDemo().ok());
    const QString out = t.dirPath() + QStringLiteral("/out.csv");
    QVERIFY(!CsvExporter(t.database()).exportTo(out).ok());
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestLookups)
#include "tst_lookups.moc"
