#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace cac {

// Runs one piece of long work (an import, an export) on a worker thread, so the window never
// freezes. The work reads control.cancel and sets control.perMille; it must open its own
// database connection (a connection belongs to its thread). finished() arrives on the thread
// that called start().
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    struct Control
    {
        std::atomic_bool cancel = false;
        std::atomic_int perMille = 0;
    };
    using Work = std::function<void(Control &)>;

    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override; // cancels and waits

    void start(Work work);
    void cancel() { m_control.cancel = true; }
    bool isRunning() const;
    int progress() const { return m_control.perMille; }

signals:
    void finished();

private:
    std::unique_ptr<QThread> m_thread;
    Control m_control;
};

} // namespace cac
