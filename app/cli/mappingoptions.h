#pragma once

#include "db/import/columnmapping.h"
#include "db/import/importsummary.h"

#include <QStringList>

#include <optional>

namespace cac {

// The import's column mapping on the command line: --map "HEADER=FIELD" (repeatable) and
// --mapping FILE.json, and what --show-mapping prints.
namespace MappingOptions {
// The mapping the options choose; on a mistake, prints it and returns the exit status (2).
std::optional<int> read(const QStringList &assignments, const QString &mappingFile, const QString &usage, ColumnMapping &mapping);
// Prints where the header row is and each of its columns with the field it is read as.
void print(const QString &file, const ImportSummary &summary);
} // namespace MappingOptions

} // namespace cac
