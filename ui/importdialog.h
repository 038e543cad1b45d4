#pragma once

#include "db/import/importsource.h"

#include <QDialog>

class ImportPreviewModel;
class Database;
class ImportIssueModel;
class ImportRunner;
class ColumnMappingModel;
class QAbstractItemModel;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

// Import from the window: the first rows of the file and the result of checking all of it,
// before anything is written; then the import itself on a worker thread, with progress and
// Cancel (which writes nothing).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Database &database, const QString &csvPath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // For tests: the buttons and what the dialog says.
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *summaryLabel() const { return m_summary; }
    // Where the copy from before the import is kept, when the import changed reports; else empty.
    QString backupPath() const;
    ImportIssueModel *issues() const { return m_issueModel; }
    QComboBox *sheetChooser() const { return m_sheet; }
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
    void chooseField(const QString &header, int field);

    Database &m_database;
    QString m_path;
    Stage m_stage = Stage::Checking;
    ImportRunner *m_runner;
    ImportPreviewModel *m_previewModel;
    ImportIssueModel *m_issueModel;
    ColumnMappingModel *m_mappingModel;
    ColumnMapping m_mapping;                      // the user's choices in this dialog
    QHash<QString, ColumnMapping> m_remembered;   // choices remembered in the database
    QTableView *m_columns;
    QTableView *m_preview;
    QTableView *m_issues;
    QLabel *m_summary;
    QLabel *m_readAs;
    QComboBox *m_sheet;
    QComboBox *m_encoding;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QTimer *m_timer;
};
