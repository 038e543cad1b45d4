#pragma once

#include "packetcontent.h"

namespace cac {

class DocumentBuilder;

// One agency's pages in the meeting packet: identity, the record by year, its chart against
// its peers, why it is flagged and the sanction to discuss, warnings and sanctions on record,
// outreach calls, and its latest letter draft in full (marked DRAFT on its pages).
namespace PacketAgencyPages {
void write(DocumentBuilder &out, const PacketContent::Agency &agency, int number, int year);
}

} // namespace cac
