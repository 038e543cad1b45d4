#pragma once

#include <QObject>

#include <functional>

class Database;
class QMenu;
class QWidget;

// File > Back up… and File > Restore from backup…: a copy of the open database made by SQLite,
// and putting one back in its place (after keeping a copy of what it replaces). The window
// hands over how to reach its database and how to reopen it.
class BackupActions : public QObject
{
    Q_OBJECT
public:
    struct Window
    {
        QWidget *widget = nullptr;
        std::function<Database *()> database;
        std::function<bool()> closeEditors;          // false: an editor stays open
        std::function<void(const QString &)> reopen; // opens the file again, as File > Open
        std::function<void(const QString &)> tell;   // a line for the status bar
    };

    BackupActions(Window window, QObject *parent = nullptr);
    void addTo(QMenu *menu);
    void backUp();
    // Restores `backupPath`, or asks for one when empty.
    void restore(const QString &backupPath = QString());

private:
    Window m_window;
};
