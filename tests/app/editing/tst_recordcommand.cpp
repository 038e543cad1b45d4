#include "testdatabase.h"

#include "app/editing/reviewdocument.h"
#include "app/review/reviewdecisions.h"
#include "db/stores/records/contactstore.h"
#include "db/import/reportimporter.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QUndoStack>

using namespace cac;

// An undo or redo writes only over what its own edit left: someone else's change (an import,
// another window, another program) is kept, and the command is refused with what changed it.
class TestRecordCommand : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void undoAfterAnImportKeepsTheImportedValue();
    void undoAfterAnotherProgramsWriteKeepsIt();
    void redoAfterAnotherWindowsWriteKeepsIt();
    void removedContactChangedSinceIsNotRemovedAgain();
    void importIsABarrierOnTheStack();
    void decisionUndoKeepsAnotherWindowsDecision();
    void editOverAnotherWindowsChangeIsRefused();
    void editToWhatAnotherWindowMadeIsNoConflict();

private:
    int investigations() const
    {
        return m_t->scalar(QStringLiteral("SELECT investigations FROM misuse_report WHERE id = %1").arg(m_report)).toInt();
    }
    void importInvestigations(int value)
    {
        QBuffer csv;
        csv.setData(QStringLiteral("ori,year,agency,agency_kind,filed,investigations,violations,individuals\n"
                                   "CA0000001,2016,Alpha Sheriff,sheriff,yes,%1,2-4,\n")
                            .arg(value)
                            .toUtf8());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(ReportImporter(m_t->database()).importDevice(csv, QStringLiteral("update.csv"), {}).succeeded());
    }
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<ReviewDocument> m_document;
    qint64 m_report = 0;
};

void TestRecordCommand::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(ReportImporter(m_t->database()).importFile(QFINDTESTDATA("data/metrics_fixture.csv"), {}).succeeded());
    m_document = std::make_unique<ReviewDocument>(m_t->database());
    m_report = m_t->scalar(QStringLiteral("SELECT id FROM misuse_report WHERE year = 2016 AND agency_id = "
                                          "(SELECT id FROM agency WHERE ori = 'CA0000001')"))
                       .toLongLong();
    QCOMPARE(investigations(), 10);
}

void TestRecordCommand::cleanup()
{
    m_document.reset();
    m_t.reset();
}

void TestRecordCommand::undoAfterAnImportKeepsTheImportedValue()
{
    QCOMPARE(m_document->editReport(m_report, QStringLiteral("investigations"), QStringLiteral("12")).error(), QString());
    importInvestigations(31); // an import the window did not see (another window's, say)
    QSignalSpy failed(m_document.get(), &ReviewDocument::editFailed);
    m_document->undoStack()->undo();
    QCOMPARE(investigations(), 31);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("was not undone")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("investigations is now \u201c31\u201d (it was \u201c12\u201d)")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Changed by ")), qPrintable(message)); // the import's audit row
    QVERIFY2(!message.contains(u'Z'), qPrintable(message));                         // local time, not the file's UTC
    QCOMPARE(m_document->undoStack()->count(), 0);                                  // the refused command is dropped
}

void TestRecordCommand::undoAfterAnotherProgramsWriteKeepsIt()
{
    QCOMPARE(m_document->editReport(m_report, QStringLiteral("investigations"), QStringLiteral("12")).error(), QString());
    QVERIFY(m_t->asAnotherProgram({QStringLiteral("UPDATE misuse_report SET investigations = 40 WHERE id = %1").arg(m_report)}));
    QSignalSpy failed(m_document.get(), &ReviewDocument::editFailed);
    m_document->undoStack()->undo();
    QCOMPARE(investigations(), 40);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("another program")),
             qPrintable(failed.first().first().toString()));
}

void TestRecordCommand::redoAfterAnotherWindowsWriteKeepsIt()
{
    QCOMPARE(m_document->editReport(m_report, QStringLiteral("investigations"), QStringLiteral("12")).error(), QString());
    m_document->undoStack()->undo();
    QCOMPARE(investigations(), 10);
    ReviewDocument otherWindow(m_t->database());
    QCOMPARE(otherWindow.editReport(m_report, QStringLiteral("investigations"), QStringLiteral("11")).error(), QString());
    QSignalSpy failed(m_document.get(), &ReviewDocument::editFailed);
    m_document->undoStack()->redo();
    QCOMPARE(investigations(), 11);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("was not made again")),
             qPrintable(failed.first().first().toString()));
}

void TestRecordCommand::removedContactChangedSinceIsNotRemovedAgain()
{
    const qint64 agency = m_t->scalar(QStringLiteral("SELECT id FROM agency WHERE ori = 'CA0000002'")).toLongLong();
    ContactRecord added;
    added.agencyId = agency;
    added.name = QStringLiteral("Ana Ruiz");
    QCOMPARE(m_document->addContact(added).error(), QString());
    const qint64 id = m_t->scalar(QStringLiteral("SELECT id FROM contact WHERE name = 'Ana Ruiz'")).toLongLong();
    QVERIFY(id > 0);
    ReviewDocument otherWindow(m_t->database());
    QCOMPARE(otherWindow.editContact(id, QStringLiteral("phone"), QStringLiteral("916-555-0100")).error(), QString());
    QSignalSpy failed(m_document.get(), &ReviewDocument::editFailed);
    m_document->undoStack()->undo(); // would remove the contact, with the phone someone added
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT phone FROM contact WHERE id = %1").arg(id)).toString(),
             QStringLiteral("916-555-0100"));
    QCOMPARE(failed.count(), 1);
}

void TestRecordCommand::importIsABarrierOnTheStack()
{
    QCOMPARE(m_document->editReport(m_report, QStringLiteral("investigations"), QStringLiteral("12")).error(), QString());
    QVERIFY(m_document->undoStack()->canUndo());
    importInvestigations(31);
    m_document->importDone();
    QVERIFY(!m_document->undoStack()->canUndo());
    QVERIFY(!m_document->undoStack()->canRedo());
    QCOMPARE(investigations(), 31);
}

void TestRecordCommand::decisionUndoKeepsAnotherWindowsDecision()
{
    const qint64 agency = m_t->scalar(QStringLiteral("SELECT id FROM agency WHERE ori = 'CA0000002'")).toLongLong();
    const auto reason = [&] {
        return m_t->scalar(QStringLiteral("SELECT reason FROM sanction_override WHERE agency_id = %1").arg(agency)).toString();
    };
    QCOMPARE(ReviewDecisions(*m_document)
                     .overrideSanction(agency, 2017, SanctionStep::Censure, SanctionStep::None, QStringLiteral("mine"))
                     .error(),
             QString());
    ReviewDocument otherWindow(m_t->database());
    QCOMPARE(ReviewDecisions(otherWindow)
                     .overrideSanction(agency, 2017, SanctionStep::Censure, SanctionStep::Suspension, QStringLiteral("theirs"))
                     .error(),
             QString());
    QSignalSpy failed(m_document.get(), &ReviewDocument::editFailed);
    m_document->undoStack()->undo(); // would clear the override, theirs included
    QCOMPARE(reason(), QStringLiteral("theirs"));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("was not undone")),
             qPrintable(failed.first().first().toString()));
    otherWindow.undoStack()->undo(); // theirs is undone to mine, as it found it
    QCOMPARE(reason(), QStringLiteral("mine"));
}

void TestRecordCommand::editOverAnotherWindowsChangeIsRefused()
{
    ReviewDocument otherWindow(m_t->database());
    QCOMPARE(otherWindow.editReport(m_report, QStringLiteral("investigations"), QStringLiteral("11"), QStringLiteral("10"))
                     .error(),
             QString());
    QSignalSpy reload(m_document.get(), &ReviewDocument::agencyChanged);
    const Status refused =
            m_document->editReport(m_report, QStringLiteral("investigations"), QStringLiteral("12"), QStringLiteral("10"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("investigations is now \u201c11\u201d (it was \u201c10\u201d)")),
             qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("Changed by ")), qPrintable(refused.error()));
    QCOMPARE(investigations(), 11);
    QCOMPARE(reload.count(), 1); // the view shows the value that won
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestRecordCommand::editToWhatAnotherWindowMadeIsNoConflict()
{
    ReviewDocument otherWindow(m_t->database());
    QCOMPARE(otherWindow.editReport(m_report, QStringLiteral("investigations"), QStringLiteral("12")).error(), QString());
    QSignalSpy reload(m_document.get(), &ReviewDocument::agencyChanged);
    QCOMPARE(m_document->editReport(m_report, QStringLiteral("investigations"), QStringLiteral("12"), QStringLiteral("10"))
                     .error(),
             QString());
    QCOMPARE(investigations(), 12);
    QCOMPARE(reload.count(), 1);
    QCOMPARE(m_document->undoStack()->count(), 0); // nothing of its own to undo
}

QTEST_GUILESS_MAIN(TestRecordCommand)
#include "tst_recordcommand.moc"
