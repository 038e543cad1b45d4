#pragma once

#include "app/charts/chartdata.h"
#include "db/status.h"

#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSizeF>
#include <QString>

#include <memory>

namespace cac {

// Writes a chart for a report: PNG at a chosen size and resolution (6.5 x 4 inches at 300 dpi by
// default), SVG and PDF as vectors, or an image on the clipboard. Each renders a chart of its own
// from the numbers, at the page size asked for, so what the window shows is never disturbed.
namespace ChartExporter {
struct PageSize
{
    double widthInches = 6.5;
    double heightInches = 4.0;
    int dpi = 300;
};

QImage image(const ChartData &data, const PageSize &size);
// The chart laid out at the page size, as every export draws it (the scene owns the chart).
std::unique_ptr<QGraphicsScene> laidOut(const ChartData &data, const PageSize &size);
Status savePng(const ChartData &data, const QString &path, const PageSize &size);
Status saveSvg(const ChartData &data, const QString &path, const PageSize &size);
Status savePdf(const ChartData &data, const QString &path, const PageSize &size);
// By the file's suffix: .png, .svg or .pdf.
Status save(const ChartData &data, const QString &path, const PageSize &size);
void copyToClipboard(const ChartData &data, const PageSize &size);
// Draws the chart as vectors into `target` on any painter (a document's page), laid out as a
// chart `inches` large: a DocumentChart::Painter for the documents below ui/.
void paint(QPainter &painter, const QRectF &target, const ChartData &data, QSizeF inches);
} // namespace ChartExporter

} // namespace cac
