#pragma once

#include <QStringList>

namespace cac {

// `cac-review chart KIND --db DB --out FILE.png|svg|pdf ...`: the charts of the window, headless,
// for analysts. Lives in ui/ because it draws; the program registers it at start.
namespace ChartCommand {
int run(const QStringList &arguments);
}

} // namespace cac
