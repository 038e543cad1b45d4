#pragma once

#include <QString>

namespace cac {

// The name of the person at the keyboard, as the operating system knows it; for the audit log.
namespace OsUser {
QString name();
}

} // namespace cac
