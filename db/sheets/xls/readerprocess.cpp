#include "db/sheets/xls/readerprocess.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace cac {

ReaderProcess::~ReaderProcess()
{
    if (m_output >= 0)
        ::close(m_output);
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
    }
}

bool ReaderProcess::start(const QString &program, const QStringList &arguments)
{
    int pipeEnds[2];
    if (::pipe2(pipeEnds, O_CLOEXEC) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    QList<QByteArray> args{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        args << QFile::encodeName(argument);
    QList<char *> argv;
    for (QByteArray &arg : args)
        argv << arg.data();
    argv << nullptr;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    const int spawned = ::posix_spawn(&m_pid, argv.first(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeEnds[1]);
    if (spawned != 0) {
        ::close(pipeEnds[0]);
        m_pid = -1;
        m_error = QString::fromLocal8Bit(std::strerror(spawned));
        return false;
    }
    m_output = pipeEnds[0];
    return true;
}

bool ReaderProcess::readMore(QByteArray &buffer)
{
    if (m_output < 0)
        return false;
    char chunk[1 << 16];
    for (;;) {
        const ssize_t n = ::read(m_output, chunk, sizeof chunk);
        if (n > 0) {
            buffer.append(chunk, n);
            return true;
        }
        if (n < 0 && errno == EINTR)
            continue;
        ::close(m_output);
        m_output = -1;
        return false;
    }
}

Status ReaderProcess::howItEnded()
{
    if (m_pid <= 0)
        return Status::failure(m_error);
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_pid = -1;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return Status::success();
    if (WIFSIGNALED(status))
        return Status::failure(QCoreApplication::translate("ReaderProcess", "it stopped on signal %1").arg(WTERMSIG(status)));
    return Status::failure(QCoreApplication::translate("ReaderProcess", "it stopped with status %1").arg(WEXITSTATUS(status)));
}

} // namespace cac
