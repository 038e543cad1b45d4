#pragma once

#include "app/documents/pageddocument.h"
#include "db/status.h"

#include <QString>

#include <memory>

namespace cac {

// A filled letter as a file, the same whichever way it leaves (the editor, the command line,
// print): one typeface and size, US Letter, the date, "Page N of M" and the demo notice where so
// in the footer. PDF is the letter of record; ODT an editable draft for LibreOffice (with the
// page and footer in its styles); HTML one valid page.
namespace LetterExporter {
constexpr double BodyPoints = 11;
// The serif family the letters are set in, as this machine names it.
QString bodyFamily();
// The inside of <body> when `html` is a whole document (as QTextEdit::toHtml() gives, with the
// editor's own font on <body>); a fragment as it is.
QString bodyOf(const QString &html);
// The letter as pages, for PDF, print and print preview.
std::unique_ptr<PagedDocument> document(const QString &html, bool demo);
QPageLayout pageLayout();
Status save(const QString &html, const QString &title, bool demo, const QString &path);
} // namespace LetterExporter

} // namespace cac
