#pragma once

#include "app/tasks/backgroundtask.h"

#include "db/import/importsummary.h"

#include <QObject>
#include <QString>

// A CSV import (or its dry run) as a BackgroundTask, with a database connection of its own.
// cancel() stops it, writing nothing; summary() is ready once finished() has arrived.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(QObject *parent = nullptr);

    void start(const QString &csvPath, const QString &databasePath, bool dryRun);
    void cancel() { m_task->cancel(); }
    bool isRunning() const { return m_task->isRunning(); }
    int progress() const { return m_task->progress(); } // per mille of the file read
    const ImportSummary &summary() const { return m_summary; }

signals:
    void finished();

private:
    BackgroundTask *m_task;
    ImportSummary m_summary;
};
