#pragma once

#include "db/import/importissue.h"
#include "db/import/reportchange.h"

#include <QJsonObject>
#include <QList>

namespace cac {

// A column of an import file and the field it was read as: a ReportColumns id, or
// ColumnMapping::Unmapped (not a field: warned about, not read) or ColumnMapping::Ignored.
struct MappedColumn
{
    int column = 0; // 0 = A
    QString header;
    int field = -1;
};

// A file of an import, and what was read from it.
struct ImportedFile
{
    QString path;        // as the user named it
    QString description; // "CSV, UTF-8", "Excel workbook, sheet Reports"
    int rows = 0;        // data records read
};

// What an import did, or why it wrote nothing.
struct ImportSummary
{
    static constexpr int MaxListedIssues = 50;
    static constexpr int MaxListedChanges = 500;

    int rows = 0; // data records read
    int reportsAdded = 0;
    int reportsChanged = 0;
    int reportsUnchanged = 0;
    int agenciesAdded = 0;
    int duplicateRows = 0;       // identical repeats of an earlier row of the file
    QList<ReportChange> changes; // reports that were there and change: the first MaxListedChanges
    int correctedCount = 0;      // changed reports whose hand corrections the import overwrites
    QList<ImportIssue> errors;   // the first MaxListedIssues
    int errorCount = 0;          // all of them
    QList<ImportIssue> warnings; // the first MaxListedIssues
    int warningCount = 0;        // all of them
    bool cancelled = false;
    // The file is the one last imported, read the same way, and nothing was written to the
    // database since: every report is unchanged, and its rows were not read (ImportFingerprint).
    bool sameAsLastImport = false;
    // The import committed a change: a report, an agency's field, a contact. False for a dry
    // run, a refused import, and one whose every row the database already held.
    bool changedDatabase = false;
    bool dryRun = false;
    QList<ImportedFile> files; // each file read, in order
    // Of the first file (the only one, but for a batch):
    QList<MappedColumn> columns; // the header row's columns, in the file's order
    int headerRow = 0;           // where the header row is (line or row), 0 if none was found
    QString sourceDescription;   // what was read: "CSV, Windows-1252", "Excel workbook, sheet Reports"
    QString backupPath;          // the copy kept before the import changed reports already there

    bool succeeded() const { return errorCount == 0 && !cancelled; }
    // What the audit log keeps of an import that wrote: the files' names and the counts.
    QJsonObject auditDetails() const;
};

} // namespace cac
