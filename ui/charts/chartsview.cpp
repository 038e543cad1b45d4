#include "chartsview.h"

#include "ui/alertcolour.h"

#include "charthovertip.h"
#include "chartexporter.h"
#include "yeartrendchart.h"

#include "app/charts/chartcsv.h"
#include "app/charts/chartxlsx.h"
#include "app/charts/chartdatabuilder.h"
#include "db/model/agencykind.h"
#include "db/stores/records/agencystore.h"
#include "db/stores/records/reportstore.h"
#include "db/engine/database.h"

#include "agencycompleter.h"

#include "ui/files/filedialogs.h"
#include "ui/files/writtenfilenotice.h"
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cac {

namespace {
enum Kind { Compliance, Activity, Categories, Outcomes, Compare, Peers };

QSpinBox *yearBox(int value)
{
    auto *box = new QSpinBox;
    box->setRange(1990, 2100);
    box->setValue(value);
    return box;
}
} // namespace

ChartsView::ChartsView(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox), m_agencyKind(new QComboBox), m_county(new QComboBox), m_parent(new QComboBox),
      m_from(yearBox(1990)), m_to(yearBox(2100)), m_agencies(new QLineEdit), m_metric(new QComboBox),
      m_per100(new QCheckBox(tr("per 100 sworn staff"))), m_width(new QDoubleSpinBox), m_height(new QDoubleSpinBox),
      m_dpi(new QSpinBox), m_view(new QChartView), m_message(new QLabel), m_completer(new AgencyCompleter(this))
{
    m_kind->addItems({tr("Compliance: agencies that filed"), tr("Investigations, violations, individuals"),
                      tr("Violations by misuse category"), tr("Outcomes"), tr("Compare agencies"),
                      tr("One agency against its peers")});
    m_agencyKind->addItem(tr("All kinds"), QString());
    for (const QString &code : AgencyKind::codes())
        m_agencyKind->addItem(AgencyKind::label(code), code);
    m_metric->addItem(ChartDataBuilder::metricName(ChartDataBuilder::Metric::Violations),
                      int(ChartDataBuilder::Metric::Violations));
    m_metric->addItem(ChartDataBuilder::metricName(ChartDataBuilder::Metric::Investigations),
                      int(ChartDataBuilder::Metric::Investigations));
    m_metric->addItem(ChartDataBuilder::metricName(ChartDataBuilder::Metric::Individuals),
                      int(ChartDataBuilder::Metric::Individuals));
    m_agencies->setPlaceholderText(tr("Names or ORIs, separated by commas: 2 to 8 to compare, 1 against its peers"));
    m_agencies->setCompleter(m_completer);
    m_from->setPrefix(tr("from "));
    m_to->setPrefix(tr("to "));
    m_width->setRange(1, 40);
    m_width->setValue(6.5);
    m_width->setSuffix(tr(" in"));
    m_height->setRange(1, 40);
    m_height->setValue(4);
    m_height->setSuffix(tr(" in"));
    m_dpi->setRange(36, 1200);
    m_dpi->setValue(300);
    m_dpi->setSuffix(tr(" dpi"));
    m_view->setRenderHint(QPainter::Antialiasing);
    ChartHoverTip::install(m_view);
    AlertColour::mark(m_message);
    m_message->setWordWrap(true);

    auto *choose = new QHBoxLayout;
    choose->addWidget(m_kind);
    choose->addWidget(m_agencyKind);
    choose->addWidget(m_county);
    choose->addWidget(m_parent);
    choose->addWidget(m_from);
    choose->addWidget(m_to);
    choose->addStretch(1);
    auto *compare = new QHBoxLayout;
    compare->addWidget(new QLabel(tr("Agencies:")));
    compare->addWidget(m_agencies, 1);
    compare->addWidget(m_metric);
    compare->addWidget(m_per100);
    auto *exporting = new QHBoxLayout;
    exporting->addWidget(new QLabel(tr("Export at")));
    exporting->addWidget(m_width);
    exporting->addWidget(new QLabel(QStringLiteral("×")));
    exporting->addWidget(m_height);
    exporting->addWidget(m_dpi);
    const std::pair<QString, std::function<void()>> buttons[] = {
            {tr("PNG…"), [this] { exportTo(tr("PNG images (*.png)"), QStringLiteral("png")); }},
            {tr("SVG…"), [this] { exportTo(tr("SVG drawings (*.svg)"), QStringLiteral("svg")); }},
            {tr("PDF…"), [this] { exportTo(tr("PDF documents (*.pdf)"), QStringLiteral("pdf")); }},
            {tr("Copy"), [this] { copy(); }},
            {tr("Numbers as CSV…"), [this] { exportCsv(); }},
    };
    for (const auto &[label, action] : buttons) {
        auto *button = new QPushButton(label);
        connect(button, &QPushButton::clicked, this, action);
        exporting->addWidget(button);
    }
    exporting->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addLayout(compare);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(exporting);

    for (QComboBox *box : {m_kind, m_agencyKind, m_county, m_parent, m_metric})
        connect(box, &QComboBox::currentIndexChanged, this, &ChartsView::rebuild);
    for (QSpinBox *box : {m_from, m_to})
        connect(box, &QSpinBox::valueChanged, this, &ChartsView::rebuild);
    connect(m_per100, &QCheckBox::toggled, this, &ChartsView::rebuild);
    connect(m_agencies, &QLineEdit::editingFinished, this, &ChartsView::rebuild);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &ChartsView::rebuild);
}

void ChartsView::setDatabase(Database *database)
{
    // Another database: the agencies typed for a comparison were the other one's. (By its path or
    // server address: the previous Database is already closed when the window hands over the next.)
    const QString path = database ? database->locationWithoutPassword() : QString();
    if (path != m_databasePath)
        m_agencies->clear();
    m_databasePath = path;
    m_database = database;
    m_choicesFilled = false;
    // A hidden tab is filled and drawn when it is shown (MainWindow rebuilds on the tab change):
    // opening a large database should not wait for charts nobody is looking at.
    if (isVisible())
        rebuild();
}

void ChartsView::fillChoices()
{
    m_choicesFilled = true;
    m_completer->setDatabase(m_database->connection());
    // The years the data has, not 1990 to 2100.
    if (const std::optional<std::pair<int, int>> years = ReportStore(m_database->connection()).yearRange()) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setValue(years->first);
        m_to->setValue(years->second);
    }
    const AgencyStore agencies(m_database->connection());
    for (auto [box, all, values] : {std::tuple{m_county, tr("All counties"), agencies.counties()},
                                    std::tuple{m_parent, tr("Any parent organisation"), agencies.parentOrgs()}}) {
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        // A list that cannot be read leaves only "all": the chart's own read says why.
        for (const QString &v : values.ok() ? values.value() : QStringList())
            box->addItem(v, v);
    }
}

void ChartsView::toggleSeries(int series)
{
    if (series < 0 || series >= m_data.series.size())
        return;
    const QString name = m_data.series.at(series).name;
    if (!m_hidden.remove(name))
        m_hidden.insert(name);
    // Drawn again from the numbers: a hidden series leaves the axis's range (one agency's 6,360
    // licensing checks no longer flatten the other categories), and exports show what is shown.
    // Deferred: the legend entry clicked belongs to the chart about to be replaced.
    QMetaObject::invokeMethod(this, &ChartsView::redraw, Qt::QueuedConnection);
}

void ChartsView::compare(const QStringList &oris)
{
    const QSignalBlocker block(m_kind);
    m_kind->setCurrentIndex(oris.size() == 1 ? Peers : Compare);
    m_agencies->setText(oris.join(QStringLiteral(", ")));
    rebuild();
}

void ChartsView::rebuildIfShown()
{
    if (isVisible())
        rebuild();
}

void ChartsView::rebuild()
{
    if (!m_database)
        return;
    if (!m_choicesFilled)
        fillChoices();
    MetricsFilter filter;
    filter.kind = m_agencyKind->currentData().toString();
    filter.county = m_county->currentData().toString();
    filter.parentOrg = m_parent->currentData().toString();
    filter.fromYear = m_from->value();
    filter.toYear = m_to->value();
    const ChartDataBuilder builder(m_database->connection(), m_database->displayName());
    const auto metric = ChartDataBuilder::Metric(m_metric->currentData().toInt());
    const AgencyCompleter::Reading reading = m_completer->read(m_agencies->text());
    const QStringList &oris = reading.oris;
    const bool comparing = m_kind->currentIndex() == Compare || m_kind->currentIndex() == Peers;
    for (QWidget *w : std::initializer_list<QWidget *>{m_agencies, m_metric, m_per100})
        w->setEnabled(comparing);
    m_message->clear();
    Result<ChartData> built = ChartData();
    switch (m_kind->currentIndex()) {
    case Compliance:
        built = builder.compliance(filter);
        break;
    case Activity:
        built = builder.activity(filter);
        break;
    case Categories:
        built = builder.categories(filter);
        break;
    case Outcomes:
        built = builder.outcomes(filter);
        break;
    case Compare:
        if (oris.size() < 2 || oris.size() > 8)
            m_message->setText(tr("Name 2 to 8 agencies, by name or ORI, to compare them."));
        built = builder.compare(oris, metric, m_per100->isChecked(), filter);
        break;
    case Peers:
        if (oris.size() != 1)
            m_message->setText(tr("Name one agency, by name or ORI, to set it against its peers."));
        built = builder.againstPeers(oris.value(0), metric, m_per100->isChecked(), filter);
        break;
    }
    // A chart that could not be read is said as such, and nothing is drawn in its place.
    if (built.ok()) {
        m_data = built.take();
    } else {
        m_data = ChartData();
        m_message->setText(built.error());
    }
    // Every entry that names no agency, not only the first.
    if (comparing && !reading.unknown.isEmpty())
        m_message->setText(
                tr("No single agency here is called %1: type a name or an ORI and pick it from the list.")
                        .arg(QLocale(QLocale::English).createSeparatedList(reading.unknown))); // as the sentence is English
    m_message->setVisible(!m_message->text().isEmpty());
    redraw();
}

void ChartsView::redraw()
{
    // Series the user hid (a legend click) stay hidden, by name, when the chart is read again.
    for (ChartData::Series &s : m_data.series)
        s.hidden = m_hidden.contains(s.name);
    QChart *old = m_view->chart();
    m_view->setChart(YearTrendChart::build(m_data, [this](int series) { toggleSeries(series); }));
    delete old;
}

void ChartsView::exportTo(const QString &filter, const QString &suffix)
{
    QString path = FileDialogs::saveFile(this, tr("Export chart"), filter, suggestedName() + u'.' + suffix);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    const Status saved = ChartExporter::save(m_data, path, {m_width->value(), m_height->value(), m_dpi->value()});
    m_message->setText(saved.ok() ? QString() : saved.error());
    m_message->setVisible(!saved.ok());
    if (saved.ok())
        WrittenFileNotice::show(this, path);
}

QString ChartsView::suggestedName() const
{
    // "compliance-agencies-that-filed-2010-2025": what the chart shows, and its years.
    const QList<int> years = m_data.years();
    QStringList words{m_kind->currentText().section(u':', 0, 0)};
    if (!years.isEmpty())
        words << QStringLiteral("%1-%2").arg(years.first()).arg(years.last());
    return FileDialogs::nameFrom(words);
}

void ChartsView::copy()
{
    ChartExporter::copyToClipboard(m_data, {m_width->value(), m_height->value(), m_dpi->value()});
}

void ChartsView::exportCsv()
{
    QString path = FileDialogs::saveFile(this, tr("Export the numbers"), tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"),
                                         suggestedName() + QStringLiteral(".csv"));
    if (path.isEmpty())
        return;
    const Status saved = path.endsWith(QLatin1StringView(".xlsx"), Qt::CaseInsensitive) ? ChartXlsx::save(m_data, path)
                                                                                        : ChartCsv::save(m_data, path);
    m_message->setText(saved.ok() ? QString() : saved.error());
    m_message->setVisible(!saved.ok());
    if (saved.ok())
        WrittenFileNotice::show(this, path);
}

} // namespace cac
