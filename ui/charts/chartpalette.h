#pragma once

#include <QColor>
#include <QList>

namespace cac {

// The Okabe-Ito palette, colours told apart with the common kinds of colour blindness, and two
// of Paul Tol's (wine, olive) for charts with ten series, such as the misuse categories.
namespace ChartPalette {
inline const QList<QColor> &colors()
{
    static const QList<QColor> list = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                       QColor(0xD5, 0x5E, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0xCC, 0x79, 0xA7),
                                       QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00), QColor(0x88, 0x22, 0x55),
                                       QColor(0x99, 0x99, 0x33)};
    return list;
}
inline QColor color(int i)
{
    return colors().at(i % colors().size());
}
} // namespace ChartPalette

} // namespace cac
