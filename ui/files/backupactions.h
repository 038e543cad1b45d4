#pragma once

#include "filehost.h"

#include <QObject>

class QMenu;

namespace cac {

// File > Back up… and File > Restore from backup…: a copy of the open database made by SQLite,
// and putting one back in its place (after keeping a copy of what it replaces). The window
// hands over how to reach its database and how to reopen it.
class BackupActions : public QObject
{
    Q_OBJECT
public:
    explicit BackupActions(FileHost host, QObject *parent = nullptr);
    void addTo(QMenu *menu);
    void backUp();
    // Restores `backupPath`, or asks for one when empty.
    void restore(const QString &backupPath = QString());

private:
    FileHost m_window;
};

} // namespace cac
