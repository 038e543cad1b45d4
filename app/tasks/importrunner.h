#pragma once

#include "app/tasks/backgroundtask.h"

#include "db/import/importsource.h"
#include "db/import/importsummary.h"

#include <QObject>
#include <QString>

namespace cac {

// An import (or its dry run) of CSV files or workbooks (one, or several as one) as a BackgroundTask, with a database connection of its own.
// cancel() stops it, writing nothing; summary() is ready once finished() has arrived.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(QObject *parent = nullptr);
    // Cancels a run under way and waits for it, before the summary it writes to is gone.
    ~ImportRunner() override;

    void start(const QStringList &paths, const QString &databasePath, bool dryRun, const ImportSource::Choice &choice = {});
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

} // namespace cac
