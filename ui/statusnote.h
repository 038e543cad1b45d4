#pragma once

#include <QMainWindow>
#include <QStatusBar>
#include <QString>
#include <QWidget>

namespace cac {

// Says what an action did in the main window's status bar, from any widget in it or in a dialog
// over it ("Added 4 agencies to “January meeting”").
namespace StatusNote {
// The main window `from` belongs to, through the dialogs over it; none outside a main window.
inline QMainWindow *mainWindowOf(QWidget *from)
{
    for (QWidget *w = from; w; w = w->parentWidget()) {
        if (auto *window = qobject_cast<QMainWindow *>(w->window()))
            return window;
        w = w->window(); // a dialog: on to the window it belongs to
    }
    return nullptr;
}

inline void say(QWidget *from, const QString &text, int milliseconds = 15000)
{
    if (QMainWindow *window = mainWindowOf(from))
        window->statusBar()->showMessage(text, milliseconds);
}
} // namespace StatusNote

} // namespace cac
