#pragma once

#include "db/result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <functional>

namespace cac {

// The enhanced reporting forms of a year (docs/reporting-form.md): one workbook per agency due
// for the year (StatewideMetrics' definition, AgencyHistory::isDue), or per agency named, in a
// folder, each recorded as issued so that only a form made here, for its agency and year, is
// taken back by the import. All or nothing: if one form cannot be written, none is kept and
// none is recorded. Existing files are never replaced.
namespace ReportingForms {
struct Request
{
    int year = 0;
    QStringList oris; // empty: every agency due for the year
    QString folder;   // made if missing
    QString source;   // the database's file name, written on each form
    bool demo = false;
    std::function<void(int done, int total)> progress;
    const std::atomic_bool *cancel = nullptr;
};
// The file name of an agency's form for a year: "CA0190000-2025-reporting-form.xlsx".
QString fileName(const QString &ori, int year);
// The paths written, in ORI order.
Result<QStringList> write(QSqlDatabase db, const Request &request);
} // namespace ReportingForms

} // namespace cac
