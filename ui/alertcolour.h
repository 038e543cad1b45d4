#pragma once

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace cac {

// The colour of errors and overdue dates, from the palette: a dark red on a light theme, a
// light red on a dark one, where the dark red cannot be read. One home, in place of a fixed
// #a40000 in style sheets.
namespace AlertColour {
inline QColor of(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xa4, 0x00, 0x00);
}
// Shows `label`'s text in the alert colour, bold if asked.
inline void mark(QLabel *label, bool bold = false)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, of(palette));
    label->setPalette(palette);
    QFont font = label->font();
    font.setBold(bold);
    label->setFont(font);
}
} // namespace AlertColour

} // namespace cac
