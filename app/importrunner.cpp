#include "importrunner.h"

#include "db/csvimporter.h"
#include "db/database.h"

#include <QThread>

ImportRunner::ImportRunner(QObject *parent) : QObject(parent) {}

ImportRunner::~ImportRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool ImportRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportRunner::start(const QString &csvPath, const QString &databasePath, bool dryRun)
{
    if (isRunning())
        return;
    m_cancel = false;
    m_progress = 0;
    m_summary = ImportSummary();
    m_thread.reset(QThread::create([this, csvPath, databasePath, dryRun] {
        // A connection belongs to the thread that opened it: open one here.
        Result<std::unique_ptr<Database>> database = Database::open(databasePath, Database::Mode::OpenExisting);
        ImportSummary summary;
        if (!database.ok()) {
            summary.errors.append({0, QString(), QString(), database.error()});
            summary.errorCount = 1;
        } else {
            CsvImporter::Options options;
            options.dryRun = dryRun;
            options.cancel = &m_cancel;
            options.progress = [this](qint64 done, qint64 total) {
                m_progress = total > 0 ? int(1000 * done / total) : 0;
            };
            summary = CsvImporter(*database.value()).importFile(csvPath, options);
        }
        m_summary = summary; // read by the starting thread only after finished()
    }));
    connect(m_thread.get(), &QThread::finished, this, &ImportRunner::finished, Qt::QueuedConnection);
    m_thread->start();
}
