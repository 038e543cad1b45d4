#include "app/outreach/reportingforms.h"

#include "app/review/historyscan.h"
#include "db/sheets/form/reportingformwriter.h"
#include "db/stores/records/contactstore.h"
#include "db/stores/outreach/reportingformstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace cac {

namespace {

using Written = Result<QStringList>;

// The agencies the forms are for, by ORI: those named, or every agency due for the year.
Result<QList<AgencyRecord>> chosen(QSqlDatabase db, const ReportingForms::Request &request)
{
    using Chosen = Result<QList<AgencyRecord>>;
    QSet<QString> named;
    for (const QString &ori : request.oris)
        named.insert(ori.toUpper());
    QList<AgencyRecord> list;
    const Status read = HistoryScan::forEach(db, request.year, ReviewSettings(), [&](const AgencyHistory &history) {
        if (request.oris.isEmpty() ? history.isDue(request.year) : named.contains(history.agency.ori))
            list << history.agency;
    });
    if (!read.ok())
        return Chosen::failure(read.error());
    for (const QString &ori : request.oris) {
        if (std::none_of(list.cbegin(), list.cend(), [&ori](const AgencyRecord &a) { return a.ori == ori.toUpper(); }))
            return Chosen::failure(QCoreApplication::translate("ReportingForms", "no agency has the ORI %1").arg(ori));
    }
    if (list.isEmpty())
        return Chosen::failure(
                QCoreApplication::translate("ReportingForms", "no agency is due to report for %1").arg(request.year));
    std::sort(list.begin(), list.end(), [](const AgencyRecord &a, const AgencyRecord &b) { return a.ori < b.ori; });
    return list;
}

void removeAll(const QStringList &paths)
{
    for (const QString &path : paths)
        QFile::remove(path);
}

} // namespace

QString ReportingForms::fileName(const QString &ori, int year)
{
    return QStringLiteral("%1-%2-reporting-form.xlsx").arg(ori).arg(year);
}

Result<QStringList> ReportingForms::write(QSqlDatabase db, const Request &request)
{
    const Result<QList<AgencyRecord>> agencies = chosen(db, request);
    if (!agencies.ok())
        return Written::failure(agencies.error());
    const Result<QHash<qint64, ContactRecord>> contacts = ContactStore(db).firstByAgency();
    if (!contacts.ok())
        return Written::failure(contacts.error());
    if (!QDir().mkpath(request.folder))
        return Written::failure(
                QCoreApplication::translate("ReportingForms", "%1: the folder cannot be made").arg(request.folder));
    const QDir folder(request.folder);
    for (const AgencyRecord &agency : agencies.value()) {
        const QString path = folder.filePath(fileName(agency.ori, request.year));
        if (QFileInfo::exists(path))
            return Written::failure(QCoreApplication::translate("ReportingForms",
                                                                "%1 exists: forms are never written over; choose an empty folder")
                                            .arg(path));
    }
    // The forms are recorded as issued in one transaction, committed only once every file is
    // written: a form on disk is always one the database knows, and a failure leaves neither.
    if (!db.transaction())
        return Written::failure(QCoreApplication::translate("ReportingForms", "cannot write to the database"));
    QStringList written;
    const auto fail = [&](const QString &why) {
        db.rollback();
        removeAll(written);
        return Written::failure(why);
    };
    ReportingFormStore store(db);
    int done = 0;
    for (const AgencyRecord &agency : agencies.value()) {
        if (request.cancel && request.cancel->load())
            return fail(QCoreApplication::translate("ReportingForms", "cancelled: no form was kept"));
        const ContactRecord contact = contacts.value().value(agency.id);
        const ReportingForm form{agency.ori,   agency.name,   agency.county, request.year,
                                 contact.name, contact.phone, contact.email, ReportingFormStore::newId(),
                                 request.demo, request.source};
        const QString path = folder.filePath(fileName(agency.ori, request.year));
        const Status recorded = store.recordIssued(form.formId, agency.id, request.year, QFileInfo(path).fileName());
        if (!recorded.ok())
            return fail(recorded.error());
        const Status saved = ReportingFormWriter::write(path, form);
        if (!saved.ok())
            return fail(saved.error());
        written << path;
        if (request.progress)
            request.progress(++done, int(agencies.value().size()));
    }
    if (!db.commit())
        return fail(QCoreApplication::translate("ReportingForms", "the database refused to record the forms"));
    return written;
}

} // namespace cac
