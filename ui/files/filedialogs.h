#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace cac {

// The program's file dialogs. Each is built as an object with ExtensionIcons, so that listing a
// folder never opens the database or its working files (the static QFileDialog::get… helpers
// cannot take an icon provider). Each returns the chosen path, or an empty string.
namespace FileDialogs {
QString openFile(QWidget *parent, const QString &caption, const QString &filter, const QString &directory = QString());
// One or more existing files (Ctrl or Shift and click); empty if none was chosen.
QStringList openFiles(QWidget *parent, const QString &caption, const QString &filter);
// `suggested` is a file name (or path) to start from; a bare name starts in the folder last used
// (remembered across sessions). A name typed without an extension gets the one of the chosen
// filter ("letter" under "OpenDocument text (*.odt)" is "letter.odt").
QString saveFile(QWidget *parent, const QString &caption, const QString &filter, const QString &suggested = QString());
QString existingFolder(QWidget *parent, const QString &caption);
// A file name from words: "Compliance: agencies that filed", 2010, 2025 -> "compliance-agencies-that-filed-2010-2025".
QString nameFrom(const QStringList &words);
} // namespace FileDialogs

} // namespace cac
