// The audit log as the window reads it: newest first, one agency's rows (its own, its reports,
// its letters' versions), by kind of record, by text, and at most a page.
#include "testdatabase.h"

#include "db/stores/auditlogstore.h"

using namespace cac;

class TestAuditLogStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void oneAgencysChangesIncludeRowsThatNameItIndirectly();
    void filtersByKindAndText();
    void aPageHoldsTheNewestAndCountsTheRest();
    void rowsWrittenAsNotJsonAreListedNotFatal();

private:
    std::unique_ptr<TestDatabase> t;
    qint64 first = 0;
    qint64 second = 0;
};

void TestAuditLogStore::init()
{
    t = std::make_unique<TestDatabase>();
    // RETURNING id: the new row's id on either engine.
    first = t->scalar(QStringLiteral(
                              "INSERT INTO agency (ori, name) VALUES ('CA0010000', 'Alpha Police Department') RETURNING id"))
                    .toLongLong();
    second = t->scalar(QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0020000', 'Beta Sheriff') RETURNING id"))
                     .toLongLong();
    const qint64 report = t->scalar(QStringLiteral("INSERT INTO misuse_report (agency_id, year, filed, investigations) "
                                                   "VALUES (%1, 2024, 1, 3) RETURNING id")
                                            .arg(first))
                                  .toLongLong();
    QSqlQuery q(t->connection());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO report_category (report_id, category, count) VALUES (%1, 'other', 2)")
                            .arg(report)),
             qPrintable(q.lastError().text()));
    const qint64 draft =
            t->scalar(QStringLiteral(
                              "INSERT INTO letter_draft (agency_id, year, template_name, template_version, title, created_at, "
                              "updated_at) VALUES (%1, 2024, 'censure', 1, 'Censure', '2026-01-01', '2026-01-01') RETURNING id")
                              .arg(first))
                    .toLongLong();
    QVERIFY(q.exec(QStringLiteral("INSERT INTO letter_draft_version (draft_id, version, body_html, saved_at) "
                                  "VALUES (%1, 1, '<p>Dear</p>', '2026-01-01')")
                           .arg(draft)));
    QVERIFY(q.exec(QStringLiteral("UPDATE agency SET county = 'Kern' WHERE id = %1").arg(second)));
}

void TestAuditLogStore::oneAgencysChangesIncludeRowsThatNameItIndirectly()
{
    const AuditLogStore::Page page = expectOk(AuditLogStore(t->connection()).search({first, {}, {}, 100}));
    QStringList tables;
    for (const AuditLogStore::Entry &e : page.entries) {
        tables << e.tableName;
        QCOMPARE(e.agencyId, first);
        QCOMPARE(e.agencyOri, QStringLiteral("CA0010000"));
    }
    // Newest first.
    // The category count is written through the report_category view: a change of the report.
    QCOMPARE(tables,
             (QStringList{QStringLiteral("letter_draft_version"), QStringLiteral("letter_draft"), QStringLiteral("misuse_report"),
                          QStringLiteral("misuse_report"), QStringLiteral("agency")}));
    QCOMPARE(page.total, 5);
    const AuditLogStore::Page other = expectOk(AuditLogStore(t->connection()).search({second, {}, {}, 100}));
    QCOMPARE(other.total, 2); // added, then its county
}

void TestAuditLogStore::filtersByKindAndText()
{
    AuditLogStore store(t->connection());
    QCOMPARE(expectOk(store.search({0, QStringLiteral("agency"), {}, 100})).total, 3);
    // Text is found in values and agency names, case-folded; a % or _ is text, not a pattern.
    QCOMPARE(expectOk(store.search({0, {}, QStringLiteral("kern"), 100})).total, 1);
    QCOMPARE(expectOk(store.search({0, {}, QStringLiteral("beta sher"), 100})).total, 2);
    QCOMPARE(expectOk(store.search({0, {}, QStringLiteral("%"), 100})).total, 0);
    QCOMPARE(expectOk(store.search({first, QStringLiteral("letter_draft_version"), QStringLiteral("dear"), 100})).total, 1);
    QVERIFY(expectOk(store.tableNames()).contains(QStringLiteral("letter_draft_version")));
    // On a server, who is the database role too: every row here was written by the test's login.
    if (t->onServer()) {
        const QString login = t->scalar(QStringLiteral("SELECT session_user")).toString();
        QCOMPARE(expectOk(store.search({0, {}, login, 100})).total,
                 t->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt());
    }
}

void TestAuditLogStore::aPageHoldsTheNewestAndCountsTheRest()
{
    const AuditLogStore::Page page = expectOk(AuditLogStore(t->connection()).search({0, {}, {}, 2}));
    QCOMPARE(page.entries.size(), 2);
    QCOMPARE(page.total, 7);
    QCOMPARE(page.entries.first().tableName, QStringLiteral("agency")); // the county, the last write
    QVERIFY(page.entries.first().id > page.entries.last().id);
}

void TestAuditLogStore::rowsWrittenAsNotJsonAreListedNotFatal()
{
    // A file's log from before schema 8 names report_category rows by report_id.
    QVERIFY(t->asAnotherProgram({QStringLiteral("INSERT INTO audit_log (at, table_name, action, new_values) "
                                                "SELECT '2020-01-01T00:00:00Z', 'report_category', 'insert', "
                                                "'{\"report_id\": ' || id || ', \"category\": \"other\", \"count\": 1}' "
                                                "FROM misuse_report")}));
    QCOMPARE(expectOk(AuditLogStore(t->connection()).search({first, QStringLiteral("report_category"), {}, 100})).total, 1);
    // The log is a table another program can write to: a row that is not JSON is listed, with
    // no agency, and does not make the whole read fail.
    QVERIFY(t->asAnotherProgram({QStringLiteral("INSERT INTO audit_log (at, table_name, action, new_values) "
                                                "VALUES ('2026-01-01T00:00:00Z', 'contact', 'insert', 'not json')")}));
    const AuditLogStore::Page page = expectOk(AuditLogStore(t->connection()).search({0, {}, {}, 100}));
    QCOMPARE(page.total, 9);
    QCOMPARE(page.entries.first().agencyId, 0);
    QCOMPARE(expectOk(AuditLogStore(t->connection()).search({first, {}, {}, 100})).total, 6);
}

QTEST_GUILESS_MAIN(TestAuditLogStore)
#include "tst_auditlogstore.moc"
