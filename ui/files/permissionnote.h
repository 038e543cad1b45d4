#pragma once

#include <QLabel>

namespace cac {

class Database;

// The line above the tabs that says what the person may not change here: a read-only file, or a
// server login whose role may read but not, say, import (Permissions::summary). Hidden when
// everything is allowed. The greyed-out buttons say the same in their tooltips.
class PermissionNote : public QLabel
{
    Q_OBJECT
public:
    explicit PermissionNote(QWidget *parent = nullptr);
    void showFor(const Database &database);
};

} // namespace cac
