#include "chartexporter.h"

#include "yeartrendchart.h"

#include "db/files/atomicfile.h"

#include <QChart>
#include <QClipboard>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <memory>
#include <QCoreApplication>

namespace cac {

namespace {

// Logical layout at 96 units an inch, whatever the output: fonts and lines keep their size
// relative to the page, and the renderer scales to the pixels or points asked for.
constexpr double LogicalDpi = 96.0;

struct Scene
{
    std::unique_ptr<QGraphicsScene> scene;
    QRectF rect;
};

Scene sceneFor(const ChartData &data, const ChartExporter::PageSize &size)
{
    Scene s{std::make_unique<QGraphicsScene>(), QRectF(0, 0, size.widthInches * LogicalDpi, size.heightInches * LogicalDpi)};
    QChart *chart = YearTrendChart::build(data);
    chart->setGeometry(s.rect);
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    s.scene->addItem(chart); // the scene owns it
    s.scene->setSceneRect(s.rect);
    return s;
}

} // namespace

std::unique_ptr<QGraphicsScene> ChartExporter::laidOut(const ChartData &data, const PageSize &size)
{
    return sceneFor(data, size).scene;
}

QImage ChartExporter::image(const ChartData &data, const PageSize &size)
{
    Scene s = sceneFor(data, size);
    QImage image(qRound(size.widthInches * size.dpi), qRound(size.heightInches * size.dpi), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(size.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    s.scene->render(&painter, QRectF(image.rect()), s.rect);
    return image;
}

Status ChartExporter::savePng(const ChartData &data, const QString &path, const PageSize &size)
{
    return AtomicFile::write(path, AtomicFile::Kind::Png, [&](QIODevice &file) { return image(data, size).save(&file, "PNG"); });
}

Status ChartExporter::saveSvg(const ChartData &data, const QString &path, const PageSize &size)
{
    return AtomicFile::write(path, AtomicFile::Kind::Svg, [&](QIODevice &file) {
        Scene s = sceneFor(data, size);
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(s.rect.size().toSize());
        svg.setViewBox(s.rect);
        svg.setResolution(int(LogicalDpi));
        // QSvgGenerator writes these as they are: escape them, or an "&" in an agency's name would
        // make the file invalid XML.
        svg.setTitle(data.title.toHtmlEscaped());
        svg.setDescription(data.footnote.toHtmlEscaped());
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        s.scene->render(&painter, s.rect, s.rect);
        return painter.end();
    });
}

Status ChartExporter::savePdf(const ChartData &data, const QString &path, const PageSize &size)
{
    return AtomicFile::write(path, AtomicFile::Kind::Pdf, [&](QIODevice &file) {
        Scene s = sceneFor(data, size);
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QSizeF(size.widthInches, size.heightInches), QPageSize::Inch, data.title));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(size.dpi);
        pdf.setTitle(data.title);
        pdf.setCreator(QStringLiteral("CAC Review"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return false;
        s.scene->render(&painter, QRectF(0, 0, pdf.width(), pdf.height()), s.rect, Qt::KeepAspectRatio);
        return painter.end();
    });
}

Status ChartExporter::save(const ChartData &data, const QString &path, const PageSize &size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return savePng(data, path, size);
    if (suffix == u"svg")
        return saveSvg(data, path, size);
    if (suffix == u"pdf")
        return savePdf(data, path, size);
    return Status::failure(
            QCoreApplication::translate("ChartExporter", "%1: the file name must end in .png, .svg or .pdf").arg(path));
}

void ChartExporter::copyToClipboard(const ChartData &data, const PageSize &size)
{
    QGuiApplication::clipboard()->setImage(image(data, size));
}

void ChartExporter::paint(QPainter &painter, const QRectF &target, const ChartData &data, QSizeF inches)
{
    Scene s = sceneFor(data, PageSize{inches.width(), inches.height(), 300});
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    s.scene->render(&painter, target, s.rect, Qt::KeepAspectRatio);
}

} // namespace cac
