#pragma once

#include "db/status.h"

#include <QString>

// A filled letter as a file: PDF (US Letter, one-inch margins, the date and "page N of M" in the
// footer, and "Demo data, fictional agencies" where so), ODT (an editable draft for LibreOffice)
// or HTML. The PDF is the letter of record.
namespace LetterExporter {
Status save(const QString &html, const QString &title, bool demo, const QString &path);
}
