#pragma once

#include "app/metrics/agencyprofile.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTabWidget;
class QTextBrowser;
class QTableView;

namespace cac {

class AgencyIdentityForm;
class AuditLogView;
class ContactTableModel;
class DraftListModel;
class ReportTableModel;
class ReviewDocument;

// One agency in full: who it is, its CLETS service, warnings and sanctions, contacts, its
// reports year by year, and a chart of investigations, violations and individuals. Everything
// editable goes through the document, so it is checked, audited and undoable.
class AgencyProfileView : public QWidget
{
    Q_OBJECT
public:
    explicit AgencyProfileView(QWidget *parent = nullptr);

    void setDocument(ReviewDocument *document, bool demo);
    void showAgency(qint64 agencyId);
    // Shows no agency: another database was opened, or the list is empty. Nothing of the
    // previous file stays on screen.
    void clear();
    qint64 agencyId() const { return m_agencyId; }
    QTableView *reportTable() const { return m_reports; }
    QTextBrowser *reviewText() const { return m_review; }
    // Starts a letter for the agency shown (asks for the template); the new draft's id or 0.
    qint64 newLetter();
    QLabel *messageLabel() const { return m_message; }
    // The agency's name shown in the heading; for tests and screen readers.
    QString heading() const;
    AuditLogView *history() const { return m_history; }

public slots:
    void reload();
    // The reporting year whose review (flags, priority, suggested sanction) the profile explains.
    void setYear(int year);

private:
    void showRefusal(const QString &field, const QString &value, const QString &reason);
    void showError(const QString &message); // in the red line under the title
    void addContact();
    void removeContact();
    void updateChart(const AgencyProfile &profile);
    void updateReview(const AgencyProfile &profile);
    void reloadHistory();

    ReviewDocument *m_document = nullptr;
    bool m_demo = false;
    qint64 m_agencyId = 0;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_message;
    QLabel *m_sanctions;
    AgencyIdentityForm *m_identity;
    ContactTableModel *m_contactModel;
    QTableView *m_contacts;
    ReportTableModel *m_reportModel;
    QTableView *m_reports;
    QLabel *m_reportHint; // how to correct a figure, or why this reader may not
    QChartView *m_chart;
    QTabWidget *m_tabs;
    QTextBrowser *m_review;
    DraftListModel *m_draftModel;
    QTableView *m_drafts;
    AuditLogView *m_history;
    int m_year = 0;
    bool m_reloadWhenEdited = false; // a reload came while a cell was being edited
};

} // namespace cac
