#include "importdialog.h"

#include "app/format/displaytext.h"

#include "columnmappingmodel.h"
#include "fieldchoicedelegate.h"
#include "importchangemodel.h"
#include "importissuemodel.h"
#include "importpreviewmodel.h"

#include "app/tasks/importrunner.h"
#include "db/engine/database.h"
#include "db/stores/columnmappingstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cac {

namespace {
constexpr int PreviewRows = 20;
// The sheet chooser's item for every sheet the import reads as one table.
const QString AllAlikeSheets = QStringLiteral("\x1f all alike");
} // namespace

ImportDialog::ImportDialog(Database &database, const QStringList &paths, QWidget *parent)
    : QDialog(parent), m_database(database), m_paths(paths), m_runner(new ImportRunner(this)),
      m_previewModel(new ImportPreviewModel(this)), m_issueModel(new ImportIssueModel(this)),
      m_changeModel(new ImportChangeModel(this)), m_mappingModel(new ColumnMappingModel(this)), m_columns(new QTableView),
      m_preview(new QTableView), m_issues(new QTableView), m_changes(new QTableView), m_results(new QTabWidget),
      m_summary(new QLabel), m_readAs(new QLabel), m_file(new QComboBox), m_sheet(new QComboBox), m_encoding(new QComboBox),
      m_progress(new QProgressBar), m_import(new QPushButton(tr("&Import"))), m_cancel(new QPushButton(tr("Cancel"))),
      m_timer(new QTimer(this))
{
    setWindowTitle(paths.size() == 1 ? tr("Import %1").arg(QFileInfo(paths.first()).fileName())
                                     : tr("Import %n files as one", nullptr, int(paths.size())));
    const Result<QHash<QString, ColumnMapping>> remembered = ColumnMappingStore(database.connection()).all();
    if (remembered.ok())
        m_remembered = remembered.value();
    for (const QString &path : paths)
        m_file->addItem(QFileInfo(path).fileName(), path);
    m_previewModel->load(shownPath(), PreviewRows, choice());
    fillChoosers();
    m_columns->setModel(m_mappingModel);
    m_columns->setItemDelegateForColumn(ColumnMappingModel::Field, new FieldChoiceDelegate(m_columns));
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setStretchLastSection(true);
    for (const int column : {ColumnMappingModel::Letter, ColumnMappingModel::Header, ColumnMappingModel::FirstValue})
        m_columns->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_columns->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                               QAbstractItemView::EditKeyPressed);
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_issues->setModel(m_issueModel);
    m_issues->verticalHeader()->hide();
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->setWordWrap(false);
    m_changes->setModel(m_changeModel);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->setWordWrap(false);
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setWordWrap(true);
    m_progress->setRange(0, 1000);
    m_import->setEnabled(false);
    m_import->setDefault(true);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *previewBox = new QGroupBox(tr("First rows of the file, as they will be read (the left column is the "
                                        "line or row number)"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    // One line: what was read, and the sheet (a workbook) or the encoding (CSV) to read instead.
    auto *choices = new QHBoxLayout;
    // With several files, each file's sheet and encoding are found from it: one choice would
    // not fit them all.
    const bool several = paths.size() > 1;
    const bool workbook = !m_previewModel->sheetNames().isEmpty() && !several;
    const bool text = m_previewModel->sheetNames().isEmpty() && !several;
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_file);
    auto *sheetLabel = new QLabel(tr("&Sheet:"));
    sheetLabel->setBuddy(m_sheet);
    auto *encodingLabel = new QLabel(tr("&Encoding:"));
    encodingLabel->setBuddy(m_encoding);
    choices->addWidget(fileLabel);
    choices->addWidget(m_file);
    choices->addWidget(new QLabel(tr("Read as:")));
    choices->addWidget(m_readAs);
    choices->addSpacing(24);
    choices->addWidget(sheetLabel);
    choices->addWidget(m_sheet);
    choices->addWidget(encodingLabel);
    choices->addWidget(m_encoding);
    choices->addStretch(1);
    sheetLabel->setVisible(workbook);
    m_sheet->setVisible(workbook);
    encodingLabel->setVisible(text);
    m_encoding->setVisible(text);
    fileLabel->setVisible(several);
    m_file->setVisible(several);
    previewLayout->addLayout(choices);
    previewLayout->addWidget(m_preview);
    auto *columnsBox = new QGroupBox(tr("Columns: what each is read as"));
    (new QVBoxLayout(columnsBox))->addWidget(m_columns);
    auto *issueBox = new QGroupBox(several ? tr("Check of every row of every file") : tr("Check of every row"));
    auto *issueLayout = new QVBoxLayout(issueBox);
    issueLayout->addWidget(m_summary);
    m_results->addTab(m_issues, tr("&Problems"));
    m_results->addTab(m_changes, tr("C&hanges to reports already here"));
    issueLayout->addWidget(m_results);
    auto *layout = new QVBoxLayout(this);
    // The three parts share the height as the user drags them; columns first, as they matter most.
    auto *parts = new QSplitter(Qt::Vertical);
    parts->addWidget(previewBox);
    parts->addWidget(columnsBox);
    parts->addWidget(issueBox);
    parts->setChildrenCollapsible(false);
    parts->setSizes({200, 240, 160});
    layout->addWidget(parts, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(1000, 680);

    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_runner, &ImportRunner::finished, this, &ImportDialog::runnerFinished);
    connect(m_timer, &QTimer::timeout, this, &ImportDialog::showProgress);
    connect(m_sheet, &QComboBox::activated, this, &ImportDialog::readAgain);
    connect(m_encoding, &QComboBox::activated, this, &ImportDialog::readAgain);
    connect(m_file, &QComboBox::activated, this, &ImportDialog::showFile);
    connect(m_mappingModel, &ColumnMappingModel::fieldChosen, this, &ImportDialog::chooseField);
    startCheck();
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isRunning() const
{
    return m_runner->isRunning();
}

void ImportDialog::startCheck()
{
    m_columns->setEnabled(false);
    m_stage = Stage::Checking;
    m_summary->setText(tr("Checking every row; nothing is written yet…"));
    m_sheet->setEnabled(false);
    m_encoding->setEnabled(false);
    m_runner->start(m_paths, m_database.location(), true, choice());
    m_timer->start(100);
}

void ImportDialog::startImport()
{
    m_stage = Stage::Importing;
    m_import->setEnabled(false);
    m_summary->setText(tr("Importing…"));
    m_sheet->setEnabled(false);
    m_encoding->setEnabled(false);
    m_columns->setEnabled(false);
    m_runner->start(m_paths, m_database.location(), false, choice());
    m_timer->start(100);
}

void ImportDialog::fillChoosers()
{
    m_readAs->setText(DisplayText::orUnknown(m_previewModel->description()));
    if (m_sheet->count() == 0 && !m_previewModel->sheetNames().isEmpty()) {
        // Sheets with one header row are read together unless the user picks one of them.
        const QStringList alike = m_previewModel->sheetsAlike();
        if (alike.size() > 1)
            m_sheet->addItem(tr("All %1 sheets like \"%2\"").arg(alike.size()).arg(alike.first()), AllAlikeSheets);
        for (const QString &name : m_previewModel->sheetNames())
            m_sheet->addItem(name, name);
    }
    if (m_sheet->currentData() != AllAlikeSheets)
        m_sheet->setCurrentIndex(m_sheet->findData(m_previewModel->sheet()));
    m_mappingModel->setColumns(m_previewModel->headers(), m_previewModel->rows(),
                               m_mapping.forHeaders(m_previewModel->headers(), m_remembered));
    if (m_encoding->count() == 0) {
        m_encoding->addItem(tr("As found in the file"));
        for (const TextEncoding::Kind kind : {TextEncoding::Utf8, TextEncoding::Utf16, TextEncoding::Windows1252})
            m_encoding->addItem(TextEncoding::name(kind), int(kind));
    }
}

QString ImportDialog::shownPath() const
{
    return m_paths.value(qMax(0, m_file->currentIndex()));
}

// Another file of several in the preview; nothing about the check changes.
void ImportDialog::showFile(int index)
{
    m_file->setCurrentIndex(index);
    m_previewModel->load(shownPath(), PreviewRows, choice());
    m_sheet->clear();
    fillChoosers();
}

ImportSource::Choice ImportDialog::choice() const
{
    ImportSource::Choice chosen;
    if (m_sheet->currentIndex() >= 0 && m_paths.size() == 1 && m_sheet->currentData() != AllAlikeSheets)
        chosen.sheet = m_sheet->currentData().toString();
    if (m_encoding->currentData().isValid() && m_paths.size() == 1)
        chosen.encoding = TextEncoding::Kind(m_encoding->currentData().toInt());
    chosen.mapping = m_mapping;
    chosen.mapping.addMissing(m_mappingModel->guessesFromValues());
    chosen.remembered = m_remembered;
    return chosen;
}

void ImportDialog::chooseField(const QString &header, int field)
{
    m_mapping.choose(header, field);
    readAgain();
}

void ImportDialog::readAgain()
{
    if (m_runner->isRunning())
        return; // the choosers are disabled while a run is under way; a late signal changes nothing
    m_previewModel->load(shownPath(), PreviewRows, choice());
    fillChoosers();
    m_import->setEnabled(false);
    startCheck();
}

void ImportDialog::showProgress()
{
    m_progress->setValue(m_runner->progress());
}

void ImportDialog::runnerFinished()
{
    m_timer->stop();
    m_sheet->setEnabled(true);
    m_encoding->setEnabled(true);
    m_columns->setEnabled(true);
    const ImportSummary &s = m_runner->summary();
    m_issueModel->setIssues(s.errors, s.warnings);
    m_issues->resizeColumnsToContents();
    m_changeModel->setChanges(s.changes);
    m_changes->resizeColumnsToContents();
    const QLocale locale;
    const auto counted = [&locale](const char *one, const char *many, int n) {
        return DisplayText::plural<ImportDialog>(one, many, n).arg(locale.toString(n));
    };
    m_results->setTabText(0, tr("&Problems (%1)").arg(locale.toString(s.errorCount + s.warningCount)));
    m_results->setTabText(1, tr("C&hanges to reports already here (%1)").arg(locale.toString(s.reportsChanged)));
    if (s.cancelled) {
        m_summary->setText(tr("Cancelled: nothing was written."));
        m_stage = Stage::Checked; // nothing was written: the check stands
        m_progress->setValue(0);
        m_import->setEnabled(false);
        return;
    }
    if (!s.succeeded()) {
        QString text = DisplayText::plural<ImportDialog>(QT_TR_NOOP("%1 checked: %n problem. Nothing can be imported until "
                                                                    "the file is corrected; nothing was written."),
                                                         QT_TR_NOOP("%1 checked: %n problems. Nothing can be imported until "
                                                                    "the file is corrected; nothing was written."),
                                                         s.errorCount)
                               .arg(counted(QT_TR_NOOP("%1 row"), QT_TR_NOOP("%1 rows"), s.rows));
        if (s.errorCount > s.errors.size())
            text += tr(" The first %1 are listed.").arg(s.errors.size());
        m_summary->setText(text);
        m_stage = Stage::Checked;
        return;
    }
    QString counts = tr("%1: %2, %3 changed, %4 unchanged; %5.")
                             .arg(counted(QT_TR_NOOP("%1 row"), QT_TR_NOOP("%1 rows"), s.rows),
                                  counted(QT_TR_NOOP("%1 new report"), QT_TR_NOOP("%1 new reports"), s.reportsAdded),
                                  locale.toString(s.reportsChanged), locale.toString(s.reportsUnchanged),
                                  counted(QT_TR_NOOP("%1 new agency"), QT_TR_NOOP("%1 new agencies"), s.agenciesAdded));
    if (s.duplicateRows > 0)
        counts += u' ' +
                counted(QT_TR_NOOP("%1 row repeated an earlier row exactly and was skipped."),
                        QT_TR_NOOP("%1 rows repeated earlier rows exactly and were skipped."), s.duplicateRows);
    if (s.sameAsLastImport)
        counts += u' ' +
                tr("This is the file imported last, and nothing has been written to the database since: its rows were "
                   "not read again.");
    m_progress->setValue(1000);
    if (m_stage == Stage::Checking) {
        m_stage = Stage::Checked;
        QString ready = tr("Ready to import. %1").arg(counts);
        if (s.correctedCount > 0)
            ready += u' ' +
                    DisplayText::plural<ImportDialog>(
                             QT_TR_NOOP("%n changed report was corrected by hand since its last import, and the import "
                                        "replaces that correction: see the Changes tab."),
                             QT_TR_NOOP("%n changed reports were corrected by hand since their last import, and the import "
                                        "replaces those corrections: see the Changes tab."),
                             s.correctedCount);
        else if (s.reportsChanged > 0)
            ready += u' ' + tr("The Changes tab lists each figure that changes.");
        m_summary->setText(ready);
        if (s.errorCount == 0 && s.reportsChanged > 0 && s.warningCount == 0)
            m_results->setCurrentIndex(1);
        m_import->setEnabled(true);
        return;
    }
    m_stage = Stage::Done;
    m_summary->setText(tr("Imported. %1").arg(counts));
    accept();
}

void ImportDialog::reject()
{
    if (m_runner->isRunning()) {
        // Cancel the run; the dialog stays until the worker has rolled back.
        m_summary->setText(tr("Cancelling…"));
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

QAbstractItemModel *ImportDialog::preview() const
{
    return m_previewModel;
}

QString ImportDialog::backupPath() const
{
    return m_runner->summary().backupPath;
}

bool ImportDialog::changedDatabase() const
{
    return m_runner->summary().changedDatabase;
}

} // namespace cac
