#include "db/import/rows/importrowchecks.h"

#include "db/import/importwriter.h"
#include "db/import/reportcolumns.h"
#include "db/stores/metastore.h"

#include <QCoreApplication>

namespace cac {

void ImportRowChecks::setDatabase(bool wasEmpty, bool isDemo)
{
    m_databaseWasEmpty = wasEmpty;
    m_databaseIsDemo = isDemo;
}

std::optional<ImportRowChecks::Refusal> ImportRowChecks::dataKind(const ImportRow &row)
{
    const QString notice = row.demoNotice ? MetaStore::DemoNotice : QString();
    if (m_fileIsDemo) {
        if (*m_fileIsDemo == row.demoNotice)
            return std::nullopt;
        return Refusal{ReportColumns::DataNotice, notice,
                       QCoreApplication::translate("ReportImporter", "the file mixes demo rows with real ones")};
    }
    m_fileIsDemo = row.demoNotice;
    if (m_databaseWasEmpty || row.demoNotice == m_databaseIsDemo)
        return std::nullopt;
    return Refusal{ReportColumns::DataNotice, notice,
                   row.demoNotice
                           ? QCoreApplication::translate("ReportImporter",
                                                         "this file is demo data and the database holds real agencies; "
                                                         "demo data is never mixed with real data")
                           : QCoreApplication::translate("ReportImporter",
                                                         "the database holds demo data and this file does not; import real "
                                                         "data into a new database")};
}

std::optional<ImportRowChecks::Refusal> ImportRowChecks::form(const ImportRow &row, ImportWriter &writer)
{
    const std::optional<std::pair<QString, int>> issued = writer.issuedForm(row.formId);
    if (!issued)
        return Refusal{ReportColumns::FormId, row.formId,
                       QCoreApplication::translate("ReportImporter",
                                                   "this reporting form was not made from this database (its id is not one of "
                                                   "the forms issued); import it into the database it was made from")};
    if (issued->first != row.agency.ori || issued->second != row.report.year)
        return Refusal{ReportColumns::Ori, row.agency.ori,
                       QCoreApplication::translate("ReportImporter", "this reporting form was issued for %1 %2, not for %3 %4")
                               .arg(issued->first)
                               .arg(issued->second)
                               .arg(row.agency.ori)
                               .arg(row.report.year)};
    return std::nullopt;
}

} // namespace cac
