#include "filedialogs.h"

#include "extensionicons.h"

#include <QFileDialog>
#include <QRegularExpression>

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

} // namespace

QString FileDialogs::openFile(QWidget *parent, const QString &caption, const QString &filter, const QString &directory)
{
    QFileDialog dialog(parent, caption, directory, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return first(run(dialog));
}

QStringList FileDialogs::openFiles(QWidget *parent, const QString &caption, const QString &filter)
{
    QFileDialog dialog(parent, caption, QString(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    return run(dialog);
}

QString FileDialogs::saveFile(QWidget *parent, const QString &caption, const QString &filter, const QString &suggested)
{
    QFileDialog dialog(parent, caption, suggested, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    const auto useSuffixOf = [&dialog](const QString &chosenFilter) {
        static const QRegularExpression firstPattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
        dialog.setDefaultSuffix(firstPattern.match(chosenFilter).captured(1));
    };
    useSuffixOf(dialog.selectedNameFilter());
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, useSuffixOf);
    return first(run(dialog));
}

QString FileDialogs::existingFolder(QWidget *parent, const QString &caption)
{
    QFileDialog dialog(parent, caption);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return first(run(dialog));
}
