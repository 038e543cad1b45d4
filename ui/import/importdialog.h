#pragma once

#include "db/import/importsource.h"

#include <QDialog>

class QAbstractItemModel;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class QTimer;

namespace cac {

class ImportChangeModel;
class ImportPreviewModel;
class Database;
class ImportIssueModel;
class ImportRunner;
class ColumnMappingModel;

// Import from the window: the first rows of the file and the result of checking all of it,
// before anything is written, with every figure the import would change in reports already
// there; then the import itself on a worker thread, with progress and Cancel (which writes
// nothing). Several files are imported as one, all or none: the preview shows one of them at
// a time, the column choices apply to every file with those headers, and each file's sheet
// and encoding are found from the file.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Database &database, const QStringList &paths, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // For tests: the buttons and what the dialog says.
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *summaryLabel() const { return m_summary; }
    // Where the copy from before the import is kept, when the import changed reports; else empty.
    QString backupPath() const;
    // Whether the import changed the database (false when every row was already there as the
    // file has it): only then do the views reload and the undo history end.
    bool changedDatabase() const;
    ImportIssueModel *issues() const { return m_issueModel; }
    QComboBox *sheetChooser() const { return m_sheet; }
    QComboBox *fileChooser() const { return m_file; }
    ImportChangeModel *changes() const { return m_changeModel; }
    ColumnMappingModel *columns() const { return m_mappingModel; }
    QAbstractItemModel *preview() const;
    bool isRunning() const;

    void reject() override;

private:
    enum class Stage { Checking, Checked, Importing, Done };
    void startCheck();
    void startImport();
    void runnerFinished();
    void showProgress();
    // The sheet or encoding chosen: the preview and the check again.
    void readAgain();
    ImportSource::Choice choice() const;
    void fillChoosers();
    void showFile(int index);
    QString shownPath() const;
    void chooseField(const QString &header, int field);

    Database &m_database;
    QStringList m_paths;
    Stage m_stage = Stage::Checking;
    ImportRunner *m_runner;
    ImportPreviewModel *m_previewModel;
    ImportIssueModel *m_issueModel;
    ImportChangeModel *m_changeModel;
    ColumnMappingModel *m_mappingModel;
    ColumnMapping m_mapping;                    // the user's choices in this dialog
    QHash<QString, ColumnMapping> m_remembered; // choices remembered in the database
    QTableView *m_columns;
    QTableView *m_preview;
    QTableView *m_issues;
    QTableView *m_changes;
    QTabWidget *m_results;
    QLabel *m_summary;
    QLabel *m_readAs;
    QComboBox *m_file;
    QComboBox *m_sheet;
    QComboBox *m_encoding;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QTimer *m_timer;
};

} // namespace cac
