#pragma once

#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <optional>

namespace cac {

// The encodings a CSV file arrives in: UTF-8 (with or without a BOM), UTF-16 with a BOM (Excel's
// "Unicode text"), and Windows-1252 (what Excel and LibreOffice write by default on Windows).
// Windows-1252 is decoded with its own table, not through Qt's converters, which reach it only
// through ICU (absent from some Windows and macOS builds of Qt).
namespace TextEncoding {
enum Kind { Utf8, Utf16, Windows1252 };

// "UTF-8", "UTF-16", "Windows-1252".
QString name(Kind kind);
// The encoding a name given by the user means ("utf-8", "utf8", "windows-1252", "cp1252"...).
std::optional<Kind> fromName(const QString &name);
// The names --encoding accepts, for its help.
QString acceptedNames();

// Whether the bytes are UTF-8 throughout (no stray continuation byte, no truncated or overlong
// sequence, no surrogate). Reads the device from where it is to its end.
bool isUtf8Throughout(QIODevice &device);
// Windows-1252 text as Unicode: 0x80-0x9F through the code page's table (curly quotes, dashes,
// the euro sign), the rest as Latin-1. The five bytes it leaves undefined become the C1
// controls Windows maps them to, which the field rules then refuse.
void appendWindows1252(QByteArrayView bytes, QString &text);
} // namespace TextEncoding

} // namespace cac
