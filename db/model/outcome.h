#pragma once

#include <QStringList>

namespace cac {

// What became of the employees found to have misused CLETS: the outcome columns of a report,
// in the order the schema and the CSV format list them.
namespace Outcome {
const QStringList &codes();
QString label(const QString &code);
} // namespace Outcome

} // namespace cac
