// Chart tooltips follow the pointer: anywhere over the plot they name the nearest year, every
// shown series' value there with its unit and the counts behind it, the nearest series in bold;
// off the plot, none. Before, a tip showed only on the 2-px line, as "94.6".
#include "ui/charts/charthovertip.h"
#include "ui/charts/yeartrendchart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QMouseEvent>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>

using namespace cac;

class TestChartHoverTip : public QObject
{
    Q_OBJECT
private slots:
    void aRateSaysItsUnitAndCounts();
    void thePointerNeedNotBeOnTheLine();
    void stackedBarsNameTheSegmentUnderThePointer();
    void hiddenSeriesAndUnknownValues();
};

namespace {

ChartData compliance()
{
    ChartData d;
    d.title = QStringLiteral("Agencies that filed");
    d.unit = QStringLiteral("%");
    d.yMaximum = 100;
    ChartData::Series s{QStringLiteral("Compliance"), {}};
    s.points = {{2022, 90.0, 90.0, QStringLiteral("135 of 150 agencies due filed")},
                {2023, 94.6, 94.6, QStringLiteral("142 of 150 agencies due filed")},
                {2024, std::nullopt, std::nullopt}};
    d.series << s;
    return d;
}

QString plain(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

// A view showing `data`, laid out at a size a user would have.
std::unique_ptr<QChartView> viewOf(const ChartData &data)
{
    auto view = std::make_unique<QChartView>(YearTrendChart::build(data));
    ChartHoverTip::install(view.get());
    view->resize(800, 500);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return nullptr;
    QCoreApplication::processEvents();
    return view;
}

QPointF at(QChart *chart, double year, double value)
{
    return chart->mapToPosition(QPointF(year, value), chart->series().first());
}

} // namespace

void TestChartHoverTip::aRateSaysItsUnitAndCounts()
{
    const QString tip = plain(ChartHoverTip::text(compliance(), 2023, 0));
    QCOMPARE(tip, QStringLiteral("2023\nCompliance: 94.6% (142 of 150 agencies due filed)"));
    QCOMPARE(plain(ChartHoverTip::text(compliance(), 2024, -1)), QStringLiteral("2024\nCompliance: not reported"));
}

void TestChartHoverTip::thePointerNeedNotBeOnTheLine()
{
    const auto view = viewOf(compliance());
    QVERIFY(view);
    QChart *chart = view->chart();
    // 30 points below the line, a third of a year off: still 2023.
    const QPointF near = at(chart, 2022.7, 94.6) + QPointF(0, 30);
    QVERIFY(chart->plotArea().contains(near));
    QVERIFY(plain(ChartHoverTip::textAt(chart, near)).contains(QStringLiteral("2023\nCompliance: 94.6%")));
    // Off the plot (over the title): no tip.
    QVERIFY(ChartHoverTip::textAt(chart, QPointF(chart->plotArea().center().x(), chart->plotArea().top() - 20)).isEmpty());

    // Through the view: a move of the mouse shows the tip where the pointer is.
    const QPoint onScreen = view->mapFromScene(chart->mapToScene(near));
    QMouseEvent move(QEvent::MouseMove, onScreen, view->viewport()->mapToGlobal(onScreen), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(plain(QToolTip::text()).contains(QStringLiteral("142 of 150")));
}

void TestChartHoverTip::stackedBarsNameTheSegmentUnderThePointer()
{
    ChartData d;
    d.style = ChartData::Style::StackedBars;
    d.series = {{QStringLiteral("Licensing"), {{2023, 60.0, 60.0}, {2024, 50.0, 50.0}}},
                {QStringLiteral("Other"), {{2023, 10.0, 10.0}, {2024, 20.0, 20.0}}}};
    const auto view = viewOf(d);
    QVERIFY(view);
    QChart *chart = view->chart();
    // 2024 at 60: in "Other" (50 to 70), which the tip sets in bold.
    const QRectF plot = chart->plotArea();
    const auto *y = qobject_cast<const QValueAxis *>(chart->axes(Qt::Vertical).first());
    const auto *x = qobject_cast<const QValueAxis *>(chart->axes(Qt::Horizontal).last());
    QVERIFY(x && y);
    const QPointF pointer(plot.left() + (2024 - x->min()) / (x->max() - x->min()) * plot.width(),
                          plot.bottom() - (60 - y->min()) / (y->max() - y->min()) * plot.height());
    const QString html = ChartHoverTip::textAt(chart, pointer);
    QVERIFY2(html.contains(QStringLiteral("<b>Other: 20</b>")), qPrintable(html));
    QCOMPARE(plain(html), QStringLiteral("2024\nLicensing: 50\nOther: 20\nTotal shown: 70"));
}

void TestChartHoverTip::hiddenSeriesAndUnknownValues()
{
    ChartData d = compliance();
    d.series << ChartData::Series{QStringLiteral("Peers"), {{2023, 80.0, 80.0}}, true};
    QVERIFY(!plain(ChartHoverTip::text(d, 2023, 0)).contains(QStringLiteral("Peers"))); // hidden: not in the tip
    d.series.last().hidden = false;
    QVERIFY(plain(ChartHoverTip::text(d, 2023, 0)).contains(QStringLiteral("Peers: 80%")));
    QVERIFY(plain(ChartHoverTip::text(d, 2022, 0)).contains(QStringLiteral("Peers: not reported")));
}

QTEST_MAIN(TestChartHoverTip)
#include "tst_charthovertip.moc"
