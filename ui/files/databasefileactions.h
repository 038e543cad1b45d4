#pragma once

#include "filehost.h"

#include <QObject>

#include <functional>
#include <memory>

class QMenu;

namespace cac {

// File > New database…, Open…, Connect to server… and Open recent: choosing a database. Opening goes through
// the window's `reopen` (it closes open letters first); a new file is created here, never over
// an existing one, and handed to the window with `adopt`.
class DatabaseFileActions : public QObject
{
    Q_OBJECT
public:
    DatabaseFileActions(FileHost host, std::function<void(std::unique_ptr<Database>)> adopt, QObject *parent = nullptr);
    void addTo(QMenu *menu);
    void newDatabase();
    void openDatabase();

private:
    void refillRecentMenu();

    FileHost m_window;
    std::function<void(std::unique_ptr<Database>)> m_adopt;
    QMenu *m_recentMenu = nullptr;
};

} // namespace cac
