#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace cac {

class AgencyFilterProxy;
class AgencyTableModel;

// The list of agencies: a search box that filters as you type, the sortable table, and
// "N of M agencies".
class AgencyListView : public QWidget
{
    Q_OBJECT
public:
    explicit AgencyListView(AgencyTableModel *model, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *filingFilter() const { return m_filing; }
    // The agency of the current row, or 0.
    qint64 currentAgencyId() const;
    // The agencies selected (Shift/Ctrl+click), in the order shown; the current one when none is.
    QList<qint64> selectedAgencyIds() const;
    void selectAgency(qint64 agencyId);
    // Selects these agencies again, those of them listed: the ones chosen before the list was
    // read again. None listed: the selection is left as it is.
    void reselect(const QList<qint64> &agencyIds);

signals:
    // From the list's context menu: several agencies into a comparison, or onto an agenda.
    void compareRequested(const QStringList &oris);
    void agendaRequested(const QList<qint64> &agencyIds);
    void markReviewedRequested(const QList<qint64> &agencyIds);
    void lettersRequested(const QList<qint64> &agencyIds);
    void currentAgencyChanged(qint64 agencyId);
    // Enter or a double click on a row.
    void agencyActivated(qint64 agencyId);

public:
    QTableView *table() const { return m_table; }
    int visibleCount() const;

public slots:
    void focusSearch();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();
    QList<int> selectedRows() const; // in the order shown
    void refillCounties();

    AgencyTableModel *m_model;
    AgencyFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QComboBox *m_kind;
    QComboBox *m_county;
    QComboBox *m_filing;
};

} // namespace cac
