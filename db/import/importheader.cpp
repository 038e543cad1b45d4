#include "db/import/importheader.h"

#include "db/import/reportcolumns.h"
#include "db/model/fieldrules.h"

#include <QCoreApplication>

namespace cac {

QStringList ImportHeader::texts(const SourceRecord &record)
{
    QStringList list;
    for (const QStringView field : record.fields)
        list << field.trimmed().toString();
    return list;
}

bool ImportHeader::isHeader(const SourceRecord &record, const ColumnMapping &chosen,
                            const QHash<QString, ColumnMapping> &remembered)
{
    const QStringList headers = texts(record);
    const ColumnMapping mapping = chosen.forHeaders(headers, remembered);
    bool ori = false;
    bool year = false;
    for (const QString &header : headers) {
        const int id = header.isEmpty() ? ColumnMapping::Unmapped : mapping.fieldFor(header);
        ori = ori || id == ReportColumns::Ori;
        year = year || id == ReportColumns::Year;
    }
    return ori && year;
}

bool ImportHeader::hasHeader(RecordSource &source, const ColumnMapping &chosen, const QHash<QString, ColumnMapping> &remembered)
{
    SourceRecord record;
    for (int nonBlank = 0; nonBlank <= MaxRowsAboveHeader && source.read(record);) {
        if (record.isBlank())
            continue;
        if (isHeader(record, chosen, remembered))
            return true;
        ++nonBlank;
    }
    return false;
}

ImportHeader ImportHeader::read(RecordSource &source, const ColumnMapping &chosen,
                                const QHash<QString, ColumnMapping> &remembered)
{
    ImportHeader header;
    SourceRecord record;
    SourceRecord first;
    QStringList firstTexts;
    for (int nonBlank = 0; nonBlank <= MaxRowsAboveHeader;) {
        if (!source.read(record)) {
            if (source.hasError())
                header.errors << source.error();
            else if (firstTexts.isEmpty())
                header.errors.append(
                        {1, QString(), QString(), QCoreApplication::translate("ReportImporter", "the file is empty")});
            else
                header.refuseNoHeader(first);
            return header;
        }
        if (record.isBlank())
            continue;
        if (nonBlank++ == 0) {
            first.row = record.row;
            firstTexts = texts(record);
            for (const QString &text : std::as_const(firstTexts))
                first.fields << QStringView(text);
        }
        if (isHeader(record, chosen, remembered))
            break;
    }
    if (!isHeader(record, chosen, remembered)) {
        header.refuseNoHeader(first);
        return header;
    }
    header.row = record.row;
    header.headers = texts(record);
    header.mapping = chosen.forHeaders(header.headers, remembered);
    header.width = int(record.fields.size());
    header.mapColumns();
    return header;
}

void ImportHeader::mapColumns()
{
    positions = QList<int>(ReportColumns::ImportCount, -1);
    for (int i = 0; i < headers.size(); ++i) {
        const QString &name = headers.at(i);
        if (name.isEmpty())
            continue;
        const int id = mapping.fieldFor(name);
        columns.append({i, name, id});
        if (id == ColumnMapping::Ignored)
            continue;
        if (id == ColumnMapping::Unmapped) {
            const QStringList could = ColumnMapping::candidates(name);
            warnings.append({row, name, QString(),
                             could.isEmpty()
                                     ? QCoreApplication::translate("ReportImporter", "not a column of the format; ignored")
                                     : QCoreApplication::translate("ReportImporter",
                                                                   "not a column of the format; ignored (map it to %1 with --map "
                                                                   "\"%2=FIELD\" if it is one)")
                                               .arg(could.join(QStringLiteral(" or ")), name),
                             QString(), i});
        } else if (positions[id] >= 0) {
            errors.append({row, name, QString(),
                           QCoreApplication::translate("ReportImporter",
                                                       "this column appears twice in the header: column %1 is also %2")
                                   .arg(ImportIssue::columnLetters(positions[id]), ReportColumns::importNames().at(id)),
                           QString(), i});
        } else {
            positions[id] = i;
        }
    }
    if (positions[ReportColumns::Violations] >= 0 &&
        (positions[ReportColumns::ViolationsLow] >= 0 || positions[ReportColumns::ViolationsHigh] >= 0))
        errors.append({row, QString(), QString(),
                       QCoreApplication::translate(
                               "ReportImporter",
                               "the file gives violations both as one column and as low and high columns; keep one")});
}

void ImportHeader::refuseNoHeader(const SourceRecord &first)
{
    if (!first.fields.isEmpty() && FieldRules::ori(first.fields.first()).ok()) {
        errors.append(
                {first.row, QString(), QString(),
                 QCoreApplication::translate("ReportImporter",
                                             "no header row: the first line looks like data; add a first line that names the "
                                             "columns (ori, year, ...)")});
        return;
    }
    // Each header, with the fields it could be, so that the user can map it (--map).
    QStringList described;
    for (const QStringView field : first.fields) {
        if (field.isEmpty())
            continue;
        const QStringList could = ColumnMapping::candidates(field.toString());
        described << (could.isEmpty() ? FieldRules::quoted(field)
                                      : QCoreApplication::translate("ReportImporter", "%1 (%2?)")
                                                .arg(FieldRules::quoted(field), could.join(QStringLiteral("? "))));
    }
    errors.append({first.row, QString(), QString(),
                   QCoreApplication::translate("ReportImporter",
                                               "no header row: none of the first %1 rows names both the ori and the year columns "
                                               "(map them with --map \"HEADER=ori\"); the first reads: %2")
                           .arg(MaxRowsAboveHeader + 1)
                           .arg(described.join(QStringLiteral(", ")))});
}

} // namespace cac
