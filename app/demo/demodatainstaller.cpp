#include "app/demo/demodatainstaller.h"
#include "app/metrics/statewidemetrics.h"

#include "app/demo/demogenerator.h"

#include "db/model/servicestatus.h"
#include "db/stores/records/agencystore.h"
#include "db/import/reportimporter.h"
#include "db/engine/database.h"
#include "db/stores/records/sanctionstore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTemporaryFile>

#include <tuple>

namespace cac {

DemoDataInstaller::DemoDataInstaller(Database &database) : m_database(database) {}

Status DemoDataInstaller::install(const DemoOptions &options)
{
    DemoGenerator generator(options);
    // A temporary file, not memory: a large demo set streams like any import.
    QTemporaryFile csv;
    if (!csv.open() || !generator.writeCsv(&csv) || !csv.seek(0))
        return Status::failure(
                QCoreApplication::translate("DemoDataInstaller", "Cannot write the demo data: %1").arg(csv.errorString()));
    const QString source = QStringLiteral("demo-seed-%1.csv").arg(options.seed);
    m_summary = ReportImporter(m_database).importDevice(csv, source, {});
    if (!m_summary.succeeded()) {
        QStringList lines;
        for (const ImportIssue &issue : m_summary.errors)
            lines << issue.toString(source);
        return Status::failure(lines.join(u'\n'));
    }

    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Status::failure(db.lastError().text());
    const AgencyStore agencies(db);
    SanctionStore sanctions(db);
    auto fail = [&db](const QString &why) {
        db.rollback();
        return Status::failure(why);
    };
    const Result<QHash<QString, qint64>> read = agencies.idsByOri();
    if (!read.ok())
        return fail(read.error());
    const QHash<QString, qint64> &ids = read.value();
    for (const DemoAgency &agency : generator.agencies()) {
        if (!agency.serviceEnded)
            continue;
        const Status ended = AgencyStore(db).setService(ids.value(agency.ori), ServiceStatus::Removed, agency.serviceEnded);
        if (!ended.ok())
            return fail(ended.error());
    }
    for (const DemoGenerator::SanctionEvent &event : generator.sanctions()) {
        SanctionRecord record;
        record.agencyId = ids.value(event.ori);
        record.kind = event.kind;
        record.issuedOn = event.issuedOn;
        record.reason = event.reason;
        const Result<qint64> added = sanctions.add(record);
        if (!added.ok())
            return fail(added.error());
    }
    if (!db.commit())
        return fail(db.lastError().text());
    // The demo's warnings and ends of service are written after its import: kept once all is in.
    std::ignore = StatewideMetrics(db).keepStatewide();
    return Status::success();
}

} // namespace cac
