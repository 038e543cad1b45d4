#include "atomicfile.h"

#include "protectedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

namespace cac {

namespace {

QString kindName(AtomicFile::Kind kind)
{
    switch (kind) {
    case AtomicFile::Kind::Csv:
        return QCoreApplication::translate("AtomicFile", "a CSV file");
    case AtomicFile::Kind::Text:
        return QCoreApplication::translate("AtomicFile", "a text file");
    case AtomicFile::Kind::Html:
        return QCoreApplication::translate("AtomicFile", "an HTML file");
    case AtomicFile::Kind::Svg:
        return QCoreApplication::translate("AtomicFile", "an SVG image");
    case AtomicFile::Kind::Pdf:
        return QCoreApplication::translate("AtomicFile", "a PDF document");
    case AtomicFile::Kind::Png:
        return QCoreApplication::translate("AtomicFile", "a PNG image");
    case AtomicFile::Kind::Odt:
        return QCoreApplication::translate("AtomicFile", "an ODT document");
    case AtomicFile::Kind::Xlsx:
        return QCoreApplication::translate("AtomicFile", "an Excel workbook");
    case AtomicFile::Kind::Sqlite:
        return QCoreApplication::translate("AtomicFile", "an SQLite database");
    }
    return QString();
}

bool isText(const QByteArray &head)
{
    return !head.contains('\0');
}

// Whether the first bytes of an existing file are those of `kind`. Text kinds are told apart
// from binary files only; that is enough to keep a CSV off a database, a PDF or an image.
bool looksLike(const QByteArray &head, AtomicFile::Kind kind)
{
    switch (kind) {
    case AtomicFile::Kind::Csv:
    case AtomicFile::Kind::Text:
    case AtomicFile::Kind::Html:
    case AtomicFile::Kind::Svg:
        return isText(head);
    case AtomicFile::Kind::Pdf:
        return head.startsWith("%PDF-");
    case AtomicFile::Kind::Png:
        return head.startsWith("\x89PNG\r\n\x1a\n");
    case AtomicFile::Kind::Odt:
    case AtomicFile::Kind::Xlsx:
        return head.startsWith("PK\x03\x04");
    case AtomicFile::Kind::Sqlite:
        return head.startsWith(QByteArray("SQLite format 3\0", 16));
    }
    return false;
}

QString whatItLooksLike(const QByteArray &head)
{
    for (const AtomicFile::Kind kind :
         {AtomicFile::Kind::Sqlite, AtomicFile::Kind::Pdf, AtomicFile::Kind::Png, AtomicFile::Kind::Odt})
        if (looksLike(head, kind))
            return kindName(kind);
    return isText(head) ? QCoreApplication::translate("AtomicFile", "a text file")
                        : QCoreApplication::translate("AtomicFile", "a binary file");
}

} // namespace

std::optional<AtomicFile::Kind> AtomicFile::kindOfSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv" || suffix == u"tsv")
        return Kind::Csv;
    if (suffix == u"txt")
        return Kind::Text;
    if (suffix == u"html" || suffix == u"htm")
        return Kind::Html;
    if (suffix == u"svg")
        return Kind::Svg;
    if (suffix == u"pdf")
        return Kind::Pdf;
    if (suffix == u"png")
        return Kind::Png;
    if (suffix == u"odt")
        return Kind::Odt;
    if (suffix == u"xlsx")
        return Kind::Xlsx;
    if (suffix == u"sqlite" || suffix == u"db" || suffix == u"sqlite3")
        return Kind::Sqlite;
    return std::nullopt;
}

Status AtomicFile::check(const QString &path, Kind kind)
{
    using S = Status;
    if (path.isEmpty())
        return S::failure(QCoreApplication::translate("AtomicFile", "No file name was given."));
    // Before anything opens the target: it may be the database itself.
    if (const Status free = ProtectedFiles::check(path); !free.ok())
        return free;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return S::failure(QCoreApplication::translate("AtomicFile", "%1 is a folder or a device, not a file; choose a file name.")
                                  .arg(QDir::toNativeSeparators(path)));
    if (!info.exists() || info.size() == 0)
        return S::success();
    QFile existing(path);
    if (!existing.open(QIODevice::ReadOnly))
        return S::failure(QCoreApplication::translate("AtomicFile", "Cannot read %1 to check what it holds: %2")
                                  .arg(QDir::toNativeSeparators(path), existing.errorString()));
    const QByteArray head = existing.read(4096);
    if (looksLike(head, kind))
        return S::success();
    return S::failure(
            QCoreApplication::translate(
                    "AtomicFile", "%1 exists and is %2, not %3; it was left as it was. Choose another name, or remove it first.")
                    .arg(QDir::toNativeSeparators(path), whatItLooksLike(head), kindName(kind)));
}

Status AtomicFile::write(const QString &path, Kind kind, const std::function<bool(QIODevice &)> &fill)
{
    if (const Status allowed = check(path, kind); !allowed.ok())
        return allowed;
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QCoreApplication::translate("AtomicFile", "Cannot write %1: %2").arg(shown, file.errorString()));
    // The records are sensitive: the temporary file is private before its first byte, so the
    // file is never readable by others, not even between the rename and a later chmod.
    // (On Windows the flags map to the ACL only in part; the file keeps its folder's ACL.)
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Status::failure(
                QCoreApplication::translate("AtomicFile", "Cannot make %1 private: %2").arg(shown, file.errorString()));
    }
    // flush() before commit(): Qt 6.4's QSaveFile::commit() ignores a failure to write the last
    // buffered bytes (seen on a full disk: ENOSPC, then the empty file renamed into place).
    const bool filled = fill(file) && file.flush();
    if (!filled || file.error() != QFileDevice::NoError) {
        const QString cause = file.error() != QFileDevice::NoError
                ? file.errorString()
                : QCoreApplication::translate("AtomicFile", "the file could not be made");
        file.cancelWriting();
        return Status::failure(
                QCoreApplication::translate("AtomicFile", "Cannot write %1: %2; the old file, if any, was left as it was.")
                        .arg(shown, cause));
    }
    if (!file.commit())
        return Status::failure(
                QCoreApplication::translate("AtomicFile", "Cannot write %1: %2; the old file, if any, was left as it was.")
                        .arg(shown, file.errorString()));
    return Status::success();
}

Status AtomicFile::writeByName(const QString &path, Kind kind, const std::function<Status(const QString &)> &fill)
{
    if (const Status allowed = check(path, kind); !allowed.ok())
        return allowed;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    // QTemporaryFile makes the file readable by its owner only, before anything is in it.
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temporary.open())
        return Status::failure(
                QCoreApplication::translate("AtomicFile", "Cannot write %1: %2").arg(shown, temporary.errorString()));
    temporary.close();
    const QString temporaryPath = temporary.fileName();
    if (const Status filled = fill(temporaryPath); !filled.ok())
        return Status::failure(
                QCoreApplication::translate("AtomicFile", "Cannot write %1: %2; the old file, if any, was left as it was.")
                        .arg(shown, filled.error()));
    // The writer may have made the file anew: private again, then on disk before the rename.
    QFile::setPermissions(temporaryPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const int fd = ::open(QFile::encodeName(temporaryPath).constData(), O_RDONLY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!synced)
        return Status::failure(
                QCoreApplication::translate("AtomicFile",
                                            "Cannot write %1: the file could not be saved to disk; the old file, if any, was "
                                            "left as it was.")
                        .arg(shown));
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temporaryPath).toStdString(), QFile::encodeName(path).toStdString(), error);
    if (error)
        return Status::failure(
                QCoreApplication::translate("AtomicFile", "Cannot write %1: %2; the old file, if any, was left as it was.")
                        .arg(shown, QString::fromStdString(error.message())));
    temporary.setAutoRemove(false); // it is the target now
    return Status::success();
}

} // namespace cac
