#pragma once

#include <QString>
#include <QStringList>

namespace cac {

// An agency's CLETS service (agency.service_status), by stored code.
namespace ServiceStatus {
inline const QString Active = QStringLiteral("active");
inline const QString Suspended = QStringLiteral("suspended");
inline const QString Removed = QStringLiteral("removed");
inline const QString Ended = QStringLiteral("ended");
const QStringList &codes();
bool isCode(const QString &code);
QString label(const QString &code);
} // namespace ServiceStatus

} // namespace cac
