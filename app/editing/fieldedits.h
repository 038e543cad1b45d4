#pragma once

#include "db/result.h"

#include <QString>
#include <QVariantMap>

namespace cac {

// What a person typed into an editor, turned into the column values it stands for, with the same
// FieldRules the import uses: "15-25" in a report's violations is {violations_low: 15,
// violations_high: 25}; "N/A" in a count is NULL. A refused value comes back with the reason.
namespace FieldEdits {
Result<QVariantMap> parse(const QString &table, const QString &field, const QString &text);
}

} // namespace cac
