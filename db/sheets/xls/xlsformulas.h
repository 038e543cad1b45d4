#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace cac {

// The cells of an .xls workbook that hold formulas, by worksheet name and row << 16 | column. freexl 1.0.6 reads a formula cell as empty: a formula where a count
// belongs would be read as unknown, so the import refuses such cells, and this finds them by
// reading the BIFF records of the workbook stream (CompoundFile) itself: FORMULA (0x0006) in
// each worksheet's substream, placed by the BOUNDSHEET (0x0085) records.
namespace XlsFormulas {
QHash<QString, QSet<quint32>> cells(const QByteArray &workbookStream);
}

} // namespace cac
