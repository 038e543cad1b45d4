#pragma once

#include "db/engine/database.h"

#include <QString>

#include <memory>

namespace cac {

// The database the program opens when it is given none: cac-review.sqlite in the user's data
// folder, filled with demo data the first time.
namespace DefaultDatabase {
QString path();
Result<std::unique_ptr<Database>> open();
} // namespace DefaultDatabase

} // namespace cac
