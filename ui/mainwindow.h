#pragma once

#include "db/database.h"

#include <QMainWindow>

#include <memory>

class AgencyListView;
class AgencyTableModel;
class QLabel;
class QSpinBox;

// The reviewer's window: assembles the views and the actions; each view owns its own logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDatabase(std::unique_ptr<Database> database);
    Database *database() const { return m_database.get(); }
    AgencyListView *agencyList() const { return m_agencyList; }

private:
    void createActions();
    void openDatabase();
    void reloadAgencies();
    void showAbout();

    std::unique_ptr<Database> m_database;
    AgencyTableModel *m_agencyModel;
    AgencyListView *m_agencyList;
    QLabel *m_demoBanner;
    QLabel *m_readOnlyNote;
    QSpinBox *m_year;
};
