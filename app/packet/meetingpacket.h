#pragma once

#include "packetcontent.h"

#include "app/documents/pageddocument.h"
#include "db/status.h"

#include <memory>

namespace cac {

// The meeting packet a committee member reads before a meeting, on paper or a tablet: a cover,
// the contents with page numbers, the statewide picture of the reporting year, the agenda, then
// each agency on its own pages (its record, its chart against its peers, why it is flagged, the
// sanction to discuss, warnings and sanctions on record, outreach calls, its latest letter
// draft in full). Every page carries the meeting, "Page N of M" and the demo notice where so.
// Charts are drawn by the painter handed in from ui/.
namespace MeetingPacket {
std::unique_ptr<PagedDocument> document(const PacketContent &content, const DocumentChart::Painter &charts);
// US Letter, portrait; readable by its owner only.
Status savePdf(const PacketContent &content, const DocumentChart::Painter &charts, const QString &path);
QPageLayout pageLayout();
} // namespace MeetingPacket

} // namespace cac
