#pragma once

#include "db/import/reportimporter.h"
#include "db/csv/csvreader.h"
#include "db/model/fieldrules.h"
#include "db/import/importrowparser.h"
#include "db/import/importwriter.h"
#include "db/import/parsedrowstream.h"

#include <QHash>
#include <QSqlDatabase>

#include <bitset>
#include <memory>
#include <optional>

class Database;

// One run of ReportImporter over one file: the header, the rows, the transaction and the tally.
// Memory grows with the number of agencies in the file, never with the number of rows.
class ImportRun
{
public:
    ImportRun(Database &database, QIODevice &device, QString sourceName, const ReportImporter::Options &options);
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
    void refuseFile(int line, const QString &message);
    void warn(const ImportIssue &warning);
    void finish();

    Database &m_database;
    QSqlDatabase m_db;
    QIODevice &m_device;
    QString m_sourceName;
    ReportImporter::Options m_options;
    CsvReader m_reader;
    std::unique_ptr<ImportRowParser> m_parser;
    std::unique_ptr<ImportWriter> m_writer;
    QList<bool> m_categoryColumns;
    QHash<QString, AgencyState> m_agencies;
    ImportSummary m_summary;
    bool m_databaseWasEmpty = false;
    bool m_databaseIsDemo = false;
    std::optional<bool> m_fileIsDemo;
};
