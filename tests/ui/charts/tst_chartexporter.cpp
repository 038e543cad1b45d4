#include "ui/charts/chartexporter.h"
#include "ui/charts/charthovertip.h"
#include "ui/charts/yeartrendchart.h"

#include "testdatabase.h"

#include "app/charts/chartdatabuilder.h"
#include "app/demo/demodatainstaller.h"
#include "db/stores/records/agencystore.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QFile>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTextDocument>
#include <QAreaSeries>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

using namespace cac;

// Charts as files for reports: PNG of the asked pixel size and resolution, SVG that parses and
// holds the title, PDF of the asked page size; and the drawn chart itself: gaps and bands.
class TestChartExporter : public QObject
{
    Q_OBJECT
private slots:
    void pngHasTheAskedSizeAndDpi();
    void svgParsesAndHoldsTheTitle();
    void pdfHasTheAskedPageSize();
    void unknownYearsAreGapsAndRangesAreBands();
    void wrongSuffixIsRefused();
    void namesPrintAsWrittenInLegendsAndTooltips_data();
    void namesPrintAsWrittenInLegendsAndTooltips();
    void rangeBandsOwnTheirEdges();
    void everyChartReadsWholeAtTheDefaultSize_data();
    void everyChartReadsWholeAtTheDefaultSize();
    void unknownCategoryYearsAreNotShownAsZero();

private:
    static ChartData sample()
    {
        ChartData d;
        d.title = QStringLiteral("Violations & more <by year>");
        d.yTitle = QStringLiteral("Count");
        d.footnote = QStringLiteral("Demo data, fictional agencies. Source: test.");
        d.series = {
                {QStringLiteral("Violations"), {{2016, 2, 4}, {2017, std::nullopt, std::nullopt}, {2018, 5, 5}, {2019, 6, 6}}}};
        return d;
    }
    QTemporaryDir m_dir;
};

void TestChartExporter::pngHasTheAskedSizeAndDpi()
{
    const QString path = m_dir.filePath(QStringLiteral("c.png"));
    QVERIFY(ChartExporter::save(sample(), path, {}).ok());
    QImage image(path);
    QCOMPARE(image.width(), 1950); // 6.5 in x 300 dpi
    QCOMPARE(image.height(), 1200);
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
    QVERIFY(ChartExporter::save(sample(), path, {3, 2, 100}).ok());
    QCOMPARE(QImage(path).size(), QSize(300, 200));
}

void TestChartExporter::svgParsesAndHoldsTheTitle()
{
    const QString path = m_dir.filePath(QStringLiteral("c.svg"));
    QVERIFY(ChartExporter::save(sample(), path, {}).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svg.contains("Violations &amp; more &lt;by year&gt;"));
}

void TestChartExporter::pdfHasTheAskedPageSize()
{
    const QString path = m_dir.filePath(QStringLiteral("c.pdf"));
    QVERIFY(ChartExporter::save(sample(), path, {6.5, 4, 300}).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    const QRegularExpressionMatch box =
            QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]")).match(QString::fromLatin1(pdf));
    QVERIFY(box.hasMatch());
    QCOMPARE(qRound(box.captured(1).toDouble()), 468); // 6.5 in x 72 pt
    QCOMPARE(qRound(box.captured(2).toDouble()), 288);
}

void TestChartExporter::unknownYearsAreGapsAndRangesAreBands()
{
    std::unique_ptr<QChart> chart(YearTrendChart::build(sample()));
    QList<QLineSeries *> lines;
    int bands = 0;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s))
            lines << line;
        if (qobject_cast<QAreaSeries *>(s))
            ++bands;
    }
    QCOMPARE(lines.size(), 2); // 2016 alone, then 2018-2019: the unknown 2017 breaks the line
    QCOMPARE(lines.at(0)->points(), (QList<QPointF>{QPointF(2016, 2)}));
    QCOMPARE(lines.at(1)->points(), (QList<QPointF>{QPointF(2018, 5), QPointF(2019, 6)}));
    QCOMPARE(bands, 1); // the 2-4 range of 2016
    // Unknown years at the end still belong on the axis: a gap, not a shorter history.
    ChartData trailing = sample();
    trailing.series.first().points.append({2020, std::nullopt, std::nullopt});
    trailing.series.first().points.append({2021, std::nullopt, std::nullopt});
    std::unique_ptr<QChart> longer(YearTrendChart::build(trailing));
    auto *axis = qobject_cast<QValueAxis *>(longer->axes(Qt::Horizontal).first());
    QVERIFY(axis);
    QCOMPARE(axis->max(), 2021.5);
    // A range reads as its two ends, an unknown year as not reported (the tooltip's text).
    const QString name = sample().series.first().name.toHtmlEscaped();
    QVERIFY(ChartHoverTip::text(sample(), 2016, -1).contains(name + QStringLiteral(": 2–4")));
    QVERIFY(ChartHoverTip::text(sample(), 2017, -1).contains(name + QStringLiteral(": not reported")));
}

void TestChartExporter::wrongSuffixIsRefused()
{
    QVERIFY(!ChartExporter::save(sample(), m_dir.filePath(QStringLiteral("c.jpg")), {}).ok());
}

void TestChartExporter::namesPrintAsWrittenInLegendsAndTooltips_data()
{
    QTest::addColumn<int>("style");
    QTest::newRow("lines") << int(ChartData::Style::Lines);
    QTest::newRow("stacked bars") << int(ChartData::Style::StackedBars);
}

void TestChartExporter::namesPrintAsWrittenInLegendsAndTooltips()
{
    QFETCH(int, style);
    const QStringList names{QStringLiteral("<b>Bold</b> Police & Co"), QStringLiteral("<img src=x> <script>x</script>")};
    ChartData d = sample();
    d.style = ChartData::Style(style);
    d.series = {{names.at(0), {{2018, 1, 1}, {2019, 2, 2}}}, {names.at(1), {{2018, 3, 3}, {2019, 4, 4}}}};
    std::unique_ptr<QChart> chart(YearTrendChart::build(d));
    QStringList shown;
    for (QLegendMarker *marker : chart->legend()->markers()) { // one run a series: one marker each
        QTextDocument label;                                   // the legend draws its labels as rich text
        label.setHtml(marker->label());
        shown << label.toPlainText();
    }
    QCOMPARE(shown, names);
    QTextDocument tip;
    tip.setHtml(ChartHoverTip::text(d, 2019, 1));
    QVERIFY2(tip.toPlainText().contains(names.at(1) + QStringLiteral(": 4")), qPrintable(tip.toPlainText()));
    QVERIFY2(tip.toPlainText().contains(names.at(0) + QStringLiteral(": 2")), qPrintable(tip.toPlainText()));
}

void TestChartExporter::rangeBandsOwnTheirEdges()
{
    std::unique_ptr<QChart> chart(YearTrendChart::build(sample())); // 2016 is a range: a band
    int bands = 0;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *band = qobject_cast<QAreaSeries *>(s)) {
            ++bands;
            QCOMPARE(band->upperSeries()->parent(), band);
            QCOMPARE(band->lowerSeries()->parent(), band);
        }
    }
    QVERIFY(bands > 0);
}

void TestChartExporter::everyChartReadsWholeAtTheDefaultSize_data()
{
    static TestDatabase t; // the demo database, once for every row
    static bool installed = DemoDataInstaller(t.database()).install(DemoOptions{}).ok();
    QVERIFY(installed);
    const ChartDataBuilder builder(t.connection(), QStringLiteral("demo.sqlite"));
    // The longest names of the demo data: comparisons name agencies with their ORI.
    QStringList longest;
    const QList<AgencyRecord> agencies = AgencyStore(t.connection()).all().value();
    for (const AgencyRecord &a : agencies)
        longest << QStringLiteral("%1\t%2").arg(a.name.size(), 3, 10, QLatin1Char('0')).arg(a.ori);
    longest.sort();
    const QString a = longest.value(longest.size() - 1).section(u'\t', 1);
    const QString b = longest.value(longest.size() - 2).section(u'\t', 1);
    const QString c = longest.value(longest.size() - 3).section(u'\t', 1);
    const QString d = longest.value(longest.size() - 4).section(u'\t', 1);
    QTest::addColumn<ChartData>("data");
    QTest::newRow("compliance") << expectOk(builder.compliance({}));
    QTest::newRow("activity") << expectOk(builder.activity({}));
    QTest::newRow("categories") << expectOk(builder.categories({}));
    QTest::newRow("outcomes") << expectOk(builder.outcomes({}));
    QTest::newRow("compare") << expectOk(builder.compare({a, b}, ChartDataBuilder::Metric::Violations, false, {}));
    QTest::newRow("compare 4 per 100") << expectOk(builder.compare({a, b, c, d}, ChartDataBuilder::Metric::Violations, true, {}));
    QTest::newRow("peers") << expectOk(builder.againstPeers(a, ChartDataBuilder::Metric::Investigations, false, {}));
    QTest::newRow("peers per 100") << expectOk(builder.againstPeers(a, ChartDataBuilder::Metric::Individuals, true, {}));
    // An agency that never reported the figure has no line: the other's legend still reads.
    ChartData oneLine = expectOk(builder.compare({a, b}, ChartDataBuilder::Metric::Violations, false, {}));
    oneLine.series[0].name = QStringLiteral("Nothing Reported Field Office (CAZ999999)");
    for (ChartData::Point &p : oneLine.series[0].points)
        p.low = p.high = std::nullopt;
    QTest::newRow("one line of two") << oneLine;
}

// At 6.5 x 4 inches, the default of every export: no label, legend entry or title is cut
// short with "…", and every axis shows its labels whole.
void TestChartExporter::everyChartReadsWholeAtTheDefaultSize()
{
    QFETCH(ChartData, data);
    std::unique_ptr<QGraphicsScene> scene = ChartExporter::laidOut(data, ChartExporter::PageSize{});
    QChart *chart = nullptr;
    for (QGraphicsItem *item : scene->items()) {
        if (auto *c = dynamic_cast<QChart *>(item))
            chart = c;
    }
    QVERIFY(chart);
    // Documents paint the chart at once, with no event loop to finish a layout: the legend must
    // already be in its place, below the plot.
    if (chart->legend()->isVisible() && chart->legend()->alignment() != Qt::AlignRight)
        QVERIFY2(chart->legend()->geometry().top() > chart->rect().height() / 2,
                 qPrintable(QStringLiteral("legend at %1").arg(chart->legend()->geometry().top())));
    chart->layout()->activate();
    QCoreApplication::processEvents();
    for (QAbstractAxis *axis : chart->axes())
        QVERIFY2(!axis->labelsTruncated(), qPrintable(axis->titleText()));
    QStringList texts;
    for (QGraphicsItem *item : scene->items()) {
        if (!item->isVisible())
            continue;
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            texts << text->toPlainText();
        else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            texts << simple->text();
    }
    for (const QString &text : texts)
        QVERIFY2(!text.contains(QChar(0x2026)) && !text.contains(QLatin1StringView("...")), qPrintable(text));
    // Each legend entry is there in full, ORI and all.
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (!marker->isVisible() || !chart->legend()->isVisible())
            continue;
        QTextDocument label;
        label.setHtml(marker->label());
        QVERIFY2(texts.contains(label.toPlainText()), qPrintable(label.toPlainText()));
    }
}

// A year no report gave categories for shows as not reported, never as a bar of 0.
void TestChartExporter::unknownCategoryYearsAreNotShownAsZero()
{
    ChartData d;
    d.title = QStringLiteral("Violations by misuse category");
    d.style = ChartData::Style::StackedBars;
    d.series = {{QStringLiteral("Self or acquaintance"), {{2018, 3, 3}, {2019, std::nullopt, std::nullopt}, {2020, 0, 0}}},
                {QStringLiteral("Disclosure"), {{2018, 1, 1}, {2019, std::nullopt, std::nullopt}, {2020, 2, 2}}}};
    std::unique_ptr<QChart> chart(YearTrendChart::build(d));
    QVERIFY2(chart->title().contains(QStringLiteral("No report gave these figures for 2019.")), qPrintable(chart->title()));
    // 2019 keeps its place between 2018 and 2020, empty.
    auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->count(), 3);
    QCOMPARE(bars->barSets().first()->at(2), 0.0); // a known zero stays a zero
}

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
