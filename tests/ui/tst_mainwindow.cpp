#include "demowindowfixture.h"
#include "testdatabase.h"

#include "app/metrics/agencyoverview.h"
#include "app/editing/reviewdocument.h"
#include "app/review/reviewwrites.h"
#include "db/stores/records/agencystore.h"
#include "db/stores/outreach/outreachstore.h"
#include "ui/agencylistview.h"
#include "ui/charts/chartsview.h"
#include "ui/import/importdialog.h"
#include "ui/mainwindow.h"
#include "ui/outreach/outreachtablemodel.h"
#include "ui/outreach/outreachview.h"
#include "ui/profile/agencyprofileview.h"
#include "ui/review/agendatablemodel.h"
#include "ui/review/meetingsview.h"
#include "ui/review/queuetablemodel.h"
#include "ui/review/reviewqueueview.h"
#include "ui/files/writtenfilenotice.h"
#include "ui/help/guidewindow.h"
#include "db/import/reportimporter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QSqlQuery>
#include <QTimer>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUndoStack>

using namespace cac;

// The reviewer's window, driven as a reviewer would, offscreen, over a demo database.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheModelTester();
    void typingFiltersAndIgnoresAccentsAndCase();
    void filtersByKindAndFiling();
    void choosingAnAgencyShowsItsNumbers();
    void editIsSavedAuditedUndoneRedone();
    void badEditIsRefusedAndNothingWritten();
    void enterOpensTheProfile();
    void cancelledImportWritesNothing();
    void windowAndProfileRenderToPng();
    void reviewQueueShowsCasesFiltersAndOverrides();
    void chartsTabDrawsTrendsAndComparisons();
    void outreachTabListsCallsAndProgress();
    void unreadableQueueSaysSoInsteadOfEmpty();
    void meetingsTabShowsReordersAndPrintsTheAgenda();
    void reviewedMarkIsUndoneFromTheEditMenu();

private:
    int visibleRows() { return m_window->agencyList()->visibleCount(); }
    void selectOri(const QString &ori);
    QModelIndex reportCell(int year, const QString &header);
    DemoWindowFixture m_fixture;
    QTemporaryDir &m_dir = m_fixture.dir;
    QString m_demoPath;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_fixture.prepare());
    m_demoPath = m_fixture.templatePath();
}

void TestMainWindow::init()
{
    m_window = m_fixture.open();
    QVERIFY(m_window && QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::selectOri(const QString &ori)
{
    QLineEdit *search = m_window->agencyList()->searchBox();
    search->clear();
    QTest::keyClicks(search, ori);
    QCOMPARE(visibleRows(), 1);
    m_window->agencyList()->table()->selectRow(0);
}

QModelIndex TestMainWindow::reportCell(int year, const QString &header)
{
    QAbstractItemModel *model = m_window->profile()->reportTable()->model();
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == header)
            column = c;
    }
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data().toInt() == year)
            return model->index(r, column);
    }
    return QModelIndex();
}

void TestMainWindow::modelsPassTheModelTester()
{
    QAbstractItemModelTester list(m_window->agencyList()->table()->model(),
                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
    selectOri(QStringLiteral("CAZ000005"));
    QAbstractItemModelTester reports(m_window->profile()->reportTable()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_window->profile()->reportTable()->model()->rowCount() > 10);
}

void TestMainWindow::typingFiltersAndIgnoresAccentsAndCase()
{
    QCOMPARE(visibleRows(), 150);
    QLineEdit *search = m_window->agencyList()->searchBox();
    QTest::keyClicks(search, QStringLiteral("rio"));
    QVERIFY(visibleRows() >= 1);
    QVERIFY(visibleRows() < 150);
    const QModelIndex first = m_window->agencyList()->table()->model()->index(0, 1);
    QVERIFY2(first.data().toString().contains(QStringLiteral("Río Seco")), qPrintable(first.data().toString()));
    const int matches = visibleRows();
    search->clear();
    QTest::keyClicks(search, QStringLiteral("RÍO"));
    QCOMPARE(visibleRows(), matches);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("rio seco"));
    QVERIFY(visibleRows() >= 1);
    for (int row = 0; row < visibleRows(); ++row)
        QVERIFY(m_window->agencyList()->table()->model()->index(row, 1).data().toString().contains(QStringLiteral("Río Seco")));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("seco field"));
    QCOMPARE(visibleRows(), 1); // every word must match: the DHS field office of Río Seco
    search->clear();
    QTest::keyClicks(search, QStringLiteral("caz000012"));
    QCOMPARE(visibleRows(), 1);
    search->clear();
    QCOMPARE(visibleRows(), 150);
}

void TestMainWindow::filtersByKindAndFiling()
{
    QComboBox *kind = m_window->agencyList()->kindFilter();
    kind->setCurrentIndex(kind->findData(QStringLiteral("federal")));
    QCOMPARE(visibleRows(), 4);
    QComboBox *filing = m_window->agencyList()->filingFilter();
    filing->setCurrentIndex(filing->findData(int(AgencyOverview::Filing::NotDue)));
    QCOMPARE(visibleRows(), 1); // the office whose service was removed in 2019
    kind->setCurrentIndex(0);
    filing->setCurrentIndex(0);
    QCOMPARE(visibleRows(), 150);
}

void TestMainWindow::choosingAnAgencyShowsItsNumbers()
{
    selectOri(QStringLiteral("CAZ000005")); // the Glendale-like case, in the last year
    QCOMPARE(m_window->profile()->heading(), QStringLiteral("Corvina Bay Police Department"));
    QCOMPARE(reportCell(m_window->reportingYear(), QStringLiteral("Violations")).data().toString(), QStringLiteral("15–25"));
    QCOMPARE(reportCell(m_window->reportingYear(), QStringLiteral("Individuals")).data().toString(), QStringLiteral("1"));
    // Years before 2019 did not report individuals: shown as unknown, not 0.
    QCOMPARE(reportCell(2012, QStringLiteral("Individuals")).data().toString(), QStringLiteral("—"));
    // A due year with no report on record is listed, as not filed, and cannot be edited.
    selectOri(QStringLiteral("CAZ000008")); // has filed nothing since 2014; half those years have no row
    QAbstractItemModel *reports = m_window->profile()->reportTable()->model();
    QCOMPARE(reports->rowCount(), m_window->reportingYear() - 2010 + 1);
    int noReport = 0;
    for (int row = 0; row < reports->rowCount(); ++row) {
        if (reports->index(row, 1).data().toString() == u"no report") {
            ++noReport;
            QVERIFY(!(reports->flags(reports->index(row, 3)) & Qt::ItemIsEditable));
        }
    }
    QVERIFY(noReport > 0);
}

void TestMainWindow::editIsSavedAuditedUndoneRedone()
{
    selectOri(QStringLiteral("CAZ000006"));
    QTableView *table = m_window->profile()->reportTable();
    const QModelIndex cell = reportCell(m_window->reportingYear(), QStringLiteral("Investigations"));
    QCOMPARE(cell.data().toString(), QStringLiteral("38"));
    table->setCurrentIndex(cell);
    table->edit(cell);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    qobject_cast<QLineEdit *>(editor)->selectAll();
    QTest::keyClicks(editor, QStringLiteral("40"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(reportCell(m_window->reportingYear(), QStringLiteral("Investigations")).data().toString(), QStringLiteral("40"));
    QSqlDatabase db = m_window->database()->connection();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update' AND table_name = 'misuse_report' "
                                  "AND new_values LIKE '%\"investigations\":40%'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QUndoStack *stack = m_window->document()->undoStack();
    stack->undo();
    QCOMPARE(reportCell(m_window->reportingYear(), QStringLiteral("Investigations")).data().toString(), QStringLiteral("38"));
    stack->redo();
    QCOMPARE(reportCell(m_window->reportingYear(), QStringLiteral("Investigations")).data().toString(), QStringLiteral("40"));
}

void TestMainWindow::badEditIsRefusedAndNothingWritten()
{
    selectOri(QStringLiteral("CAZ000006"));
    QSqlQuery q(m_window->database()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next());
    const int before = q.value(0).toInt();
    QAbstractItemModel *model = m_window->profile()->reportTable()->model();
    const QModelIndex cell = reportCell(m_window->reportingYear(), QStringLiteral("Violations"));
    QVERIFY(!model->setData(cell, QStringLiteral("30-20")));
    QCOMPARE(cell.data().toString(), QStringLiteral("38"));
    QLabel *message = m_window->profile()->messageLabel();
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1StringView("low end of the range is above the high end")),
             qPrintable(message->text()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next());
    QCOMPARE(q.value(0).toInt(), before);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
}

void TestMainWindow::enterOpensTheProfile()
{
    QTableView *list = m_window->agencyList()->table();
    list->setFocus();
    list->selectRow(3);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_window->profile()->heading(), list->model()->index(4, 1).data().toString());
    QVERIFY(m_window->profile()->reportTable()->hasFocus());
}

void TestMainWindow::cancelledImportWritesNothing()
{
    const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ori,year,agency,investigations,data_notice\n");
    for (int i = 0; i < 40000; ++i)
        file.write(QStringLiteral("CAY%1,2024,Imported Agency %1,%2,demo data\n").arg(i, 6, 10, QChar(u'0')).arg(i % 7).toUtf8());
    file.close();
    QSqlQuery q(m_window->database()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM agency")) && q.next());
    const int before = q.value(0).toInt();

    ImportDialog dialog(*m_window->database(), {csv}, m_window.get());
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.importButton()->isEnabled(), 60000); // the check found no problem
    QVERIFY(dialog.summaryLabel()->text().contains(QLatin1StringView("40,000 new reports")));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
    QTRY_VERIFY(dialog.summaryLabel()->text().contains(QLatin1StringView("Cancelled")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM agency")) && q.next());
    QCOMPARE(q.value(0).toInt(), before);
}

void TestMainWindow::windowAndProfileRenderToPng()
{
    selectOri(QStringLiteral("CAZ000012"));
    m_window->agencyList()->searchBox()->clear();
    m_window->resize(1366, 768);
    const QString out = qEnvironmentVariable("CAC_SCREENSHOT_DIR", m_dir.path());
    for (QWidget *w : std::initializer_list<QWidget *>{m_window.get(), m_window->profile()}) {
        const QImage image = w->grab().toImage();
        QVERIFY(!image.isNull());
        // Not blank: many distinct colours, as text, tables and a chart give.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        QVERIFY(image.save(
                QStringLiteral("%1/%2.png")
                        .arg(out, w == m_window.get() ? QStringLiteral("main-window") : QStringLiteral("agency-profile"))));
    }
}

void TestMainWindow::reviewQueueShowsCasesFiltersAndOverrides()
{
    m_window->tabs()->setCurrentWidget(m_window->reviewQueue());
    ReviewQueueView *queue = m_window->reviewQueue();
    QAbstractItemModel *model = queue->table()->model();
    QTRY_VERIFY(model->rowCount() > 10);
    QCOMPARE(model->index(0, QueueTableModel::Ori).data().toString(), QStringLiteral("CAZ000005"));
    QVERIFY(queue->detail()->toPlainText().contains(QStringLiteral("15–25 violations by 1 person")));
    const int all = model->rowCount();
    // Priority 0 (notes only, such as licensing checks) is listed but not counted as flagged.
    int flagged = 0;
    for (int r = 0; r < queue->model()->rowCount(); ++r)
        flagged += queue->model()->entry(r).score > 0 ? 1 : 0;
    QVERIFY(flagged < all);
    const QString count = queue->findChild<QLabel *>(QStringLiteral("queueCount"))->text();
    QVERIFY2(count.startsWith(QStringLiteral("%1 of %1 agencies flagged for").arg(flagged)), qPrintable(count));
    QVERIFY2(count.endsWith(QStringLiteral(", %1 more with notes only").arg(all - flagged)), qPrintable(count));
    queue->ruleFilter()->setCurrentIndex(queue->ruleFilter()->findData(QStringLiteral("after_warning")));
    QVERIFY(model->rowCount() >= 1 && model->rowCount() < all);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, QueueTableModel::Reasons).data().toString().contains(QLatin1StringView("after the")));
    queue->ruleFilter()->setCurrentIndex(0);
    // Override the chronic non-filer's suggestion; the queue shows it and keeps the reason.
    QueueTableModel *source = queue->model();
    const int row = source->indexOfAgency(8);
    QVERIFY(row >= 0);
    QCOMPARE(source->entry(row).suggestion.level, SanctionStep::Suspension);
    QVERIFY(ReviewWrites(m_window->database()->connection())
                    .overrideSanction(8, m_window->reportingYear(), SanctionStep::Suspension, SanctionStep::Censure,
                                      QStringLiteral("New chief; report promised by January"))
                    .ok());
    queue->reload();
    const int after = source->indexOfAgency(8);
    QCOMPARE(source->index(after, QueueTableModel::Sanction).data().toString(), QStringLiteral("Letter of censure (overridden)"));
    QCOMPARE(source->entry(after).override->reason, QStringLiteral("New chief; report promised by January"));
    // Double-click opens the agency's profile, whose Review tab shows the same arithmetic.
    emit queue->openAgency(8);
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    QCOMPARE(m_window->profile()->agencyId(), 8);
    QVERIFY(m_window->profile()->reviewText()->toPlainText().contains(
            QStringLiteral("Did not file for %1").arg(m_window->reportingYear())));
}

void TestMainWindow::chartsTabDrawsTrendsAndComparisons()
{
    ChartsView *charts = m_window->charts();
    m_window->tabs()->setCurrentWidget(charts);
    QCOMPARE(charts->chartData().title, QStringLiteral("Agencies that filed their annual misuse report"));
    QVERIFY(charts->chartData().footnote.startsWith(QLatin1StringView("Demo data, fictional agencies.")));
    QCOMPARE(charts->chartData().series.size(), 1);
    charts->kindChooser()->setCurrentIndex(4); // compare agencies
    QVERIFY(charts->message()->isVisible());   // no agencies named yet
    charts->agencies()->setText(QStringLiteral("CAZ000005, CAZ000006"));
    emit charts->agencies()->editingFinished();
    QCOMPARE(charts->chartData().series.size(), 2);
    QVERIFY(charts->chartData().series.first().name.startsWith(QLatin1StringView("Corvina Bay Police Department")));
    QVERIFY(!charts->message()->isVisible());
    // By name too (accents and case aside), or as the completer writes it; every unknown entry named.
    charts->agencies()->setText(QStringLiteral("corvina bay police department, Tessel Point Police Department (CAZ000006)"));
    emit charts->agencies()->editingFinished();
    QCOMPARE(charts->chartData().series.size(), 2);
    QVERIFY(!charts->message()->isVisible());
    charts->agencies()->setText(QStringLiteral("Nowhere PD, CAZ000005, Atlantis"));
    emit charts->agencies()->editingFinished();
    QVERIFY(charts->message()->isVisible());
    QVERIFY2(charts->message()->text().contains(QStringLiteral("Nowhere PD and Atlantis")),
             qPrintable(charts->message()->text()));
    QVERIFY(!charts->message()->text().contains(QStringLiteral("  ")));
    // The year range is the data's, not 1990 to 2100.
    const QList<QSpinBox *> years = charts->findChildren<QSpinBox *>();
    QVERIFY(std::any_of(years.cbegin(), years.cend(), [](const QSpinBox *b) { return b->value() == 2010; }));
    QVERIFY(std::none_of(years.cbegin(), years.cend(),
                         [](const QSpinBox *b) { return b->value() == 1990 || b->value() == 2100; }));
}

void TestMainWindow::outreachTabListsCallsAndProgress()
{
    OutreachView *outreach = m_window->outreach();
    m_window->tabs()->setCurrentWidget(outreach);
    OutreachTableModel *model = outreach->model();
    QVERIFY(model->rowCount() >= 3);
    QVERIFY(outreach->progress()->text().contains(QStringLiteral("%1 outstanding").arg(model->rowCount())));
    int chronic = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row).agency.ori == u"CAZ000008")
            chronic = row;
    }
    QVERIFY(chronic >= 0);
    QCOMPARE(model->index(chronic, OutreachTableModel::YearsNotFiled).data().toInt(), 11);
    QVERIFY(OutreachStore(m_window->database()->connection())
                    .logCall({0, model->entry(chronic).agency.id, m_window->reportingYear(), QDateTime::currentDateTime(),
                              QStringLiteral("ana"), QStringLiteral("promised"), QDate::currentDate().addDays(10),
                              QStringLiteral("the chief"), QDate::currentDate().addDays(3)})
                    .ok());
    outreach->reload();
    QVERIFY(outreach->progress()->text().contains(QLatin1StringView("1 promised")));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row).agency.ori == u"CAZ000008")
            QVERIFY(model->index(row, OutreachTableModel::LastCall)
                            .data()
                            .toString()
                            .endsWith(QLatin1StringView("Promised to file")));
    }
}

void TestMainWindow::unreadableQueueSaysSoInsteadOfEmpty()
{
    // A table gone (a damaged or hand-edited file): the queue and the call list say they could
    // not be read, rather than show an empty list that reads as "nothing to do".
    QSqlQuery q(m_window->database()->connection());
    QVERIFY(q.exec(QStringLiteral("DROP TABLE sanction")));
    m_window->tabs()->setCurrentWidget(m_window->reviewQueue());
    QTRY_VERIFY(m_window->reviewQueue()->detail()->toPlainText().contains(QStringLiteral("could not be read")));
    QVERIFY(m_window->reviewQueue()->detail()->toPlainText().contains(QStringLiteral("sanction")));
    QCOMPARE(m_window->reviewQueue()->table()->model()->rowCount(), 0);
    m_window->tabs()->setCurrentWidget(m_window->outreach());
    QTRY_VERIFY(m_window->outreach()->progress()->text().contains(QStringLiteral("could not be read")));
}

void TestMainWindow::meetingsTabShowsReordersAndPrintsTheAgenda()
{
    ReviewWrites actions(m_window->database()->connection());
    const Result<qint64> meeting = actions.addMeeting({0, QDate(2026, 12, 10), QStringLiteral("December"), QString(), QString()});
    QVERIFY(meeting.ok());
    const auto idOf = [this](const char *ori) {
        return expectOk(AgencyStore(m_window->database()->connection()).findByOri(QString::fromLatin1(ori)))->id;
    };
    for (const char *ori : {"CAZ000005", "CAZ000008", "CAZ000020"})
        QVERIFY(actions.addToAgenda(meeting.value(), idOf(ori)).ok());
    MeetingsView *view = m_window->meetings();
    m_window->tabs()->setCurrentWidget(view);
    QTRY_COMPARE(view->agendaTable()->model()->rowCount(), 3);
    const auto oriAt = [view](int row) {
        return view->agendaTable()->model()->index(row, AgendaTableModel::Ori).data().toString();
    };
    QCOMPARE(oriAt(0), QStringLiteral("CAZ000005"));
    QVERIFY(view->detail()->toPlainText().contains(QStringLiteral("Priority for")));
    view->moveCurrent(1);
    QCOMPARE(oriAt(0), QStringLiteral("CAZ000008"));
    QCOMPARE(oriAt(1), QStringLiteral("CAZ000005"));
    QCOMPARE(view->agendaTable()->currentIndex().row(), 1); // the moved agency stays chosen
    view->agendaTable()->selectRow(2);
    QVERIFY(view->detail()->toPlainText().contains(QStringLiteral("Nothing flags")));
    view->removeCurrent();
    QCOMPARE(view->agendaTable()->model()->rowCount(), 2);
    const QString pdf = m_dir.filePath(QStringLiteral("briefing.pdf"));
    QVERIFY(view->saveBriefing(pdf));
    // The status bar says where it went, with Open and Show in folder.
    auto *notice = m_window->statusBar()->findChild<WrittenFileNotice *>();
    QVERIFY(notice && notice->isVisible());
    QCOMPARE(notice->path(), QFileInfo(pdf).absoluteFilePath());
    QVERIFY(QFileInfo(pdf).size() > 0);
}

void TestMainWindow::reviewedMarkIsUndoneFromTheEditMenu()
{
    m_window->tabs()->setCurrentWidget(m_window->reviewQueue());
    ReviewQueueView *queue = m_window->reviewQueue();
    QTRY_VERIFY(queue->table()->model()->rowCount() > 0);
    queue->table()->selectRow(0);
    const auto reviewedAt0 = [queue] {
        return queue->table()->model()->index(0, QueueTableModel::Ori).data(QueueTableModel::ReviewedRole).toBool();
    };
    QVERIFY(!reviewedAt0());
    QPushButton *mark = nullptr;
    for (QPushButton *b : queue->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Mark &reviewed"))
            mark = b;
    QVERIFY(mark);
    mark->click();
    QTRY_VERIFY(reviewedAt0());
    QCOMPARE(m_window->document()->undoStack()->undoText(), QStringLiteral("Mark reviewed"));
    m_window->document()->undoStack()->undo();
    QTRY_VERIFY(!reviewedAt0());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
