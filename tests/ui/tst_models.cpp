// Every item model the window shows, under QAbstractItemModelTester while a reviewer works:
// another year, an edit and its undo, a meeting added, outreach assigned, the audit log read.
// A model that signals a change wrongly (rows that are not there, a reset without its end)
// fails here rather than as a view that shows stale rows.
#include "demowindowfixture.h"

#include "app/editing/reviewdocument.h"
#include "app/review/reviewdecisions.h"
#include "ui/agencylistview.h"
#include "ui/audit/auditlogmodel.h"
#include "ui/audit/auditlogview.h"
#include "ui/audit/auditlogwindow.h"
#include "ui/outreach/outreachview.h"
#include "ui/profile/agencyprofileview.h"
#include "ui/review/meetingsview.h"
#include "ui/review/reviewqueueview.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

class TestModels : public QObject
{
    Q_OBJECT
    DemoWindowFixture m_fixture;

private slots:
    void initTestCase() { QVERIFY(m_fixture.prepare()); }
    void everyModelStaysConsistentThroughADay();
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

QTEST_MAIN(TestModels)
#include "tst_models.moc"
