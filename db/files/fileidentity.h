#pragma once

#include <QString>

#include <optional>

namespace cac {

// Which file on disk a path names (device and inode on Unix), learnt with stat(), which never
// opens the file: opening and closing any handle on the open database would drop SQLite's
// POSIX locks, so comparing files must never open them.
class FileIdentity
{
public:
    // Nothing when no file is there (or it cannot be looked at).
    static std::optional<FileIdentity> of(const QString &path);
    bool operator==(const FileIdentity &other) const = default;

private:
    quint64 m_device = 0;
    quint64 m_inode = 0;
    // Where stat() has no inode to give (Windows), the canonical path stands for the file.
    QString m_canonicalPath;
};

} // namespace cac
