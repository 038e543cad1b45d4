// Every item model the window shows, under QAbstractItemModelTester while a reviewer works:
// another year, an edit and its undo, a meeting added, outreach assigned, the audit log read.
// A model that signals a change wrongly (rows that are not there, a reset without its end)
// fails here rather than as a view that shows stale rows.
#include "demowindowfixture.h"

#include "app/editing/reviewdocument.h"
#include "app/review/reviewdecisions.h"
#include "ui/agencylistview.h"
#include "ui/agencytablemodel.h"
#include "ui/audit/auditlogmodel.h"
#include "ui/audit/auditlogview.h"
#include "ui/audit/auditlogwindow.h"
#include "ui/outreach/outreachview.h"
#include "ui/profile/agencyprofileview.h"
#include "ui/review/meetingsview.h"
#include "ui/review/queuetablemodel.h"
#include "ui/review/reviewqueueview.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace cac;

class TestModels : public QObject
{
    Q_OBJECT
    DemoWindowFixture m_fixture;

private slots:
    void initTestCase() { QVERIFY(m_fixture.prepare()); }
    void everyModelStaysConsistentThroughADay();
    void oneAgencysRowIsReplacedAddedOrRemoved();
};

void TestModels::everyModelStaysConsistentThroughADay()
{
    auto window = m_fixture.open();
    QVERIFY(window);
    window->showAuditLog();
    QList<QAbstractItemModel *> models;
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        if (view->model() && !models.contains(view->model()))
            models << view->model();
    }
    for (QAbstractItemView *view : window->auditLog()->findChildren<QAbstractItemView *>())
        models << view->model();
    QVERIFY2(models.size() >= 10, qPrintable(QString::number(models.size())));
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model : std::as_const(models))
        testers.push_back(
                std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));

    // Every tab shown, so that each reads its rows.
    for (int tab = 0; tab < window->tabs()->count(); ++tab) {
        window->tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
    }
    auto *year = window->findChild<QSpinBox *>();
    QVERIFY(year);
    year->setValue(year->value() - 1);
    year->setValue(year->value() + 1);
    const qint64 agency = window->profile()->agencyId();
    QVERIFY(agency != 0);
    window->tabs()->setCurrentWidget(window->reviewQueue()); // the queue shown: a decision updates one row
    QCoreApplication::processEvents();
    ReviewDecisions decisions(*window->document());
    QVERIFY(decisions.markReviewed(agency, window->reportingYear(), true).ok());
    const Result<qint64> meeting = decisions.addMeeting({0, QDate(2027, 3, 4), QStringLiteral("March meeting"), {}, {}});
    QVERIFY(meeting.ok());
    QVERIFY(decisions.addToAgenda(meeting.value(), agency).ok());
    window->tabs()->setCurrentWidget(window->meetings());
    QCoreApplication::processEvents();
    window->document()->undoStack()->undo();
    window->document()->undoStack()->undo();
    window->document()->undoStack()->undo();
    window->outreach()->reload();
    window->auditLog()->view()->reload();
    QVERIFY(window->auditLog()->view()->model()->rowCount() > 0);
}

void TestModels::oneAgencysRowIsReplacedAddedOrRemoved()
{
    // After a decision or an edit the window reads one agency again, not all of them.
    QueueTableModel queue;
    QAbstractItemModelTester queueTester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<QueueEntry> entries(3);
    for (int i = 0; i < 3; ++i) {
        entries[i].agency.id = i + 1;
        entries[i].agency.name = QStringLiteral("Agency %1").arg(i + 1);
    }
    queue.setEntries(entries);
    QueueEntry reviewed = entries.at(1);
    reviewed.reviewed = true;
    QSignalSpy changed(&queue, &QAbstractItemModel::dataChanged);
    queue.updateAgency(2, reviewed);
    QCOMPARE(changed.size(), 1);
    QVERIFY(queue.entry(1).reviewed);
    queue.updateAgency(1, std::nullopt); // no longer flagged: leaves the queue
    QCOMPARE(queue.rowCount(), 2);
    QCOMPARE(queue.indexOfAgency(1), -1);
    QueueEntry flagged;
    flagged.agency.id = 9;
    queue.updateAgency(9, flagged); // newly flagged: joins it
    QCOMPARE(queue.rowCount(), 3);
    QCOMPARE(queue.indexOfAgency(9), 2);
    queue.updateAgency(42, std::nullopt); // neither there nor flagged: nothing
    QCOMPARE(queue.rowCount(), 3);

    AgencyTableModel agencies;
    QAbstractItemModelTester agencyTester(&agencies, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AgencyOverview a;
    a.id = 1;
    a.ori = QStringLiteral("CA0000001");
    a.name = QStringLiteral("Alder PD");
    agencies.setAgencies({a}, 2025);
    a.name = QStringLiteral("Alder Police Department");
    agencies.updateAgency(a);
    QCOMPARE(agencies.rowCount(), 1);
    QVERIFY(agencies.searchTextAt(0).contains(QStringLiteral("department"))); // folded again
    a.id = 2;
    a.ori = QStringLiteral("CA0000002");
    agencies.updateAgency(a);
    QCOMPARE(agencies.rowCount(), 2);
    QCOMPARE(agencies.agencyAt(1).ori, QStringLiteral("CA0000002"));
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
