#pragma once

#include "db/engine/database.h"

#include <QString>

#include <memory>

class QWidget;

namespace cac {

// File > Connect to server…, and the password a server asks for. The address is asked for as
// libpq takes it (postgresql://USER@HOST/DATABASE, or service=NAME). libpq reads ~/.pgpass and
// PGPASSWORD itself; only when the server still wants a password is the user asked, and the
// password is kept in memory for this connection, never written to the settings or shown.
namespace ServerLogin {
// The address typed, or empty when cancelled.
QString askAddress(QWidget *parent);
// Opens `location` (a file or a server); asks for a password when a server wants one.
Result<std::unique_ptr<Database>> open(QWidget *parent, const QString &location, Database::Mode mode);
} // namespace ServerLogin

} // namespace cac
