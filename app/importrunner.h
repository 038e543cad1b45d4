#pragma once

#include "db/importsummary.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

// Runs a CSV import (or its dry run) on a worker thread with a database connection of its own,
// so the window never freezes. Progress is read with progress(); cancel() stops it, writing
// nothing; finished() arrives on the thread that started it.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;

    void start(const QString &csvPath, const QString &databasePath, bool dryRun);
    void cancel() { m_cancel = true; }
    bool isRunning() const;
    // Per mille of the file read so far.
    int progress() const { return m_progress.load(); }
    const ImportSummary &summary() const { return m_summary; }

signals:
    void finished();

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel = false;
    std::atomic_int m_progress = 0;
    ImportSummary m_summary;
};
