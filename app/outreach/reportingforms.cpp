#include "app/outreach/reportingforms.h"

#include "app/review/reviewqueue.h"
#include "db/sheets/form/reportingformwriter.h"
#include "db/stores/contactstore.h"
#include "db/stores/reportingformstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

using Written = Result<QStringList>;

// The agencies the forms are for, by ORI.
Result<QList<AgencyHistory>> chosen(const QList<AgencyHistory> &histories, const ReportingForms::Request &request)
{
    using Chosen = Result<QList<AgencyHistory>>;
    QList<AgencyHistory> list;
    if (request.oris.isEmpty()) {
        for (const AgencyHistory &history : histories) {
            if (history.isDue(request.year))
                list << history;
        }
        if (list.isEmpty())
            return Chosen::failure(
                    QCoreApplication::translate("ReportingForms", "no agency is due to report for %1").arg(request.year));
    } else {
        for (const QString &ori : request.oris) {
            const auto found = std::find_if(histories.cbegin(), histories.cend(),
                                            [&ori](const AgencyHistory &h) { return h.agency.ori == ori.toUpper(); });
            if (found == histories.cend())
                return Chosen::failure(QCoreApplication::translate("ReportingForms", "no agency has the ORI %1").arg(ori));
            list << *found;
        }
    }
    std::sort(list.begin(), list.end(),
              [](const AgencyHistory &a, const AgencyHistory &b) { return a.agency.ori < b.agency.ori; });
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
    const Result<QList<AgencyHistory>> histories = ReviewQueue::loadHistories(db);
    if (!histories.ok())
        return Written::failure(histories.error());
    const Result<QList<AgencyHistory>> agencies = chosen(histories.value(), request);
    if (!agencies.ok())
        return Written::failure(agencies.error());
    const Result<QHash<qint64, ContactRecord>> contacts = ContactStore(db).firstByAgency();
    if (!contacts.ok())
        return Written::failure(contacts.error());
    if (!QDir().mkpath(request.folder))
        return Written::failure(
                QCoreApplication::translate("ReportingForms", "%1: the folder cannot be made").arg(request.folder));
    const QDir folder(request.folder);
    for (const AgencyHistory &agency : agencies.value()) {
        const QString path = folder.filePath(fileName(agency.agency.ori, request.year));
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
    for (const AgencyHistory &history : agencies.value()) {
        if (request.cancel && request.cancel->load())
            return fail(QCoreApplication::translate("ReportingForms", "cancelled: no form was kept"));
        const AgencyRecord &agency = history.agency;
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
