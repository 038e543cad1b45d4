#include "app/tasks/backgroundtask.h"

#include <QThread>

namespace cac {

BackgroundTask::BackgroundTask(QObject *parent) : QObject(parent) {}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_control.cancel = true;
        m_thread->wait();
    }
}

bool BackgroundTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundTask::start(Work work)
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait();
    m_control.cancel = false;
    m_control.perMille = 0;
    m_thread.reset(QThread::create([this, work = std::move(work)] { work(m_control); }));
    connect(m_thread.get(), &QThread::finished, this, &BackgroundTask::finished, Qt::QueuedConnection);
    m_thread->start();
}

} // namespace cac
