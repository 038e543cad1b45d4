#pragma once

#include <QStringList>

namespace cac {

// The databases opened lately, newest first, kept in the user's settings; the first is the one
// the program opens when started without a file.
namespace RecentFiles {
constexpr int Max = 8;
QStringList list();
void add(const QString &path);
void remove(const QString &path);
} // namespace RecentFiles

} // namespace cac
