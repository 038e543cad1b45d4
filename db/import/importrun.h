#pragma once

#include "db/import/repeat/importfingerprint.h"
#include "db/import/importheader.h"
#include "db/import/rows/importrowchecks.h"
#include "db/import/rows/importrowparser.h"
#include "db/import/importwriter.h"
#include "db/import/rows/parsedrowstream.h"
#include "db/import/rows/recordsource.h"
#include "db/import/reportimporter.h"
#include "db/model/fieldrules.h"

#include <QHash>
#include <QSqlDatabase>

#include <bitset>
#include <functional>
#include <memory>
#include <optional>

namespace cac {

class Database;

// One import: the files of a batch (often one), read in turn inside one transaction, with one
// tally, written all together or not at all.
// Memory grows with the number of agencies in the files, never with the number of rows.
class ImportRun
{
public:
    // A file of the import, opened when its turn comes (a folder of forms is never open at once).
    struct Input
    {
        QString path;        // as the user named it, for messages
        QString name;        // what its reports keep as source_file
        qint64 size = 0;     // in bytes, for progress (0 if unknown)
        bool isFile = false; // a file on disk, at `path` (not a stream), which can be recognised again
        // The records, or null with the reason in `refused`.
        std::function<std::shared_ptr<RecordSource>(ImportIssue *refused)> open;
    };

    ImportRun(Database &database, QList<Input> inputs, const ReportImporter::Options &options);
    ImportSummary execute();

private:
    struct AgencyState
    {
        qint64 id = 0;
        AgencyRecord appliedFields; // the agency fields last written, to skip repeats
        ContactRecord appliedContact;
        bool writtenThisRun = false;                                         // by an earlier row of this import
        std::bitset<FieldRules::LastYear - FieldRules::FirstYear + 1> years; // years of the batch's rows already written
    };

    // Takes the write lock (or, for a dry run, the read that stands for it); then, unless the
    // import is a repeat (isRepeat), readDatabase reads the agencies already there and the demo flag.
    Status beginWriting();
    Status readDatabase();
    void importFile(int index, RecordSource &source, const ImportHeader &header, qint64 bytesBefore);
    bool useHeader(const ImportHeader &header);
    void processRow(const ParsedRow &parsed);
    void writeRow(const ImportRow &row);
    // Whether the file is sound. It is checked for damage once, at the first row this import
    // changes: an import that changes nothing only reads, so it costs no check (about a second at
    // 600,000 reports) and leaves the file as it was. The check reads the last commit on the
    // program's own connection (WAL: the import's uncommitted rows are not seen), so it checks the
    // file as it was before the import, and always before anything is committed. A damaged file
    // is refused once, and the import stops reading (foundDamage).
    bool soundBeforeWriting();
    bool foundDamage() const;
    bool isSameAsWritten(const ImportRow &row, qint64 agencyId);
    void place(ImportIssue &issue) const;
    void refuse(ImportIssue issue);
    // A value of the field `id` (a ReportColumns::Id) refused, placed at its column.
    void refuseField(int line, int id, const QString &value, const QString &message);
    void refuseFile(int line, const QString &message);
    void warn(ImportIssue warning);
    void listChanges();
    // The path of the input whose reports keep `sourceName`, in a batch; empty for one file.
    QString pathOf(const QString &sourceName) const;
    void finish();
    // An import can be recognised when it comes again if it reads one file on disk into a file's
    // database (ImportFingerprint::canRecognise says which headers). Whether the database holds this import of this file, unchanged since: then the summary is
    // the repeat's (every report unchanged) and nothing is read or written.
    bool isRepeat(const RecordSource &source, const ImportHeader &header);
    void recordFingerprint();

    Database &m_database;
    QSqlDatabase m_db;
    QList<Input> m_inputs;
    ReportImporter::Options m_options;
    // The file being read.
    int m_current = 0;
    RecordSource *m_source = nullptr;
    std::unique_ptr<ImportRowParser> m_parser;
    QList<bool> m_categoryColumns;
    // Headers and mappings of the files read, remembered at the end.
    QList<std::pair<QStringList, ColumnMapping>> m_mappings;

    std::unique_ptr<ImportWriter> m_writer;
    QHash<QString, AgencyState> m_agencies;
    ImportSummary m_summary;
    ImportRowChecks m_checks;
    std::optional<Status> m_integrity;                // the damage check, once made
    std::unique_ptr<ImportFingerprint> m_fingerprint; // while the import can be recognised again
};

} // namespace cac
