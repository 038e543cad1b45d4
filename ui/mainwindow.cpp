#include "mainwindow.h"

#include "agencylistview.h"
#include "agencytablemodel.h"

#include "app/agencyoverviewquery.h"
#include "db/metastore.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_agencyModel(new AgencyTableModel(this)), m_agencyList(new AgencyListView(m_agencyModel)),
      m_demoBanner(new QLabel), m_readOnlyNote(new QLabel), m_year(new QSpinBox)
{
    m_demoBanner->setText(tr("Demo data: fictional agencies. No figure here describes a real agency."));
    m_demoBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; "
                                               "border-bottom: 1px solid #e0c56e; font-weight: bold; }"));
    m_demoBanner->setAccessibleName(tr("Demo data notice"));
    m_demoBanner->hide();
    m_readOnlyNote->setText(tr("This file is read-only: you can read it but not change it."));
    m_readOnlyNote->setStyleSheet(QStringLiteral("QLabel { background: #e7f1ff; color: #0b3a75; padding: 6px; }"));
    m_readOnlyNote->hide();
    m_year->setRange(1990, 2100);
    m_year->setPrefix(tr("Reporting year "));
    m_year->setAccessibleName(tr("Reporting year"));

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_readOnlyNote);
    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    bodyLayout->addLayout(yearRow);
    bodyLayout->addWidget(m_agencyList, 1);
    layout->addWidget(body, 1);
    setCentralWidget(central);
    createActions();
    connect(m_year, &QSpinBox::valueChanged, this, &MainWindow::reloadAgencies);
    resize(1280, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find agency"), m_agencyList, &AgencyListView::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CAC Review"), this, &MainWindow::showAbout);
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    m_database = std::move(database);
    const bool demo = MetaStore(m_database->connection()).isDemo();
    m_demoBanner->setVisible(demo);
    m_readOnlyNote->setVisible(m_database->isReadOnly());
    setWindowFilePath(m_database->path());
    setWindowTitle(QFileInfo(m_database->path()).fileName() + (demo ? tr(" (demo data)") : QString()));
    const std::optional<int> latest = AgencyOverviewQuery(m_database->connection()).latestYear();
    const QSignalBlocker block(m_year);
    m_year->setValue(latest.value_or(QDate::currentDate().year() - 1));
    reloadAgencies();
}

void MainWindow::reloadAgencies()
{
    if (!m_database)
        return;
    m_agencyModel->setAgencies(AgencyOverviewQuery(m_database->connection()).load(m_year->value()), m_year->value());
    statusBar()->showMessage(tr("%n agencies", nullptr, m_agencyModel->rowCount()));
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open review database"), QString(),
                                                      tr("CAC Review databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened.ok()) {
        QMessageBox::warning(this, tr("Cannot open the database"), opened.error());
        return;
    }
    setDatabase(opened.take());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CAC Review"),
                       tr("<h3>CAC Review %1</h3><p>A workbench for the CLETS Advisory Committee and DOJ staff "
                          "reviewing agencies' annual CLETS misuse reports.</p><p>Everything stays on this "
                          "computer.</p>").arg(QCoreApplication::applicationVersion()));
}
