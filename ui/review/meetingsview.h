#pragma once

#include "db/status.h"

#include "db/stores/review/meetingstore.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace cac {

class AgendaTableModel;
class Database;
class ReviewDocument;
class MeetingListModel;
class MeetingDocuments;

// The committee's meetings and their agendas: the meetings by date; for the chosen one, its
// agencies in order with their priority and suggested sanction for the reporting year, and the
// reasons of the chosen agency. Meetings can be added, corrected and deleted; agencies moved,
// taken off, opened; the agenda printed as a briefing PDF for members.
class MeetingsView : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingsView(QWidget *parent = nullptr);

    // `notAllowed`: why this view's changes are not allowed (a read-only file, a server role that
    // may not), shown on the buttons it greys out; empty when they are.
    void setDatabase(Database *database, const QString &notAllowed);
    // Where moves and removals go, to be undone from the Edit menu.
    void setDocument(ReviewDocument *document);
    void setYear(int year);
    QTableView *agendaTable() const { return m_agenda; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *message() const { return m_message; }
    // Actions, also for tests: on the chosen meeting and agenda row.
    void moveCurrent(int step);
    void removeCurrent();
    bool saveBriefing(const QString &path);

public slots:
    void reload();

signals:
    void openAgency(qint64 agencyId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::optional<MeetingStore::Meeting> current() const;
    qint64 currentMeeting() const;
    qint64 currentAgency() const;
    void loadAgenda(qint64 selectAgency = 0);
    void showDetail();
    void updateButtons();
    void newMeeting();
    void editMeeting();
    void deleteMeeting();
    bool report(const QString &failure);
    bool report(const Status &status) { return report(status.ok() ? QString() : status.error()); }

    Database *m_database = nullptr;
    ReviewDocument *m_document = nullptr;
    bool m_readOnly = false;
    QString m_notAllowed;
    int m_year = 0;
    QListView *m_meetings;
    MeetingListModel *m_meetingModel;
    AgendaTableModel *m_model;
    QTableView *m_agenda;
    QTextBrowser *m_detail;
    QLabel *m_message;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QPushButton *m_open;
    MeetingDocuments *m_documents;
};

} // namespace cac
