#pragma once

#include "db/status.h"

#include <QByteArray>
#include <QStringList>

#include <sys/types.h>

namespace cac {

// A reader program run as a process of its own, its standard output read through a pipe,
// a piece at a time, from whichever thread asks (no QObject, so no thread affinity). Killed
// and reaped when destroyed. (POSIX; a Windows build would need CreateProcess here.)
class ReaderProcess
{
public:
    ReaderProcess() = default;
    ~ReaderProcess();
    ReaderProcess(const ReaderProcess &) = delete;
    ReaderProcess &operator=(const ReaderProcess &) = delete;

    // Starts `program` with `arguments`; false with error() if it cannot be started.
    bool start(const QString &program, const QStringList &arguments);
    // Appends what the process wrote next (waiting for it); false at its end.
    bool readMore(QByteArray &buffer);
    // How it ended, once readMore() has returned false: success when it exited with status 0.
    Status howItEnded();
    QString error() const { return m_error; }

private:
    pid_t m_pid = -1;
    int m_output = -1;
    QString m_error;
};

} // namespace cac
