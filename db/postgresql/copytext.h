#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Values in COPY's text format, for the rows a bulk load sends (PgConnection::copyIn): \N for
// NULL (an empty text is NULL, as the import binds it elsewhere); backslash, tab, newline and
// return escaped. Columns are separated by a tab and rows end with a newline.
namespace CopyText {
void appendText(QByteArray &line, const QString &value);
void appendNumber(QByteArray &line, std::optional<qint64> value);
} // namespace CopyText
