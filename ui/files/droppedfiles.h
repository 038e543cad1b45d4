#pragma once

#include <QString>
#include <QStringList>

class QMimeData;

namespace cac {

// What files dropped on the window ask for: open a database, or import report files (folders give
// the files an import reads). The open database is recognised by device and inode before any
// dropped file is opened: opening it again would drop SQLite's locks on it.
namespace DroppedFiles {
struct Plan
{
    enum class Action { Nothing, AlreadyOpen, OpenDatabase, Import };
    Action action = Action::Nothing;
    QString database;  // OpenDatabase
    QStringList files; // Import
    QString message;   // why nothing is done, for the user
};
Plan plan(const QStringList &paths, const QString &openDatabase);
// The local files a drag carries; empty unless every one of its URLs is a local file.
QStringList localFiles(const QMimeData &dragged);
} // namespace DroppedFiles

} // namespace cac
