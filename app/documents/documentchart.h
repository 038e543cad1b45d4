#pragma once

#include "app/charts/chartdata.h"

#include <QList>
#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <functional>

class QTextDocument;

namespace cac {

// Charts inside a QTextDocument, drawn as vectors when the page is painted. Below ui/ nothing
// may draw a chart, so the charts come as a painter handed in from ui/ (ChartExporter::paint);
// the document keeps the numbers and the size, and asks the painter to draw them in place.
class DocumentChart : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    // Draws `data` into `target` as a chart `inches` large would look.
    using Painter = std::function<void(QPainter &painter, const QRectF &target, const ChartData &data, QSizeF inches)>;
    static constexpr int ObjectType = QTextFormat::UserObject + 1;

    DocumentChart(QTextDocument *document, Painter painter);
    // The character format that stands for this chart in the text.
    QTextCharFormat add(const ChartData &data, QSizeF inches);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    struct Entry
    {
        ChartData data;
        QSizeF inches;
    };
    QList<Entry> m_entries;
    Painter m_painter;
};

} // namespace cac
