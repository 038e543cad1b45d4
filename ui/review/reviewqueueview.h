#pragma once

#include "db/status.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace cac {

class Database;
class ReviewDocument;
class QueueFilterProxy;
class QueueTableModel;
struct QueueEntry;

// The review queue of the reporting year: which agencies to look at first and why, the
// arithmetic of each priority, the suggested sanction with its reasoning; mark reviewed,
// override the sanction with a reason, add to a meeting's agenda.
class ReviewQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewQueueView(QWidget *parent = nullptr);

    // `notAllowed`: why this view's changes are not allowed (a read-only file, a server role that
    // may not), shown on the buttons it greys out; empty when they are.
    void setDatabase(Database *database, const QString &notAllowed);
    // Where the reviewer's decisions go, to be undone from the Edit menu.
    void setDocument(ReviewDocument *document);
    void setYear(int year);
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QueueTableModel *model() const { return m_model; }
    QComboBox *ruleFilter() const { return m_rule; }

public slots:
    void reload();
    // Something of this agency changed (0: of every agency): its row alone is read again.
    void agencyChanged(qint64 agencyId);

signals:
    void openAgency(qint64 agencyId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // "75 of 75 agencies flagged for 2025, 2 more with notes only"
    QString countText() const;
    // The agencies selected, in the order shown; the current one when none is.
    QList<QueueEntry> selectedEntries() const;
    QSet<qint64> selectedAgencies() const;
    void exportShown();
    const QueueEntry *current() const;
    void showDetail();
    void toggleReviewed();
    void overrideSanction();
    void addToAgenda();
    void report(const QString &failure);
    void report(const Status &status) { return report(status.ok() ? QString() : status.error()); }
    void refillCounties();

    Database *m_database = nullptr;
    ReviewDocument *m_document = nullptr;
    bool m_readOnly = false;
    QString m_notAllowed;
    bool m_stale = false; // reloaded when next shown: the queue reads every agency's history
    int m_year = 0;
    QueueTableModel *m_model;
    QueueFilterProxy *m_proxy;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QComboBox *m_rule;
    QComboBox *m_kind;
    QComboBox *m_county;
    QCheckBox *m_hideReviewed;
    QLabel *m_count;
    QPushButton *m_reviewed;
    QPushButton *m_override;
    QPushButton *m_agenda;
    QPushButton *m_open;
    QPushButton *m_letter;
};

} // namespace cac
