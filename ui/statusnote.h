#pragma once

#include <QMainWindow>
#include <QStatusBar>
#include <QString>
#include <QWidget>

// Says what an action did in the main window's status bar, from any widget in it or in a dialog
// over it ("Added 4 agencies to “January meeting”").
namespace StatusNote {
inline void say(QWidget *from, const QString &text, int milliseconds = 15000)
{
    for (QWidget *w = from; w; w = w->parentWidget()) {
        if (auto *window = qobject_cast<QMainWindow *>(w->window())) {
            window->statusBar()->showMessage(text, milliseconds);
            return;
        }
        w = w->window();
    }
}
}
