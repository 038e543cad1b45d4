#include "app/tasks/importrunner.h"
#include "app/metrics/statewidemetrics.h"

#include "db/import/reportimporter.h"
#include "db/engine/database.h"

namespace cac {

ImportRunner::ImportRunner(QObject *parent) : QObject(parent), m_task(new BackgroundTask(this))
{
    connect(m_task, &BackgroundTask::finished, this, &ImportRunner::finished);
}

ImportRunner::~ImportRunner()
{
    // The task is a child, but children go after this object's members: the worker would write
    // m_summary after it was destroyed (UBSan saw it when a dialog closed during its check).
    delete m_task;
}

void ImportRunner::start(const QStringList &paths, const QString &databasePath, bool dryRun, const ImportSource::Choice &choice)
{
    m_summary = ImportSummary();
    m_task->start([this, paths, databasePath, dryRun, choice](BackgroundTask::Control &control) {
        Result<std::unique_ptr<Database>> database = Database::open(databasePath, Database::Mode::OpenExisting);
        ImportSummary summary;
        if (!database.ok()) {
            summary.errors.append({0, QString(), QString(), database.error()});
            summary.errorCount = 1;
        } else {
            ReportImporter::Options options;
            options.dryRun = dryRun;
            options.encoding = choice.encoding;
            options.sheet = choice.sheet;
            options.mapping = choice.mapping;
            options.remembered = choice.remembered;
            options.cancel = &control.cancel;
            options.progress = [&control](qint64 done, qint64 total) {
                control.perMille = total > 0 ? int(1000 * done / total) : 0;
            };
            summary = ReportImporter(*database.value()).importFiles(paths, options);
            StatewideMetrics(database.value()->connection()).keepAfter(summary);
        }
        m_summary = summary; // read by the starting thread only after finished()
    });
}

} // namespace cac
