#pragma once

#include "db/import/reportimporter.h"
#include "db/model/fieldrules.h"
#include "db/import/importrowparser.h"
#include "db/import/importwriter.h"
#include "db/import/parsedrowstream.h"
#include "db/import/recordsource.h"

#include <QHash>
#include <QSqlDatabase>

#include <bitset>
#include <memory>
#include <optional>

class Database;

// One run of ReportImporter over one file (a CSV file or a sheet): the header, the rows, the
// transaction and the tally.
// Memory grows with the number of agencies in the file, never with the number of rows.
class ImportRun
{
public:
    // `totalBytes` is the size of the file, for progress (0 if unknown).
    ImportRun(Database &database, RecordSource &source, qint64 totalBytes, QString sourceName,
              const ReportImporter::Options &options);
    // How many rows above the header a sheet may have (a title, notes, blank rows).
    static constexpr int MaxRowsAboveHeader = 20;
    // Whether the record names the columns, mapped as chosen or remembered: at least the ORI
    // and the year.
    static bool isHeader(const SourceRecord &record, const ColumnMapping &chosen,
                         const QHash<QString, ColumnMapping> &remembered);
    // Whether the source has a header within its first rows (it reads them).
    static bool hasHeader(RecordSource &source, const ColumnMapping &chosen,
                          const QHash<QString, ColumnMapping> &remembered);
    ImportSummary execute();

private:
    struct AgencyState
    {
        qint64 id = 0;
        AgencyRecord appliedFields; // the agency fields last written, to skip repeats
        ContactRecord appliedContact;
        std::bitset<FieldRules::LastYear - FieldRules::FirstYear + 1> years; // years of this file's rows already written
    };

    bool readHeader();
    void processRow(const ParsedRow &parsed);
    void writeRow(const ImportRow &row);
    void checkDataKind(const ImportRow &row);
    bool isSameAsWritten(const ImportRow &row, qint64 agencyId);
    void refuse(int line, const QString &column, const QString &value, const QString &message);
    void refuse(ImportIssue issue);
    // A value of the field `id` (a ReportColumns::Id) refused, placed at its column.
    void refuseField(int line, int id, const QString &value, const QString &message);
    void refuseNoHeader(const SourceRecord &first);
    static QStringList texts(const SourceRecord &record);
    void refuseFile(int line, const QString &message);
    void warn(const ImportIssue &warning);
    void finish();

    Database &m_database;
    QSqlDatabase m_db;
    RecordSource &m_source;
    qint64 m_totalBytes = 0;
    QString m_sourceName;
    ReportImporter::Options m_options;
    int m_headerRow = 1;
    QStringList m_headers;   // the header row as the file writes it
    ColumnMapping m_mapping; // the choices it was read with (the user's, or remembered)
    std::unique_ptr<ImportRowParser> m_parser;
    std::unique_ptr<ImportWriter> m_writer;
    QList<bool> m_categoryColumns;
    QHash<QString, AgencyState> m_agencies;
    ImportSummary m_summary;
    bool m_databaseWasEmpty = false;
    bool m_databaseIsDemo = false;
    std::optional<bool> m_fileIsDemo;
};
