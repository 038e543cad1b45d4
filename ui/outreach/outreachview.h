#pragma once

#include <QStringList>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace cac {

class Database;
class OutreachTableModel;

// DOJ staff's outreach for the reporting year: who to call and why, their contacts, the last
// call and the next follow-up; log calls, assign rows, see progress, print the call sheet.
class OutreachView : public QWidget
{
    Q_OBJECT
public:
    explicit OutreachView(QWidget *parent = nullptr);
    // `notAllowed`: why this view's changes are not allowed (a read-only file, a server role that
    // may not), shown on the buttons it greys out; empty when they are.
    void setDatabase(Database *database, const QString &notAllowed);
    void setYear(int year);
    QTableView *table() const { return m_table; }
    OutreachTableModel *model() const { return m_model; }
    QLabel *progress() const { return m_progress; }

public slots:
    void reload();

private:
    void logCall();
    void assign();
    void exportList(bool pdf);
    // The call sheet in print preview, from which it prints.
    void previewCallSheet();
    void reminderLetters();
    void reportingForms();
    int currentRow() const;
    // The rows chosen (Shift/Ctrl+click), in the order shown; the current row if none is.
    QList<int> selectedRows() const;
    QStringList selectedOris() const;
    void select(const QStringList &oris, const QString &current);

    Database *m_database = nullptr;
    bool m_readOnly = false;
    QString m_notAllowed;
    QList<QPushButton *> m_writeButtons;
    int m_year = 0;
    OutreachTableModel *m_model;
    QTableView *m_table;
    QComboBox *m_order;
    QLabel *m_progress;
    QChartView *m_chart;
};

} // namespace cac
