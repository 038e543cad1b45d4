#pragma once

#include <QWidget>

class AgencyFilterProxy;
class AgencyTableModel;
class QLabel;
class QLineEdit;
class QTableView;

// The list of agencies: a search box that filters as you type, the sortable table, and
// "N of M agencies".
class AgencyListView : public QWidget
{
    Q_OBJECT
public:
    explicit AgencyListView(AgencyTableModel *model, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }
    int visibleCount() const;

public slots:
    void focusSearch();

private:
    void updateCount();

    AgencyTableModel *m_model;
    AgencyFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
};
