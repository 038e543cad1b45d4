#pragma once

#include "outreachentry.h"

#include "db/status.h"

#include <QList>
#include <QString>

// The outreach list on paper: a PDF call sheet (US Letter, landscape), a row per agency with its
// contact, why it is on the list, the last call, and room to write what the next call gives.
namespace CallSheet {
QString html(const QList<OutreachEntry> &entries, int year, bool demo, const QString &source);
Status savePdf(const QList<OutreachEntry> &entries, int year, bool demo, const QString &source, const QString &path);
}
