#include "filedialogs.h"

#include "extensionicons.h"

#include "app/documents/textfolding.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QRegularExpression>

namespace cac {

namespace {

// The dialog's own icon provider is not owned by it: one for the program's lifetime.
ExtensionIcons *icons()
{
    static ExtensionIcons provider;
    return &provider;
}

QStringList run(QFileDialog &dialog)
{
    dialog.setIconProvider(icons());
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // A native GTK or KDE dialog would run in this process and sniff file contents with its own
    // code, beyond the reach of the icon provider: Qt's own dialog is used instead. (Windows
    // has no POSIX locks to lose, and macOS's open panel reads files out of process.)
    dialog.setOption(QFileDialog::DontUseNativeDialog);
#endif
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles();
}

QString first(const QStringList &files)
{
    return files.isEmpty() ? QString() : files.constFirst();
}

const QString LastFolderKey = QStringLiteral("files/lastFolder");

// Where a dialog starts: the folder last used, with the suggested name in it.
QString startingPoint(const QString &suggested)
{
    const QString folder = QSettings().value(LastFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return suggested;
    if (suggested.isEmpty())
        return folder;
    return QFileInfo(suggested).isRelative() && !suggested.contains(u'/') ? QDir(folder).filePath(suggested) : suggested;
}

QStringList remembered(const QStringList &chosen)
{
    if (!chosen.isEmpty())
        QSettings().setValue(LastFolderKey, QFileInfo(chosen.constFirst()).absolutePath());
    return chosen;
}

} // namespace

QString FileDialogs::openFile(QWidget *parent, const QString &caption, const QString &filter, const QString &directory)
{
    QFileDialog dialog(parent, caption, directory.isEmpty() ? startingPoint(QString()) : directory, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return first(remembered(run(dialog)));
}

QStringList FileDialogs::openFiles(QWidget *parent, const QString &caption, const QString &filter)
{
    QFileDialog dialog(parent, caption, startingPoint(QString()), filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    return remembered(run(dialog));
}

QString FileDialogs::saveFile(QWidget *parent, const QString &caption, const QString &filter, const QString &suggested)
{
    QFileDialog dialog(parent, caption, startingPoint(suggested), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    const auto useSuffixOf = [&dialog](const QString &chosenFilter) {
        static const QRegularExpression firstPattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
        dialog.setDefaultSuffix(firstPattern.match(chosenFilter).captured(1));
    };
    useSuffixOf(dialog.selectedNameFilter());
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, useSuffixOf);
    return first(remembered(run(dialog)));
}

QString FileDialogs::existingFolder(QWidget *parent, const QString &caption)
{
    QFileDialog dialog(parent, caption);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return first(run(dialog));
}

QString FileDialogs::nameFrom(const QStringList &words)
{
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    QStringList parts;
    for (const QString &w : words) {
        const QString part = TextFolding::fold(w).replace(notWord, QStringLiteral("-")); // "Río" -> "rio"
        const QString trimmed = part.mid(part.startsWith(u'-') ? 1 : 0).chopped(part.endsWith(u'-') ? 1 : 0);
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    return parts.join(u'-');
}

} // namespace cac
