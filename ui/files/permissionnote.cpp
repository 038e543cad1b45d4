#include "ui/files/permissionnote.h"

#include "db/engine/database.h"

namespace cac {

PermissionNote::PermissionNote(QWidget *parent) : QLabel(parent)
{
    setStyleSheet(QStringLiteral("QLabel { background: #e7f1ff; color: #0b3a75; padding: 6px; }"));
    setWordWrap(true);
    hide();
}

void PermissionNote::showFor(const Database &database)
{
    setText(database.permissions().summary(database.displayName()));
    setVisible(!text().isEmpty());
}

} // namespace cac
