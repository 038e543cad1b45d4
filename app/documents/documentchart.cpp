#include "documentchart.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace cac {

namespace {
constexpr int EntryProperty = QTextFormat::UserProperty + 100;
}

DocumentChart::DocumentChart(QTextDocument *document, Painter painter) : QObject(document), m_painter(std::move(painter))
{
    document->documentLayout()->registerHandler(ObjectType, this);
}

QTextCharFormat DocumentChart::add(const ChartData &data, QSizeF inches)
{
    m_entries.append({data, inches});
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    format.setProperty(EntryProperty, int(m_entries.size() - 1));
    return format;
}

QSizeF DocumentChart::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const int index = format.property(EntryProperty).toInt();
    if (index < 0 || index >= m_entries.size())
        return {};
    // Document units are the layout device's dots (points, for a PagedDocument).
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    const double dpiX = device ? device->logicalDpiX() : 72.0;
    const double dpiY = device ? device->logicalDpiY() : 72.0;
    const QSizeF inches = m_entries.at(index).inches;
    return {inches.width() * dpiX, inches.height() * dpiY};
}

void DocumentChart::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.property(EntryProperty).toInt();
    if (index < 0 || index >= m_entries.size())
        return;
    const Entry &entry = m_entries.at(index);
    painter->save();
    if (m_painter) {
        m_painter(*painter, rect, entry.data, entry.inches);
    } else {
        // Without a chart painter (a build without ui/), the place and the title stay visible.
        painter->setPen(Qt::gray);
        painter->drawRect(rect);
        painter->drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                          QCoreApplication::translate("DocumentChart", "Chart: %1").arg(entry.data.title));
    }
    painter->restore();
}

} // namespace cac
