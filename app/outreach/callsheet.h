#pragma once

#include "outreachentry.h"

#include "app/documents/pageddocument.h"
#include "db/status.h"

#include <QList>
#include <QString>

#include <memory>

namespace cac {

// The outreach list on paper: a PDF call sheet (US Letter, landscape), a row per agency with its
// contact, why it is on the list, the last call, the follow-up date, and room to write what the next call gives.
namespace CallSheet {
std::unique_ptr<PagedDocument> document(const QList<OutreachEntry> &entries, int year, bool demo, const QString &source);
QPageLayout pageLayout(); // US Letter, landscape
Status savePdf(const QList<OutreachEntry> &entries, int year, bool demo, const QString &source, const QString &path);
} // namespace CallSheet

} // namespace cac
