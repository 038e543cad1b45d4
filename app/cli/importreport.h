#pragma once

#include "db/import/importsummary.h"

#include <QString>

namespace cac {

// What `cac-review import` prints of an import: its warnings and errors (FILE:LINE: ... on
// standard error), the tally, and the reports it changes (or would, in a dry run) with each
// figure before and after.
namespace ImportReport {
// `label`: the file as the user named it, or what a batch is ("3 files"). Returns 0 if the
// import succeeded, else 1.
int print(const QString &label, const ImportSummary &summary);
} // namespace ImportReport

} // namespace cac
