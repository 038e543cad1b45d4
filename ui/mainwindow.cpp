#include "mainwindow.h"

#include "agencylistview.h"
#include "agencytablemodel.h"
#include "charts/chartsview.h"
#include "letters/drafteditor.h"
#include "letters/templateeditor.h"
#include "outreach/outreachview.h"
#include "profile/agencyprofileview.h"
#include "recentfiles.h"
#include "review/meetingsview.h"
#include "review/reviewqueueview.h"
#include "review/reviewsettingsdialog.h"

#include "app/metrics/agencyoverviewquery.h"
#include "app/editing/reviewdocument.h"
#include "app/review/reviewdecisions.h"
#include "app/review/reviewqueue.h"
#include "db/stores/records/agencystore.h"

#include "ui/audit/auditlogwindow.h"
#include "ui/files/backupactions.h"
#include "ui/files/databasefileactions.h"
#include "ui/files/permissionnote.h"
#include "ui/files/serverlogin.h"
#include "ui/files/csvactions.h"
#include "ui/review/queueselectionactions.h"
#include "ui/files/droppedfiles.h"
#include "ui/help/guidewindow.h"
#include "ui/files/demoflag.h"
#include "app/format/displaytext.h"
#include <QCloseEvent>
#include <QFileInfo>
#include <QDropEvent>
#include <QDragEnterEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace cac {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_agencyModel(new AgencyTableModel(this)), m_agencyList(new AgencyListView(m_agencyModel)),
      m_profile(new AgencyProfileView), m_splitter(new QSplitter(Qt::Horizontal)), m_queue(new ReviewQueueView),
      m_meetings(new MeetingsView), m_charts(new ChartsView), m_outreach(new OutreachView), m_tabs(new QTabWidget),
      m_demoBanner(new QLabel), m_readOnlyNote(new PermissionNote), m_year(new QSpinBox), m_undoGroup(new QUndoGroup(this))
{
    m_demoBanner->setText(tr("Demo data: fictional agencies. No figure here describes a real agency."));
    m_demoBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; "
                                               "border-bottom: 1px solid #e0c56e; font-weight: bold; }"));
    m_demoBanner->setAccessibleName(tr("Demo data notice"));
    m_demoBanner->hide();
    m_year->setRange(1990, 2100);
    m_year->setPrefix(tr("Reporting year "));
    m_year->setAccessibleName(tr("Reporting year"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_agencyList, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_profile);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_readOnlyNote);
    auto *yearRow = new QHBoxLayout;
    yearRow->setContentsMargins(6, 6, 6, 0);
    yearRow->addWidget(m_year);
    yearRow->addWidget(new QLabel(tr("The year whose filing, figures and review queue are shown.")));
    yearRow->addStretch(1);
    layout->addLayout(yearRow);
    m_tabs->addTab(m_splitter, tr("A&gencies"));
    m_tabs->addTab(m_queue, tr("Review &queue"));
    m_tabs->addTab(m_meetings, tr("&Meetings"));
    m_tabs->addTab(m_charts, tr("&Charts"));
    m_tabs->addTab(m_outreach, tr("&Outreach"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    setAcceptDrops(true); // a database to open, or report files to import
    createActions();
    connect(m_year, &QSpinBox::valueChanged, this, &MainWindow::reloadAgencies);
    connect(m_year, &QSpinBox::valueChanged, m_queue, &ReviewQueueView::setYear);
    connect(m_year, &QSpinBox::valueChanged, m_profile, &AgencyProfileView::setYear);
    connect(m_queue, &ReviewQueueView::openAgency, this, &MainWindow::openAgency);
    connect(m_year, &QSpinBox::valueChanged, m_meetings, &MeetingsView::setYear);
    connect(m_meetings, &MeetingsView::openAgency, this, &MainWindow::openAgency);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_charts)
            m_charts->rebuild();
        if (m_tabs->currentWidget() == m_outreach)
            m_outreach->reload();
    });
    connect(m_year, &QSpinBox::valueChanged, m_outreach, &OutreachView::setYear);
    connect(m_agencyList, &AgencyListView::currentAgencyChanged, m_profile, &AgencyProfileView::showAgency);
    connect(m_agencyList, &AgencyListView::compareRequested, this, &MainWindow::compareAgencies);
    connect(m_agencyList, &AgencyListView::agendaRequested, this, &MainWindow::addAgenciesToAgenda);
    connect(m_agencyList, &AgencyListView::markReviewedRequested, this,
            [this](const QList<qint64> &ids) { decideForAgencies(ids, false); });
    connect(m_agencyList, &AgencyListView::lettersRequested, this,
            [this](const QList<qint64> &ids) { decideForAgencies(ids, true); });
    connect(m_agencyList, &AgencyListView::agencyActivated, this, [this](qint64 id) {
        m_profile->showAgency(id);
        m_profile->reportTable()->setFocus(Qt::OtherFocusReason);
    });
    // First start: most of the screen; later starts: as the reviewer left it.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableGeometry().size() * 0.92);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    const FileHost host{this,
                        [this] { return m_database.get(); },
                        [this] { return closeEditors(); },
                        [this](const QString &path) { openPath(path); },
                        [this](const QString &line) { statusBar()->showMessage(line); },
                        [this] { afterImport(); },
                        [this] { return m_isDemo; }};
    (new DatabaseFileActions(
             host, [this](std::unique_ptr<Database> created) { setDatabase(std::move(created)); }, this))
            ->addTo(file);
    file->addSeparator();
    m_imports = new CsvActions(host, this);
    m_imports->addTo(file);
    file->addSeparator();
    m_backups = new BackupActions(host, this);
    m_backups->addTo(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // The group follows the open database's stack: the actions' text and state come from it.
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    edit->addAction(m_undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence::Redo});
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(tr("&Find agency"), QKeySequence::Find, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_agencyList->focusSearch();
    });
    edit->addSeparator();
    edit->addAction(tr("Review &rules…"), this, &MainWindow::editReviewSettings);
    edit->addAction(tr("Letter &templates…"), this, [this] {
        if (!m_database)
            return;
        // The preview is filled for the agency in the profile, or the first one listed.
        QString ori;
        if (const qint64 id = m_profile->agencyId()) {
            const Result<std::optional<AgencyRecord>> shown = AgencyStore(m_database->connection()).find(id);
            ori = shown.ok() && shown.value() ? shown.value()->ori : QString(); // else: the first listed
        }
        if (ori.isEmpty() && m_agencyModel->rowCount() > 0)
            ori = m_agencyModel->agencyAt(0).ori;
        TemplateEditor(*m_database, ori, m_year->value(), this).exec();
    });

    // Tabs by keyboard, as in browsers and KDE applications; Ctrl+Tab too, where a view does not
    // take it for itself.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *next = view->addAction(tr("&Next tab"), this,
                                    [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    QAction *previous = view->addAction(tr("&Previous tab"), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
    for (QAction *action : {next, previous})
        action->setShortcutContext(Qt::WindowShortcut);
    view->addSeparator();
    view->addAction(tr("&Audit log…"), this, &MainWindow::showAuditLog);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Guide"), QKeySequence::HelpContents, this, &MainWindow::showGuide);
    help->addAction(tr("&About CAC Review"), this, &MainWindow::showAbout);
}

int MainWindow::reportingYear() const
{
    return m_year->value();
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    // Open letters belong to the database being closed; the callers asked them to close first
    // (closeEditors), this closes any left, which save as they go.
    for (DraftEditor *editor : findChildren<DraftEditor *>())
        editor->close();
    m_document.reset();
    m_database = std::move(database);
    m_document = std::make_unique<ReviewDocument>(*m_database);
    m_isDemo = DemoFlag::read(*m_database, this).value_or(false);
    m_demoBanner->setVisible(m_isDemo);
    m_readOnlyNote->showFor(*m_database);
    RecentFiles::add(m_database->locationWithoutPassword()); // a server's password is never kept
    if (!m_database->notice().isEmpty())
        statusBar()->showMessage(m_database->notice());
    setWindowFilePath(m_database->path()); // none for a server
    // The file's name; the platform adds the application's name (applicationDisplayName).
    setWindowTitle(m_database->displayName() + (m_isDemo ? tr(" (demo data)") : QString()));

    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &ReviewDocument::agencyChanged, this, &MainWindow::agencyChanged);
    connect(m_document.get(), &ReviewDocument::editFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("The change could not be saved"), message); });
    connect(m_document.get(), &ReviewDocument::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    m_profile->setDocument(m_document.get(), m_isDemo);
    // Nothing of the previous file stays on screen: its agency, its search text.
    m_profile->clear();
    m_agencyList->searchBox()->clear();

    // Unreadable, or no reports yet: last year; the views then say what they could not read.
    const Result<std::optional<int>> latest = AgencyOverviewQuery(m_database->connection()).latestYear();
    {
        const QSignalBlocker block(m_year);
        m_year->setValue(latest.ok() && latest.value() ? *latest.value() : QDate::currentDate().year() - 1);
    }
    m_profile->setYear(m_year->value());
    m_queue->setYear(m_year->value());
    m_queue->setDocument(m_document.get());
    m_queue->setDatabase(m_database.get(), m_database->permissions().whyNot(Permissions::Action::Decide));
    m_meetings->setYear(m_year->value());
    m_meetings->setDocument(m_document.get());
    m_meetings->setDatabase(m_database.get(), m_database->permissions().whyNot(Permissions::Action::Decide));
    m_charts->setDatabase(m_database.get());
    m_outreach->setYear(m_year->value());
    m_outreach->setDatabase(m_database.get(), m_database->permissions().whyNot(Permissions::Action::WorkOutreach));
    connect(m_document.get(), &ReviewDocument::agencyChanged, m_outreach, &OutreachView::reload);
    connect(m_document.get(), &ReviewDocument::agencyChanged, m_charts, &ChartsView::rebuildIfShown);
    connect(m_document.get(), &ReviewDocument::agencyChanged, m_queue, &ReviewQueueView::agencyChanged);
    reloadAgencies();
    if (m_agencyModel->rowCount() > 0)
        m_agencyList->table()->selectRow(0);
}

void MainWindow::agencyChanged(qint64 agencyId)
{
    if (!m_database)
        return;
    if (agencyId == 0)
        return reloadAgencies();
    // A failed read keeps the row as it was shown; the next full reload tries again.
    const Result<std::optional<AgencyOverview>> one =
            AgencyOverviewQuery(m_database->connection()).loadOne(agencyId, m_year->value());
    if (one.ok() && one.value())
        m_agencyModel->updateAgency(*one.value());
}

void MainWindow::reloadAgencies()
{
    if (!m_database)
        return;
    // The agencies chosen stay chosen (by id), as in the review queue.
    const qint64 current = m_agencyList->currentAgencyId();
    const QList<qint64> chosen = m_agencyList->selectedAgencyIds();
    const Result<QList<AgencyOverview>> agencies = AgencyOverviewQuery(m_database->connection()).load(m_year->value());
    if (!agencies.ok()) // the list keeps what it showed
        return statusBar()->showMessage(tr("The agencies could not be read: %1").arg(agencies.error()));
    m_agencyModel->setAgencies(agencies.value(), m_year->value());
    if (current != 0)
        m_agencyList->selectAgency(current);
    m_agencyList->reselect(chosen);
    statusBar()->showMessage(m_agencyModel->rowCount() == 0
                                     ? tr("%1 holds no reports yet: File > Import reports… or Import a folder of reports…")
                                               .arg(m_database->displayName())
                                     : DisplayText::plural<MainWindow>(QT_TR_NOOP("%1 agency in %2"),
                                                                       QT_TR_NOOP("%1 agencies in %2"), m_agencyModel->rowCount())
                                               .arg(m_agencyModel->rowCount())
                                               .arg(m_database->displayName()));
}

void MainWindow::openPath(const QString &path)
{
    if (!closeEditors())
        return;
    Result<std::unique_ptr<Database>> opened = ServerLogin::open(this, path, Database::Mode::OpenExisting);
    if (!opened.ok()) {
        QMessageBox::warning(this, tr("Cannot open the database"), opened.error());
        if (!Database::namesServer(path) && !QFileInfo::exists(path))
            RecentFiles::remove(path);
        return;
    }
    setDatabase(opened.take());
}

void MainWindow::afterImport()
{
    m_document->importDone();
    m_isDemo = DemoFlag::read(*m_database, this).value_or(false);
    m_demoBanner->setVisible(m_isDemo);
    // A first import into an empty file: the reporting year becomes the data's latest.
    const Result<std::optional<int>> latest = AgencyOverviewQuery(m_database->connection()).latestYear();
    if (latest.ok() && latest.value() && m_agencyModel->rowCount() == 0)
        m_year->setValue(*latest.value()); // reloads every view for the year
    reloadAgencies();
    m_profile->reload();
    m_queue->reload();
    m_meetings->reload();
    m_outreach->reload();
    m_charts->setDatabase(m_database.get());
    if (m_agencyList->currentAgencyId() == 0 && m_agencyModel->rowCount() > 0)
        m_agencyList->table()->selectRow(0);
}

void MainWindow::openAgency(qint64 agencyId)
{
    m_tabs->setCurrentIndex(0);
    m_agencyList->searchBox()->clear();
    m_agencyList->selectAgency(agencyId);
    m_profile->showAgency(agencyId);
}

void MainWindow::editReviewSettings()
{
    if (!m_database)
        return;
    const Result<ReviewSettings> settings = ReviewQueue::loadSettings(m_database->connection());
    if (!settings.ok()) {
        QMessageBox::warning(this, tr("Cannot read the review rules"), settings.error());
        return;
    }
    ReviewSettingsDialog dialog(settings.value(), this);
    if (!m_database->permissions().may(Permissions::Action::EditRules)) {
        dialog.setReadOnly(m_database->permissions().whyNot(Permissions::Action::EditRules));
        dialog.exec();
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Undoable like any edit; the document's signal reloads the queue and the profile.
    if (const Status saved = ReviewDecisions(*m_document).saveSettings(dialog.settings()); !saved.ok())
        QMessageBox::warning(this, tr("Review rules"), saved.error());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CAC Review"),
                       tr("<h3>CAC Review %1</h3><p>A workbench for the CLETS Advisory Committee and DOJ staff reviewing "
                          "agencies' annual CLETS misuse reports.</p><p>A database file stays on this computer; a "
                          "team's database, on its own server.</p>")
                               .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_agencyList->table()->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/agencyColumns")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/agencyColumns"), m_agencyList->table()->horizontalHeader()->saveState());
}

bool MainWindow::closeEditors()
{
    return DraftEditor::closeAll(this); // one that stays open stops the switch
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closeEditors()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

AuditLogWindow *MainWindow::auditLog() const
{
    return m_auditLog;
}

void MainWindow::showAuditLog()
{
    if (!m_document)
        return;
    if (!m_auditLog)
        m_auditLog = new AuditLogWindow(*m_document, m_isDemo, this);
    m_auditLog->show();
    m_auditLog->raise();
}

void MainWindow::showGuide()
{
    // The page of the tab the user is on.
    static const QStringList pages = {QStringLiteral("agencies.md"), QStringLiteral("review-queue.md"),
                                      QStringLiteral("meetings.md"), QStringLiteral("charts.md"), QStringLiteral("outreach.md")};
    if (!m_guide)
        m_guide = new GuideWindow(this);
    m_guide->showPage(pages.value(m_tabs->currentIndex(), QStringLiteral("index.md")));
    m_guide->show();
    m_guide->raise();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!DroppedFiles::localFiles(*event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    event->acceptProposedAction();
    openDropped(DroppedFiles::localFiles(*event->mimeData()));
}

void MainWindow::openDropped(const QStringList &paths)
{
    const DroppedFiles::Plan plan = DroppedFiles::plan(paths, m_database ? m_database->path() : QString());
    switch (plan.action) {
    case DroppedFiles::Plan::Action::OpenDatabase:
        openPath(plan.database);
        break;
    case DroppedFiles::Plan::Action::Import:
        m_imports->importFiles(plan.files);
        break;
    case DroppedFiles::Plan::Action::AlreadyOpen:
    case DroppedFiles::Plan::Action::Nothing:
        statusBar()->showMessage(plan.message, 15000);
        break;
    }
}

void MainWindow::compareAgencies(const QStringList &oris)
{
    if (oris.size() > 8)
        return statusBar()->showMessage(tr("Choose 2 to 8 agencies to compare (%1 are selected).").arg(oris.size()), 15000);
    m_tabs->setCurrentWidget(m_charts);
    m_charts->compare(oris);
}

void MainWindow::addAgenciesToAgenda(const QList<qint64> &agencyIds)
{
    if (!m_database || !m_document || !m_database->permissions().may(Permissions::Action::Decide))
        return;
    QueueSelectionActions actions(*m_database, *m_document, this);
    const QString said = actions.addToAgenda(agencyIds);
    if (!actions.error().isEmpty())
        QMessageBox::warning(this, tr("Add to an agenda"), actions.error());
    statusBar()->showMessage(said, 15000);
}

void MainWindow::decideForAgencies(const QList<qint64> &agencyIds, bool draftLetters)
{
    if (!m_database || !m_document || !m_database->permissions().may(Permissions::Action::Decide) || agencyIds.isEmpty())
        return;
    const int year = m_year->value();
    const Result<QList<QueueEntry>> entries = ReviewQueue::loadEach(m_database->connection(), agencyIds, year);
    QueueSelectionActions actions(*m_database, *m_document, this);
    const QString said = !entries.ok() ? QString()
            : draftLetters             ? actions.draftLetters(entries.value(), year)
                                       : actions.markReviewed(entries.value(), year);
    if (const QString error = entries.ok() ? actions.error() : entries.error(); !error.isEmpty())
        QMessageBox::warning(this, draftLetters ? tr("Draft letters") : tr("Mark reviewed"), error);
    if (draftLetters)
        m_profile->reload(); // its Letters tab lists the new drafts
    statusBar()->showMessage(said, 15000);
}

} // namespace cac
