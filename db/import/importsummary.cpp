#include "db/import/importsummary.h"

#include <QFileInfo>
#include <QJsonArray>

namespace cac {

QJsonObject ImportSummary::auditDetails() const
{
    QJsonArray names;
    for (const ImportedFile &file : files)
        names.append(QFileInfo(file.path).fileName());
    return QJsonObject{{QStringLiteral("file"), names.size() == 1 ? names.first() : QJsonValue(names)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("reports_added"), reportsAdded},
                       {QStringLiteral("reports_changed"), reportsChanged},
                       {QStringLiteral("reports_unchanged"), reportsUnchanged},
                       {QStringLiteral("agencies_added"), agenciesAdded}};
}

} // namespace cac
