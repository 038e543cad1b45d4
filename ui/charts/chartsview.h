#pragma once

#include "app/charts/chartdata.h"

#include <QSet>
#include <QWidget>

class QChartView;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cac {

class AgencyCompleter;
class Database;

// Charts for reports: the statewide trends (compliance, activity, categories, outcomes) with
// filters, and agencies compared year over year; each exported as PNG, SVG, PDF, to the
// clipboard, or as the numbers behind it.
class ChartsView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsView(QWidget *parent = nullptr);
    void setDatabase(Database *database);
    const ChartData &chartData() const { return m_data; }
    QComboBox *kindChooser() const { return m_kind; }
    QChartView *chartView() const { return m_view; }
    QLineEdit *agencies() const { return m_agencies; }
    QLabel *message() const { return m_message; }

    // Compares these agencies (2 to 8; one: against its peers), as if typed.
    void compare(const QStringList &oris);

public slots:
    void rebuild();
    // Rebuilds while on screen; a hidden view is rebuilt when its tab is chosen.
    void rebuildIfShown();

private:
    // The file's agencies, years, counties and parents in the choices, once shown.
    void fillChoices();
    QString suggestedName() const;
    // A legend entry was clicked: its series is hidden, or shown again.
    void toggleSeries(int series);
    void redraw(); // the chart from m_data, as the user last set it
    void exportTo(const QString &filter, const QString &suffix);
    void copy();
    void exportCsv();

    Database *m_database = nullptr;
    ChartData m_data;
    QComboBox *m_kind;
    QComboBox *m_agencyKind;
    QComboBox *m_county;
    QComboBox *m_parent;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QLineEdit *m_agencies;
    QComboBox *m_metric;
    QCheckBox *m_per100;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QSpinBox *m_dpi;
    QChartView *m_view;
    QLabel *m_message;
    AgencyCompleter *m_completer;
    QString m_databasePath; // the file the comparison's agencies were typed for
    QSet<QString> m_hidden; // series the user hid, by name
    bool m_choicesFilled = false;
};

} // namespace cac
