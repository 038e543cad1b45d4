#pragma once

#include <QString>

namespace cac {

// Folds text for searching: case and accents ignored, so "rio" finds "Río Seco".
namespace TextFolding {
QString fold(const QString &text);
}

} // namespace cac
