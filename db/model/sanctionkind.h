#pragma once

#include <QString>
#include <QStringList>

namespace cac {

// The warnings and sanctions on an agency's record (the sanction table's kind), by stored code:
// a warning from DOJ, then the committee's ladder: censure, suspension, removal of service.
namespace SanctionKind {
inline const QString Warning = QStringLiteral("warning");
inline const QString Censure = QStringLiteral("censure");
inline const QString Suspension = QStringLiteral("suspension");
inline const QString Removal = QStringLiteral("removal");
const QStringList &codes();
bool isCode(const QString &code);
QString label(const QString &code);
} // namespace SanctionKind

} // namespace cac
