#pragma once

#include "db/result.h"

#include <QByteArray>
#include <QStringList>

namespace cac {

// Reads one stream out of a Compound File (the OLE2 container of .xls workbooks): the file is
// read whole (it is at most MaxFileBytes), its FAT, directory and mini stream followed with every
// sector number and chain length checked, so that a damaged or hostile file is refused, never
// read out of bounds or in a loop. Used to find what freexl does not report: which cells of an
// .xls hold formulas.
namespace CompoundFile {
constexpr qint64 MaxFileBytes = qint64(256) << 20;
// The first stream with one of `names` (case ignored), or the reason it cannot be read.
Result<QByteArray> readStream(const QByteArray &file, const QStringList &names);
} // namespace CompoundFile

} // namespace cac
