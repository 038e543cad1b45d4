#include "db/import/importchanges.h"

#include "db/model/misusecategory.h"
#include "db/model/outcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cac {

namespace {

// Columns that say where a report is stored or came from, not what it reports.
bool isFigure(const QString &column)
{
    static const QSet<QString> bookkeeping = {QStringLiteral("id"), QStringLiteral("agency_id"), QStringLiteral("year"),
                                              QStringLiteral("source_file"), QStringLiteral("source_line")};
    return !bookkeeping.contains(column);
}

QString text(const QJsonValue &value, const QString &column)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    if (column == u"filed")
        return value.toInteger() != 0 ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

QString violations(const QJsonObject &row)
{
    const QString low = text(row.value(QStringLiteral("violations_low")), QString());
    const QString high = text(row.value(QStringLiteral("violations_high")), QString());
    return low == high ? low : low + u'-' + high;
}

QString fieldOf(const QString &column)
{
    return column.startsWith(u"violations_") ? QStringLiteral("violations") : column;
}

// The report's figure columns in the order of the CSV format; a column a later schema adds
// follows them.
QStringList figureColumns(const QJsonObject &row)
{
    QStringList columns =
            QStringList{QStringLiteral("filed"),          QStringLiteral("filed_date"),      QStringLiteral("investigations"),
                        QStringLiteral("violations_low"), QStringLiteral("violations_high"), QStringLiteral("individuals"),
                        QStringLiteral("pending")} +
            Outcome::codes() + MisuseCategory::columns() + QStringList{QStringLiteral("notes")};
    for (const QString &key : row.keys()) {
        if (isFigure(key) && !columns.contains(key))
            columns << key;
    }
    return columns;
}

// The figures that differ between two logged versions of a report.
QList<FieldChange> differences(const QString &oldJson, const QString &newJson)
{
    const QJsonObject before = QJsonDocument::fromJson(oldJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(newJson.toUtf8()).object();
    QList<FieldChange> changes;
    bool violationsDone = false;
    for (const QString &column : figureColumns(after)) {
        if (!after.contains(column) || before.value(column) == after.value(column))
            continue;
        if (fieldOf(column) == u"violations") {
            if (!violationsDone)
                changes.append({QStringLiteral("violations"), violations(before), violations(after)});
            violationsDone = true;
            continue;
        }
        changes.append({column, text(before.value(column), column), text(after.value(column), column)});
    }
    return changes;
}

} // namespace

Result<ImportChanges::List> ImportChanges::read(const RowReader &rows, qint64 firstAuditId, int limit)
{
    using Answer = Result<List>;
    List list;
    // This import's changes, with the report's ORI and year.
    QHash<qint64, ReportChange> byRow;
    QList<qint64> order;
    Status status = rows(
            QStringLiteral("SELECT e.row_id, a.ori, r.year, e.old_values, e.new_values FROM audit_log e "
                           "JOIN misuse_report r ON r.id = e.row_id JOIN agency a ON a.id = r.agency_id "
                           "WHERE e.id >= ?1 AND e.table_name = 'misuse_report' AND e.action = 'import' ORDER BY a.ori, r.year"),
            firstAuditId, [&](const QStringList &columns) {
                const qint64 row = columns.at(0).toLongLong();
                const QString &after = columns.at(4);
                const QJsonObject source = QJsonDocument::fromJson(after.toUtf8()).object();
                ReportChange change{columns.at(1),
                                    columns.at(2).toInt(),
                                    source.value(QStringLiteral("source_file")).toString(),
                                    source.value(QStringLiteral("source_line")).toInt(),
                                    differences(columns.at(3), after),
                                    {}};
                byRow.insert(row, change);
                order << row;
            });
    if (!status.ok())
        return Answer::failure(status.error());

    // Earlier log rows of those reports, oldest first: an import clears the corrections before
    // it, a hand edit adds its fields.
    QHash<qint64, QHash<QString, HandCorrection>> corrections;
    status = rows(
            QStringLiteral("SELECT row_id, action, at, os_user, old_values, new_values FROM audit_log "
                           "WHERE id < ?1 AND table_name = 'misuse_report' AND action IN ('import', 'update') AND row_id IN "
                           "(SELECT row_id FROM audit_log WHERE id >= ?1 AND table_name = 'misuse_report' AND action = 'import') "
                           "ORDER BY id"),
            firstAuditId, [&](const QStringList &columns) {
                const qint64 row = columns.at(0).toLongLong();
                if (columns.at(1) == u"import") {
                    corrections.remove(row);
                    return;
                }
                for (const FieldChange &edit : differences(columns.at(4), columns.at(5)))
                    corrections[row].insert(edit.field, {edit.field, columns.at(2), columns.at(3)});
            });
    if (!status.ok())
        return Answer::failure(status.error());

    for (const qint64 row : std::as_const(order)) {
        ReportChange &change = byRow[row];
        const auto edited = corrections.constFind(row);
        if (edited != corrections.constEnd()) {
            for (const FieldChange &field : std::as_const(change.fields)) {
                if (edited->contains(field.field))
                    change.corrections << edited->value(field.field);
            }
        }
        if (list.changes.size() < limit)
            list.changes << change;
        if (!change.corrections.isEmpty())
            list.corrected << change;
    }
    return list;
}

ImportIssue ImportChanges::overwrittenCorrection(const ReportChange &change, const HandCorrection &correction)
{
    QString before;
    QString after;
    for (const FieldChange &field : change.fields) {
        if (field.field == correction.field) {
            before = field.before;
            after = field.after;
        }
    }
    const QString unknown = QCoreApplication::translate("ReportImporter", "(not reported)");
    return {change.line, correction.field, after,
            QCoreApplication::translate(
                    "ReportImporter",
                    "%1 %2: corrected by hand by %3 at %4 since its last import; this import replaces %5 with %6")
                    .arg(change.ori)
                    .arg(change.year)
                    .arg(correction.osUser.isEmpty() ? QCoreApplication::translate("ReportImporter", "someone")
                                                     : correction.osUser,
                         correction.at, before.isEmpty() ? unknown : before, after.isEmpty() ? unknown : after)};
}

} // namespace cac
