#include "app/cli/mappingoptions.h"

#include "app/cli/cliio.h"
#include "db/import/importissue.h"
#include "db/import/reportcolumns.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace cac {

std::optional<int> MappingOptions::read(const QStringList &assignments, const QString &mappingFile, const QString &usage,
                                        ColumnMapping &mapping)
{
    if (!mappingFile.isEmpty()) {
        QFile file(mappingFile);
        if (!file.open(QIODevice::ReadOnly))
            return CliIo::usageError(QCoreApplication::translate("MappingOptions", "--mapping %1: cannot be read: %2")
                                             .arg(mappingFile, file.errorString()),
                                     usage);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(file.read(1 << 20), &error);
        if (error.error != QJsonParseError::NoError || !json.isObject())
            return CliIo::usageError(
                    QCoreApplication::translate("MappingOptions",
                                                "--mapping %1: not a JSON object such as {\"Agency Name\": \"agency\"}: %2")
                            .arg(mappingFile, error.errorString()),
                    usage);
        const Result<ColumnMapping> read = ColumnMapping::fromJson(json.object());
        if (!read.ok())
            return CliIo::usageError(
                    QCoreApplication::translate("MappingOptions", "--mapping %1: %2").arg(mappingFile, read.error()), usage);
        mapping = read.value();
    }
    for (const QString &assignment : assignments) {
        const Status chosen = mapping.chooseFromText(assignment);
        if (!chosen.ok())
            return CliIo::usageError(QCoreApplication::translate("MappingOptions", "--map %1").arg(chosen.error()), usage);
    }
    return std::nullopt;
}

void MappingOptions::print(const QString &file, const ImportSummary &summary)
{
    if (summary.headerRow == 0)
        return;
    CliIo::out() << QCoreApplication::translate("MappingOptions", "%1 (%2): the header is row %3; its columns are read as:")
                            .arg(file, summary.sourceDescription)
                            .arg(summary.headerRow)
                 << "\n";
    for (const MappedColumn &column : summary.columns) {
        const QString letters = ImportIssue::columnLetters(column.column);
        CliIo::out() << QStringLiteral("  %1  %2  %3\n")
                                .arg(letters, -3)
                                .arg(column.header, -32)
                                .arg(ColumnMapping::fieldName(column.field));
    }
    QStringList missing;
    for (const int required : {ReportColumns::Ori, ReportColumns::Year}) {
        bool found = false;
        for (const MappedColumn &column : summary.columns)
            found = found || column.field == required;
        if (!found)
            missing << ReportColumns::importNames().at(required);
    }
    if (!missing.isEmpty())
        CliIo::out() << QCoreApplication::translate("MappingOptions", "No column is read as %1.")
                                .arg(missing.join(QStringLiteral(" or ")))
                     << "\n";
    CliIo::out().flush();
}

} // namespace cac
