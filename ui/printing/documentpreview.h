#pragma once

#include <QPageLayout>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace cac {

class PagedDocument;

// Print preview and printing of the documents (packet, briefing, call sheet, letters): the
// same PagedDocument that writes the PDF paints the printer's pages, so paper and PDF match.
namespace DocumentPreview {
using Make = std::function<std::unique_ptr<PagedDocument>()>;
// A QPrintPreviewDialog on US Letter at `layout`, from which the user may print.
void show(QWidget *parent, const QString &title, const QPageLayout &layout, const Make &make);
// The print dialog, then the pages; false when cancelled or the printer failed.
bool print(QWidget *parent, const QString &title, const QPageLayout &layout, const Make &make);
} // namespace DocumentPreview

} // namespace cac
