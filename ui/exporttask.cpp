#include "exporttask.h"

#include "app/tasks/backgroundtask.h"
#include "db/csv/csvexporter.h"
#include "db/sheets/xlsx/xlsxexporter.h"
#include "db/engine/database.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>

#include <memory>
#include <QCoreApplication>

namespace cac {

Result<int> ExportTask::run(const QString &databasePath, const QString &path, QWidget *parent)
{
    auto result = std::make_shared<Result<int>>(Result<int>::failure(QString()));
    BackgroundTask task;
    QProgressDialog progress(QCoreApplication::translate("ExportTask", "Exporting reports…"),
                             QCoreApplication::translate("ExportTask", "Cancel"), 0, 1000, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    QObject::connect(&task, &BackgroundTask::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &task, &BackgroundTask::cancel);
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &progress, [&] { progress.setValue(task.progress()); });
    timer.start(100);
    task.start([result, databasePath, path](BackgroundTask::Control &control) {
        Result<std::unique_ptr<Database>> database = Database::open(databasePath, Database::Mode::OpenExisting);
        if (!database.ok()) {
            *result = Result<int>::failure(database.error());
            return;
        }
        const auto progress = [&control](int done, int total) { control.perMille = total > 0 ? 1000 * done / total : 0; };
        if (path.endsWith(QLatin1StringView(".xlsx"), Qt::CaseInsensitive)) {
            XlsxExporter::Options options;
            options.cancel = &control.cancel;
            options.progress = progress;
            *result = XlsxExporter(*database.value()).exportTo(path, options);
        } else {
            CsvExporter::Options options;
            options.cancel = &control.cancel;
            options.progress = progress;
            *result = CsvExporter(*database.value()).exportTo(path, options);
        }
    });
    loop.exec();
    timer.stop();
    progress.reset();
    return *result;
}

} // namespace cac
