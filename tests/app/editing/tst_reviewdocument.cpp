#include "testdatabase.h"

#include "app/editing/reviewdocument.h"
#include "db/stores/records/contactstore.h"
#include "db/import/reportimporter.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace cac;

class TestReviewDocument : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void editIsSavedAuditedUndoneRedone();
    void badEditIsRefusedAndWritesNothing_data();
    void badEditIsRefusedAndWritesNothing();
    void rangeEditSetsBothEnds();
    void categoryEditUndoRestoresUnknown();
    void contactAddAndRemoveUndo();
    void unchangedValueMakesNoCommand();
    void watchMarkAndSanctionRecord();

private:
    qint64 reportId(int year)
    {
        return m_t->scalar(QStringLiteral("SELECT id FROM misuse_report WHERE year = %1").arg(year)).toLongLong();
    }
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<ReviewDocument> m_document;
};

void TestReviewDocument::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(ReportImporter(m_t->database()).importFile(QFINDTESTDATA("data/metrics_fixture.csv"), {}).succeeded());
    m_document = std::make_unique<ReviewDocument>(m_t->database());
}

void TestReviewDocument::cleanup()
{
    m_document.reset();
    m_t.reset();
}

void TestReviewDocument::editIsSavedAuditedUndoneRedone()
{
    const qint64 id = reportId(2016); // Alpha 2016: investigations 10
    QSignalSpy changed(m_document.get(), &ReviewDocument::agencyChanged);
    QCOMPARE(m_document->editReport(id, QStringLiteral("investigations"), QStringLiteral("12")).error(), QString());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT investigations FROM misuse_report WHERE id = %1").arg(id)).toInt(), 12);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'misuse_report' AND action = 'update' "
                                        "AND row_id = %1 AND old_values LIKE '%\"investigations\":10%' "
                                        "AND new_values LIKE '%\"investigations\":12%'")
                                 .arg(id))
                     .toInt(),
             1);
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT investigations FROM misuse_report WHERE id = %1").arg(id)).toInt(), 10);
    m_document->undoStack()->redo();
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT investigations FROM misuse_report WHERE id = %1").arg(id)).toInt(), 12);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update'")).toInt(), 3);
}

void TestReviewDocument::badEditIsRefusedAndWritesNothing_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("negative count") << "misuse_report"
                                    << "investigations"
                                    << "-2"
                                    << "a count cannot be negative";
    QTest::newRow("low above high") << "misuse_report"
                                    << "violations"
                                    << "9-3"
                                    << "the low end of the range is above the high end";
    QTest::newRow("bad date") << "misuse_report"
                              << "filed_date"
                              << "2019-02-30"
                              << "not a date (YYYY-MM-DD or M/D/YYYY)";
    QTest::newRow("blank name") << "agency"
                                << "name"
                                << "  "
                                << "cannot be blank";
    QTest::newRow("bad status") << "agency"
                                << "service_status"
                                << "paused"
                                << "not a service status (active, suspended, removed, ended)";
}

void TestReviewDocument::badEditIsRefusedAndWritesNothing()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const int auditBefore = m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    const QString figures = QStringLiteral("SELECT coalesce(CAST(investigations AS TEXT), '?') || "
                                           "coalesce(CAST(violations_low AS TEXT), '?') || coalesce(filed_date, '?') "
                                           "FROM misuse_report ORDER BY id");
    const QString before = m_t->joined(figures);
    const QString refused =
            (table == u"agency" ? m_document->editAgency(1, field, text) : m_document->editReport(reportId(2016), field, text))
                    .error();
    QCOMPARE(refused, reason);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), auditBefore);
    QCOMPARE(m_t->joined(figures), before);
}

void TestReviewDocument::rangeEditSetsBothEnds()
{
    const qint64 id = reportId(2018); // Alpha 2018: violations 1
    QCOMPARE(m_document->editReport(id, QStringLiteral("violations"), QStringLiteral("15–25")).error(), QString());
    QCOMPARE(
            m_t->scalar(
                       QStringLiteral("SELECT violations_low || '-' || violations_high FROM misuse_report WHERE id = %1").arg(id))
                    .toString(),
            QStringLiteral("15-25"));
    QCOMPARE(m_document->editReport(id, QStringLiteral("violations"), QStringLiteral("N/A")).error(), QString());
    QVERIFY(m_t->scalar(QStringLiteral("SELECT violations_low FROM misuse_report WHERE id = %1").arg(id)).isNull());
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(
            m_t->scalar(
                       QStringLiteral("SELECT violations_low || '-' || violations_high FROM misuse_report WHERE id = %1").arg(id))
                    .toString(),
            QStringLiteral("1-1"));
}

void TestReviewDocument::categoryEditUndoRestoresUnknown()
{
    const qint64 id = reportId(2016);
    QCOMPARE(m_document->editReport(id, QStringLiteral("cat_dmv_unauthorized"), QStringLiteral("3")).error(), QString());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count FROM report_category WHERE report_id = %1").arg(id)).toInt(), 3);
    QVERIFY(!m_document->editReport(id, QStringLiteral("cat_nonsense"), QStringLiteral("3")).ok());
    m_document->undoStack()->undo();
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM report_category WHERE report_id = %1").arg(id)).toInt(), 0);
}

void TestReviewDocument::contactAddAndRemoveUndo()
{
    ContactRecord c;
    c.agencyId = 1;
    c.name = QStringLiteral("Robin Vale");
    c.email = QStringLiteral("robin@example.invalid");
    QCOMPARE(m_document->addContact(c).error(), QString());
    const QList<ContactRecord> contacts = expectOk(ContactStore(m_t->connection()).forAgency(1));
    QCOMPARE(contacts.size(), 1);
    const qint64 id = contacts.first().id;
    QCOMPARE(m_document->editContact(id, QStringLiteral("phone"), QStringLiteral("(916) 555-0100")).error(), QString());
    QCOMPARE(m_document->removeContact(id).error(), QString());
    QVERIFY(expectOk(ContactStore(m_t->connection()).forAgency(1)).isEmpty());
    m_document->undoStack()->undo(); // the removal
    QCOMPARE(expectOk(ContactStore(m_t->connection()).find(id))->phone, QStringLiteral("(916) 555-0100"));
    m_document->undoStack()->undo(); // the phone
    m_document->undoStack()->undo(); // the addition
    QVERIFY(expectOk(ContactStore(m_t->connection()).forAgency(1)).isEmpty());
    m_document->undoStack()->redo();
    QCOMPARE(expectOk(ContactStore(m_t->connection()).find(id))->name, QStringLiteral("Robin Vale"));
    QVERIFY(!m_document->addContact(ContactRecord{0, 1, QStringLiteral(" "), {}, {}, {}}).ok());
}

void TestReviewDocument::unchangedValueMakesNoCommand()
{
    QCOMPARE(m_document->editReport(reportId(2016), QStringLiteral("investigations"), QStringLiteral("10")).error(), QString());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestReviewDocument::watchMarkAndSanctionRecord()
{
    QCOMPARE(m_document->editAgency(2, QStringLiteral("immigration_watch"), QStringLiteral("yes")).error(), QString());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT immigration_watch FROM agency WHERE id = 2")).toInt(), 1);
    QVERIFY(!m_document->editAgency(2, QStringLiteral("immigration_watch"), QStringLiteral("perhaps")).ok());
    m_document->undoStack()->undo();
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT immigration_watch FROM agency WHERE id = 2")).toInt(), 0);
    QSignalSpy changed(m_document.get(), &ReviewDocument::agencyChanged);
    QCOMPARE(m_document
                     ->recordSanction({0, 2, QStringLiteral("warning"), QDate(2018, 4, 17), std::nullopt, QStringLiteral("late")})
                     .error(),
             QString());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_document->recordSanction({0, 2, QStringLiteral("fine"), QDate(2018, 4, 17), std::nullopt, QString()}).ok());
    QVERIFY(!m_document->recordSanction({0, 2, QStringLiteral("censure"), QDate(), std::nullopt, QString()}).ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM sanction")).toInt(), 1);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'sanction' AND action = 'insert'"))
                     .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestReviewDocument)
#include "tst_reviewdocument.moc"
