#pragma once

#include "packetcontent.h"

#include "db/result.h"

#include <QSqlDatabase>

namespace cac {

// Reads a meeting packet's content: the meeting, the statewide figures and charts of the
// reporting year (the ten years up to it), and for each agency on the agenda its record, its
// place in the review queue, its chart against its peers, its calls and its latest draft.
namespace PacketLoader {
Result<PacketContent> load(QSqlDatabase db, qint64 meetingId, int year, const QString &source, bool demo);
}

} // namespace cac
