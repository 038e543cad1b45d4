#pragma once

#include "db/result.h"

#include <QString>
#include <QVariantMap>

namespace cac {

// Fills a letter template (Mustache, HTML) with a LetterContext, through the kainjow Mustache
// engine. Every value is HTML-escaped, so a name with "<", "&" or quotes prints as it is.
// A template with a syntax error or an unknown placeholder is refused, with where and what,
// never rendered with blanks.
namespace LetterRenderer {
Result<QString> render(const QString &body, const QVariantMap &context);
}

} // namespace cac
