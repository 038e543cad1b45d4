#pragma once

#include "db/engine/database.h"
#include "db/stores/metastore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

#include <optional>

namespace cac {

// Whether the open file holds demo data, for what is about to be shown or written: every screen
// and export of demo data says so. When the flag cannot be read, says why over `parent` and
// gives no value, and the caller writes nothing: an export that should say "demo data" must not
// go out without it.
namespace DemoFlag {
inline std::optional<bool> read(const Database &database, QWidget *parent)
{
    const Result<bool> demo = MetaStore(database.connection()).isDemo();
    if (demo.ok())
        return demo.value();
    QMessageBox::warning(parent, QCoreApplication::translate("DemoFlag", "Demo data"),
                         QCoreApplication::translate("DemoFlag", "Whether %1 holds demo data could not be read: %2")
                                 .arg(database.displayName(), demo.error()));
    return std::nullopt;
}
} // namespace DemoFlag

} // namespace cac
