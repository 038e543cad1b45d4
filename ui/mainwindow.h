#pragma once

#include "db/engine/database.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QMenu;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QUndoGroup;

namespace cac {

class AgencyListView;
class AuditLogWindow;
class BackupActions;
class AgencyProfileView;
class AgencyTableModel;
class ChartsView;
class CsvActions;
class GuideWindow;
class OutreachView;
class PermissionNote;
class ReviewDocument;
class MeetingsView;
class ReviewQueueView;

// The reviewer's window: assembles the views and the actions; each view owns its own logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDatabase(std::unique_ptr<Database> database);
    Database *database() const { return m_database.get(); }
    ReviewDocument *document() const { return m_document.get(); }
    AgencyListView *agencyList() const { return m_agencyList; }
    AgencyProfileView *profile() const { return m_profile; }
    ReviewQueueView *reviewQueue() const { return m_queue; }
    MeetingsView *meetings() const { return m_meetings; }
    ChartsView *charts() const { return m_charts; }
    OutreachView *outreach() const { return m_outreach; }
    QTabWidget *tabs() const { return m_tabs; }
    BackupActions *backups() const { return m_backups; }
    int reportingYear() const;
    // Help > Guide (F1): the user guide at the page of the current tab.
    void showGuide();
    GuideWindow *guide() const { return m_guide; }
    AuditLogWindow *auditLog() const;
    // View > Audit log: the whole file's log, in a window of its own.
    void showAuditLog();
    // After reports were imported (by the import actions): every view reads the file again.
    void afterImport();

    // Files dropped on the window (or given by the tests): a database opens, report files go to
    // the import dialog (DroppedFiles says which).
    void openDropped(const QStringList &paths);
    // From the agency list: several agencies into the Charts tab's comparison, or onto an agenda.
    void compareAgencies(const QStringList &oris);
    void addAgenciesToAgenda(const QList<qint64> &agencyIds);
    // Marks them reviewed for the year (or takes the marks back), or drafts a letter for each,
    // as the review queue does, flagged or not; one Undo step, said in the status bar.
    void decideForAgencies(const QList<qint64> &agencyIds, bool draftLetters);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void openPath(const QString &path);
    // Asks every open editor to save or give up its unsaved work; false if one stays open.
    bool closeEditors();
    void reloadAgencies();
    // One agency changed (an edit, a decision, an undo): its row alone; 0: every agency.
    void agencyChanged(qint64 agencyId);
    void showAbout();
    void editReviewSettings();
    void openAgency(qint64 agencyId);
    void restoreLayout();
    void saveLayout();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReviewDocument> m_document; // after m_database: destroyed first
    AgencyTableModel *m_agencyModel;
    AgencyListView *m_agencyList;
    AgencyProfileView *m_profile;
    QSplitter *m_splitter;
    ReviewQueueView *m_queue;
    MeetingsView *m_meetings;
    ChartsView *m_charts;
    OutreachView *m_outreach;
    QTabWidget *m_tabs;
    GuideWindow *m_guide = nullptr;
    QPointer<AuditLogWindow> m_auditLog;
    CsvActions *m_imports = nullptr;
    QLabel *m_demoBanner;
    PermissionNote *m_readOnlyNote;
    QSpinBox *m_year;
    QUndoGroup *m_undoGroup;
    BackupActions *m_backups = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    bool m_isDemo = false;
};

} // namespace cac
