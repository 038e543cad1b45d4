#pragma once

// A throwaway folder for a test's input files, removed with the test object.

#include <QFile>
#include <QTemporaryDir>

namespace cac {

class ScratchFolder
{
public:
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Writes `bytes` to `name` in the folder, replacing what was there; stops the test run when
    // the file cannot be written whole.
    QString write(const char *name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", name);
        return path;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace cac
