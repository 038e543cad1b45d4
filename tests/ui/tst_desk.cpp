// The window at a reviewer's desk: keyboard, title, switching files, several agencies at once,
// the guide. On a fresh copy of the demo database each.

#include "demowindowfixture.h"

#include "app/editing/reviewdocument.h"
#include "db/import/reportimporter.h"
#include "ui/agencylistview.h"
#include "ui/charts/chartsview.h"
#include "ui/files/droppedfiles.h"
#include "ui/help/guidewindow.h"
#include "ui/outreach/outreachtablemodel.h"
#include "ui/outreach/outreachview.h"
#include "ui/profile/agencyprofileview.h"
#include "ui/review/queuetablemodel.h"
#include "ui/review/reviewqueueview.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QValueAxis>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QHeaderView>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QMimeData>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace cac;

class TestDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_fixture.prepare()); }
    void init()
    {
        m_window = m_fixture.open();
        QVERIFY(m_window && QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        QSettings().remove(QStringLiteral("tables")); // each test starts from the program's defaults
    }
    void mnemonicsAreUnique();
    void tabsSwitchFromTheKeyboard();
    void titleNamesTheProgramOnce();
    void anotherDatabaseLeavesNothingOfTheFirst();
    void severalAgenciesAtOnceAreOneStep();
    void theGuideOpensAtTheCurrentTab();
    void columnWidthsAndSortAreRemembered();
    void droppedFilesOpenOrImport();
    void agenciesSelectedInTheListAreComparedOrPutOnAnAgenda();
    void aLegendClickHidesItsSeries();
    void agenciesSelectedInTheListAreMarkedOrLettered();
    void outreachRowsAreAssignedTogetherAndStayChosen();

private:
    void selectOri(const QString &ori);
    DemoWindowFixture m_fixture;
    QTemporaryDir &m_dir = m_fixture.dir;
    QString m_demoPath = m_fixture.templatePath();
    std::unique_ptr<MainWindow> m_window;
};

// Answers the next modal dialog once it is up (a timer firing before it opens would find none).
void answerWhenUp(const char *slot)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, slot] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            QMetaObject::invokeMethod(dialog, slot, Qt::QueuedConnection);
        }
    });
    poll->start();
}

void TestDesk::selectOri(const QString &ori)
{
    m_window->agencyList()->searchBox()->setText(ori);
    m_window->agencyList()->table()->selectRow(0);
}

namespace {
QPushButton *buttonOf(QWidget *view, const QString &text)
{
    for (QPushButton *b : view->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QChar mnemonic(const QString &text)
{
    const qsizetype amp = text.indexOf(u'&');
    return amp >= 0 && amp + 1 < text.size() ? text.at(amp + 1).toLower() : QChar();
}
} // namespace

// Alt+letter reaches one thing: the menus, the window's tabs and the agency profile's tabs, which
// are all on screen together, never share a letter (Alt+C opened Contacts, not Charts).
void TestDesk::mnemonicsAreUnique()
{
    QMap<QChar, QString> taken;
    QStringList clashes;
    const auto take = [&](const QString &text) {
        const QChar key = mnemonic(text);
        if (key.isNull())
            return;
        if (taken.contains(key))
            clashes << QStringLiteral("%1 and %2").arg(taken.value(key), text);
        taken.insert(key, text);
    };
    for (QAction *menu : m_window->menuBar()->actions())
        take(menu->text());
    for (QTabWidget *tabs : m_window->findChildren<QTabWidget *>()) {
        if (tabs->objectName() == QLatin1StringView("qt_tabwidget") || !tabs->isVisibleTo(m_window.get()))
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            take(tabs->tabText(i));
    }
    QVERIFY2(taken.contains(u'c') && taken.value(u'c') == QStringLiteral("&Charts"), qPrintable(taken.value(u'c')));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestDesk::tabsSwitchFromTheKeyboard()
{
    auto *tabs = m_window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(0);
    QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), tabs->count() - 1); // round the end
}

void TestDesk::titleNamesTheProgramOnce()
{
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CAC Review"));
    m_window->setDatabase(Database::open(m_demoPath, Database::Mode::OpenExisting).take());
    // The platform adds " — CAC Review" (the application's display name) to the title it is
    // given (QPlatformWindow::formatWindowTitle): a title that says it too shows it twice.
    const QString title = m_window->windowTitle();
    QVERIFY2(!title.contains(QStringLiteral("CAC Review")), qPrintable(title));
    QVERIFY2(title.startsWith(QStringLiteral("demo-template.sqlite")), qPrintable(title));
}

// File > New or Open: the previous file's agency, search text and compared ORIs go; an empty file
// says how to fill it; its first import sets the year and fills every tab, Outreach included.
void TestDesk::anotherDatabaseLeavesNothingOfTheFirst()
{
    selectOri(QStringLiteral("CAZ000005"));
    QVERIFY(m_window->profile()->agencyId() != 0);
    m_window->agencyList()->searchBox()->setText(QStringLiteral("corvina"));
    m_window->charts()->agencies()->setText(QStringLiteral("CAZ000005, CAZ000008"));
    const QString emptyPath = m_dir.filePath(QStringLiteral("empty.sqlite"));
    m_window->setDatabase(Database::open(emptyPath, Database::Mode::CreateIfMissing).take());
    QCOMPARE(m_window->profile()->agencyId(), 0);
    QCOMPARE(m_window->profile()->heading(), QStringLiteral("No agency chosen"));
    QVERIFY(m_window->agencyList()->searchBox()->text().isEmpty());
    QVERIFY(m_window->charts()->agencies()->text().isEmpty());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("holds no reports yet")),
             qPrintable(m_window->statusBar()->currentMessage()));
    m_window->tabs()->setCurrentWidget(m_window->outreach()); // importing while the Outreach tab is shown
    QVERIFY(ReportImporter(*m_window->database()).importFile(QFINDTESTDATA("data/metrics_fixture.csv"), {}).succeeded());
    m_window->afterImport();
    QCOMPARE(m_window->reportingYear(), 2018); // the data's latest year, not the one before today
    QVERIFY(m_window->profile()->agencyId() != 0);
    QVERIFY(m_window->outreach()->findChild<QTableView *>()->model()->rowCount() > 0); // without choosing another tab first
}

// Select several (Shift/Ctrl+click), act once, undo once; ties keep one order (by ORI), and the
// selection stays on the same agencies after the queue reloads.
void TestDesk::severalAgenciesAtOnceAreOneStep()
{
    m_window->tabs()->setCurrentWidget(m_window->reviewQueue());
    ReviewQueueView *queue = m_window->reviewQueue();
    QTableView *table = queue->table();
    QAbstractItemModel *shown = table->model();
    QTRY_VERIFY(shown->rowCount() > 10);
    for (int row = 1; row < shown->rowCount(); ++row) {
        const QModelIndex a = shown->index(row - 1, QueueTableModel::Priority);
        const QModelIndex b = shown->index(row, QueueTableModel::Priority);
        if (a.data(QueueTableModel::SortRole) == b.data(QueueTableModel::SortRole))
            QVERIFY2(a.siblingAtColumn(QueueTableModel::Ori).data().toString() <
                             b.siblingAtColumn(QueueTableModel::Ori).data().toString(),
                     qPrintable(QStringLiteral("rows %1 and %2").arg(row - 1).arg(row)));
    }
    QStringList oris;
    table->clearSelection();
    for (const int row : {2, 3, 5}) {
        table->selectionModel()->select(shown->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        oris << shown->index(row, QueueTableModel::Ori).data().toString();
    }
    QUndoStack *undo = m_window->document()->undoStack();
    const int steps = undo->count();
    QPushButton *mark = buttonOf(queue, QStringLiteral("Mark &reviewed"));
    QVERIFY(mark);
    mark->click();
    QCOMPARE(undo->count(), steps + 1); // one step for the three
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Marked 3 agencies reviewed")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QStringList selected;
    for (const QModelIndex &index : table->selectionModel()->selectedRows(QueueTableModel::Ori))
        selected << index.data().toString();
    selected.sort();
    oris.sort();
    QCOMPARE(selected, oris); // the same agencies, though the queue was read again
    QSqlQuery q(m_window->database()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM review_mark WHERE year = %1").arg(m_window->reportingYear())) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    undo->undo();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM review_mark WHERE year = %1").arg(m_window->reportingYear())) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Onto a new meeting's agenda, all three, one step; then undone at once.
    QPushButton *agenda = buttonOf(queue, QStringLiteral("Add to &agenda…"));
    QVERIFY(agenda);
    answerWhenUp("accept");
    agenda->click();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM meeting_agency")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Added 3 agencies to")),
             qPrintable(m_window->statusBar()->currentMessage()));
    undo->undo();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM meeting")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

// F1 opens the guide built into the program at the page of the tab shown; its links lead to its
// own pages, every one of which is there.
void TestDesk::theGuideOpensAtTheCurrentTab()
{
    m_window->tabs()->setCurrentWidget(m_window->charts());
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    GuideWindow *guide = m_window->guide();
    QVERIFY(guide && guide->isVisible());
    QCOMPARE(guide->browser()->source().fileName(), QStringLiteral("charts.md"));
    QVERIFY(guide->browser()->toPlainText().startsWith(QStringLiteral("Charts")));
    const QStringList pages = GuideWindow::pages();
    QVERIFY(pages.contains(QStringLiteral("csv-format.md")) && pages.contains(QStringLiteral("review-rules.md")));
    for (const QString &page : pages) {
        guide->showPage(page);
        QVERIFY2(!guide->browser()->toPlainText().trimmed().isEmpty(), qPrintable(page));
        // Every link to another page of the guide finds it.
        const QRegularExpression link(QStringLiteral("\\]\\(([a-z-]+\\.md)\\)"));
        QFile source(QStringLiteral(":/guide/") + page);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(source.readAll());
        for (auto it = link.globalMatch(markdown); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(pages.contains(target), qPrintable(page + QStringLiteral(" links to a missing ") + target));
        }
    }
    m_window->tabs()->setCurrentWidget(m_window->reviewQueue());
    m_window->showGuide();
    QCOMPARE(guide->browser()->source().fileName(), QStringLiteral("review-queue.md"));
}

void TestDesk::columnWidthsAndSortAreRemembered()
{
    QTableView *table = m_window->reviewQueue()->table();
    table->sortByColumn(QueueTableModel::Agency, Qt::AscendingOrder);
    table->horizontalHeader()->resizeSection(QueueTableModel::County, 211);
    m_window = m_fixture.open(); // the program opened again
    QVERIFY(m_window);
    QHeaderView *header = m_window->reviewQueue()->table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(QueueTableModel::Agency));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(header->sectionSize(QueueTableModel::County), 211);
    const QAbstractItemModel *shown = m_window->reviewQueue()->table()->model();
    QVERIFY(shown->index(0, QueueTableModel::Agency).data().toString() <=
            shown->index(1, QueueTableModel::Agency).data().toString());
}

// Dropped on the window: the open database is recognised (not opened again), another database
// opens, report files go to the import dialog.
void TestDesk::droppedFilesOpenOrImport()
{
    const QString open = m_window->database()->path();
    m_window->openDropped({open});
    QCOMPARE(m_window->database()->path(), open);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("already open")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // Report files and folders go to the import dialog (modal: what it is given is checked
    // here, without running it); a database with report files is refused as ambiguous.
    const QString csv = QFINDTESTDATA("data/metrics_fixture.csv");
    const DroppedFiles::Plan reports = DroppedFiles::plan({csv}, open);
    QCOMPARE(int(reports.action), int(DroppedFiles::Plan::Action::Import));
    QCOMPARE(reports.files, QStringList{csv});
    const DroppedFiles::Plan both = DroppedFiles::plan({csv, m_demoPath}, open);
    QCOMPARE(int(both.action), int(DroppedFiles::Plan::Action::Nothing));
    QVERIFY(both.message.contains(QStringLiteral("not both")));
    m_window->openDropped({m_demoPath});
    QCOMPARE(m_window->database()->path(), m_demoPath);
    // A drag is taken only when every URL it carries is a local file.
    QMimeData dragged;
    dragged.setUrls({QUrl::fromLocalFile(csv), QUrl::fromLocalFile(open)});
    QCOMPARE(DroppedFiles::localFiles(dragged), (QStringList{csv, open}));
    dragged.setUrls({QUrl::fromLocalFile(csv), QUrl(QStringLiteral("https://example.invalid/r.csv"))});
    QVERIFY(DroppedFiles::localFiles(dragged).isEmpty());
}

// From the agency list's context menu: the selected agencies into Charts, or onto an agenda.
void TestDesk::agenciesSelectedInTheListAreComparedOrPutOnAnAgenda()
{
    QTableView *table = m_window->agencyList()->table();
    const QAbstractItemModel *shown = table->model();
    table->clearSelection();
    for (const int row : {4, 5, 7})
        table->selectionModel()->select(shown->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(m_window->agencyList()->selectedAgencyIds().size(), 3);
    QAction *compare = nullptr;
    QAction *agenda = nullptr;
    for (QAction *a : table->actions()) {
        if (a->text().contains(QStringLiteral("Compare")))
            compare = a;
        if (a->text().contains(QStringLiteral("agenda")))
            agenda = a;
    }
    QVERIFY(compare && agenda);
    compare->trigger();
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->charts());
    QCOMPARE(m_window->charts()->chartData().series.size(), 3);
    QVERIFY(m_window->charts()->chartData().series.first().name.contains(shown->index(4, 0).data().toString()));
    m_window->tabs()->setCurrentIndex(0);
    answerWhenUp("accept");
    agenda->trigger();
    QSqlQuery q(m_window->database()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM meeting_agency")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Added 3 agencies to")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

namespace {
QAction *actionNamed(QWidget *widget, const QString &text)
{
    for (QAction *a : widget->actions()) {
        if (a->text().remove(u'&').contains(text))
            return a;
    }
    return nullptr;
}

int countOf(MainWindow &window, const QString &sql)
{
    QSqlQuery q(window.database()->connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

// From the agency list too, flagged or not: marked reviewed as one Undo step, a letter each.
void TestDesk::agenciesSelectedInTheListAreMarkedOrLettered()
{
    QTableView *table = m_window->agencyList()->table();
    table->clearSelection();
    for (const int row : {1, 4, 9})
        table->selectionModel()->select(table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString year = QString::number(m_window->reportingYear());
    const int marksBefore = countOf(*m_window, QStringLiteral("SELECT count(*) FROM review_mark WHERE year = ") + year);
    QAction *reviewed = actionNamed(table, QStringLiteral("Mark selected reviewed"));
    QAction *letters = actionNamed(table, QStringLiteral("Draft letters for selected"));
    QVERIFY(reviewed && letters);
    reviewed->trigger();
    QCOMPARE(countOf(*m_window, QStringLiteral("SELECT count(*) FROM review_mark WHERE year = ") + year), marksBefore + 3);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Marked 3 agencies reviewed")),
             qPrintable(m_window->statusBar()->currentMessage()));
    m_window->document()->undoStack()->undo(); // one step
    QCOMPARE(countOf(*m_window, QStringLiteral("SELECT count(*) FROM review_mark WHERE year = ") + year), marksBefore);

    const int draftsBefore = countOf(*m_window, QStringLiteral("SELECT count(*) FROM letter_draft"));
    letters->trigger();
    QVERIFY2(countOf(*m_window, QStringLiteral("SELECT count(*) FROM letter_draft")) == draftsBefore + 3,
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Drafted 3 letters")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

// Outreach rows are chosen several at once and assigned in one go; they stay chosen, by ORI,
// though the assignment reorders nothing or everything.
void TestDesk::outreachRowsAreAssignedTogetherAndStayChosen()
{
    m_window->tabs()->setCurrentWidget(m_window->outreach());
    QTableView *table = m_window->outreach()->table();
    QVERIFY(table->model()->rowCount() > 4);
    table->clearSelection();
    QStringList chosen;
    for (const int row : {0, 2, 3}) {
        table->selectionModel()->select(table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        chosen << m_window->outreach()->model()->entry(row).agency.ori;
    }
    answerWhenUp("accept"); // the name offered: the computer's user
    buttonOf(m_window->outreach(), QStringLiteral("A&ssign…"))->click();
    QCOMPARE(countOf(*m_window, QStringLiteral("SELECT count(*) FROM outreach_assignment")), 3);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Assigned 3 agencies to")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QStringList still;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        still << m_window->outreach()->model()->entry(index.row()).agency.ori;
    still.sort();
    chosen.sort();
    QCOMPARE(still, chosen);

    // At 1024 px the list reads without scrolling sideways (long texts elided, whole in tooltips).
    m_window->resize(1024, 700);
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    QCOMPARE(table->model()->index(0, OutreachTableModel::Agency).data(Qt::ToolTipRole),
             table->model()->index(0, OutreachTableModel::Agency).data());
}

namespace {
double axisTop(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (auto *values = qobject_cast<QValueAxis *>(axis))
            return values->max();
    }
    return 0;
}

QLegendMarker *markerOf(QChart *chart, const QString &name)
{
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (marker->label() == name)
            return marker;
    }
    return nullptr;
}
} // namespace

// One category (the demo's licensing checks) flattens the others: a click on its legend entry
// takes it out of the chart and of the axis's range; the entry stays, to show it again.
void TestDesk::aLegendClickHidesItsSeries()
{
    ChartsView *charts = m_window->charts();
    m_window->tabs()->setCurrentWidget(charts);
    charts->kindChooser()->setCurrentIndex(2); // violations by misuse category
    const double before = axisTop(charts->chartView()->chart());
    QLegendMarker *licensing = markerOf(charts->chartView()->chart(), QStringLiteral("Licensing"));
    QVERIFY(licensing);
    const auto hidden = [charts] {
        for (const ChartData::Series &s : charts->chartData().series) {
            if (s.name == u"Licensing")
                return s.hidden;
        }
        return false;
    };
    emit licensing->clicked();
    QTRY_VERIFY(hidden()); // drawn again, without it
    QVERIFY2(axisTop(charts->chartView()->chart()) < before / 5,
             qPrintable(QString::number(axisTop(charts->chartView()->chart()))));
    QLegendMarker *greyed = markerOf(charts->chartView()->chart(), QStringLiteral("Licensing"));
    QVERIFY(greyed && greyed->isVisible());
    emit greyed->clicked();
    QTRY_VERIFY(!hidden());
    QCOMPARE(axisTop(charts->chartView()->chart()), before);
}

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
