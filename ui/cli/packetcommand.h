#pragma once

#include <QStringList>

namespace cac {

// `cac-review packet --db DB --meeting ID --out FILE.pdf [--year Y]`: the meeting packet,
// headless. Lives in ui/ beside `chart` because its pages hold charts; registered at start.
namespace PacketCommand {
int run(const QStringList &arguments);
}

} // namespace cac
