#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace cac {

class Database;

// What the window lends the File menu's managers (BackupActions, CsvActions): its widget, its
// database, and what to do around their work. They never reach into the window otherwise.
struct FileHost
{
    QWidget *widget = nullptr;
    std::function<Database *()> database;
    std::function<bool()> closeEditors;          // false: an editor stays open
    std::function<void(const QString &)> reopen; // opens the file again, as File > Open
    std::function<void(const QString &)> tell;   // a line for the status bar
    std::function<void()> imported;              // an import wrote the file: views reload
    std::function<bool()> isDemo;
};

} // namespace cac
