#pragma once

#include <QString>
#include <QStringList>

namespace cac {

// The kinds of agency that subscribe to CLETS, by stored code, with the labels people type.
namespace AgencyKind {
const QStringList &codes();
QString label(const QString &code);
// The code for a code or label as typed ("County Sheriff", "sheriff"); empty if none matches.
QString fromText(const QString &text);
} // namespace AgencyKind

} // namespace cac
