#pragma once

#include "db/status.h"

#include <QPageLayout>
#include <QString>

// An HTML document printed to a PDF file on US Letter, readable by its owner only. Text is set
// without ligatures, so that words stay searchable and copyable ("filed", "fictional").
namespace HtmlPdf {
Status save(const QString &html, const QString &title, QPageLayout::Orientation orientation, const QString &path);
}
