// The audit log in the window: View > Audit log lists the whole file's changes, newest first,
// with who and old and new values, filtered by text and kind of record; the profile's History
// tab lists one agency's; neither stays on screen once another file is opened.
#include "../demowindowfixture.h"

#include "app/editing/reviewdocument.h"
#include "app/review/reviewdecisions.h"
#include "db/model/osuser.h"
#include "ui/agencylistview.h"
#include "ui/agencytablemodel.h"
#include "ui/audit/auditlogmodel.h"
#include "ui/audit/auditlogview.h"
#include "ui/audit/auditlogwindow.h"
#include "ui/profile/agencyprofileview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace cac;

class TestAuditLogView : public QObject
{
    Q_OBJECT
    DemoWindowFixture m_fixture;

private slots:
    void initTestCase() { QVERIFY(m_fixture.prepare()); }
    void theWholeFilesLogShowsTheLatestChangeFirst();
    void theProfileShowsOneAgencysHistory();
    void theLogClosesWithItsFile();
};

namespace {
QString cell(const AuditLogView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

AgencyOverview agencyAt(const MainWindow &window, int row)
{
    const auto *model = qobject_cast<const AgencyTableModel *>(window.agencyList()->table()->model());
    if (model)
        return model->agencyAt(row);
    // The list's model is a filter over the agencies: ask the source.
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(window.agencyList()->table()->model());
    return qobject_cast<const AgencyTableModel *>(proxy->sourceModel())->agencyAt(proxy->mapToSource(proxy->index(row, 0)).row());
}
} // namespace

void TestAuditLogView::theWholeFilesLogShowsTheLatestChangeFirst()
{
    auto window = m_fixture.open();
    QVERIFY(window);
    const AgencyOverview agency = agencyAt(*window, 0);
    QVERIFY(ReviewDecisions(*window->document()).markReviewed(agency.id, window->reportingYear(), true).ok());

    window->showAuditLog();
    AuditLogView *view = window->auditLog()->view();
    QVERIFY(window->auditLog()->windowTitle().contains(QStringLiteral("demo data")));
    QCOMPARE(cell(view, 0, AuditLogModel::Record), QStringLiteral("Reviewed mark"));
    QCOMPARE(cell(view, 0, AuditLogModel::Action), QStringLiteral("Added"));
    QCOMPARE(cell(view, 0, AuditLogModel::Who), OsUser::name());
    QVERIFY(cell(view, 0, AuditLogModel::Agency).startsWith(agency.ori));
    QVERIFY(!cell(view, 0, AuditLogModel::When).contains(u'T')); // local time, not the file's UTC
    QVERIFY(!view->table()->isColumnHidden(AuditLogModel::Agency));

    // A change made while the log is open shows at once.
    QVERIFY(ReviewDecisions(*window->document()).markReviewed(agency.id, window->reportingYear(), false).ok());
    QCOMPARE(cell(view, 0, AuditLogModel::Action), QStringLiteral("Removed"));

    // The selected entry's values in full below.
    view->table()->selectRow(0);
    QVERIFY(view->detailText()->toPlainText().contains(QStringLiteral("year: %1").arg(window->reportingYear())));

    // Filtered by kind of record, and by text once typing pauses.
    const int all = view->model()->rowCount();
    view->recordChoice()->setCurrentIndex(view->recordChoice()->findText(QStringLiteral("Warning or sanction")));
    emit view->recordChoice()->activated(view->recordChoice()->currentIndex());
    QVERIFY(view->model()->rowCount() > 0 && view->model()->rowCount() < all);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(cell(view, row, AuditLogModel::Record), QStringLiteral("Warning or sanction"));
    view->recordChoice()->setCurrentIndex(0);
    QTest::keyClicks(view->filterEdit(), QStringLiteral("no such text anywhere"));
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QCOMPARE(view->countLabel()->text(), QStringLiteral("No change matches the filter."));
}

void TestAuditLogView::theProfileShowsOneAgencysHistory()
{
    auto window = m_fixture.open();
    QVERIFY(window);
    const AgencyOverview agency = agencyAt(*window, 1);
    const AgencyOverview other = agencyAt(*window, 2);
    QVERIFY(ReviewDecisions(*window->document()).markReviewed(agency.id, window->reportingYear(), true).ok());
    QVERIFY(ReviewDecisions(*window->document()).markReviewed(other.id, window->reportingYear(), true).ok());
    window->profile()->showAgency(agency.id);
    AuditLogView *history = window->profile()->history();
    QTabWidget *profileTabs = window->profile()->findChild<QTabWidget *>();
    profileTabs->setCurrentWidget(history);
    QVERIFY(history->model()->rowCount() >= 1);
    QVERIFY(history->table()->isColumnHidden(AuditLogModel::Agency));
    for (int row = 0; row < history->model()->rowCount(); ++row)
        QCOMPARE(history->model()->entry(row).agencyId, agency.id);
    QCOMPARE(cell(history, 0, AuditLogModel::Record), QStringLiteral("Reviewed mark"));

    // Another agency: its own history.
    window->profile()->showAgency(other.id);
    QCOMPARE(history->model()->entry(0).agencyId, other.id);
}

void TestAuditLogView::theLogClosesWithItsFile()
{
    auto window = m_fixture.open();
    QVERIFY(window);
    window->showAuditLog();
    QPointer<AuditLogWindow> log = window->auditLog();
    QVERIFY(log && log->isVisible());
    auto other = Database::open(m_fixture.templatePath(), Database::Mode::OpenExisting);
    QVERIFY(other.ok());
    window->setDatabase(other.take());
    QVERIFY(!log || !log->isVisible());
    QTRY_VERIFY(!log);
}

QTEST_MAIN(TestAuditLogView)
#include "tst_auditlogview.moc"
