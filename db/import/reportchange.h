#pragma once

#include <QList>
#include <QString>

namespace cac {

// One figure of a report an import changes: its field as the CSV format names it (violations
// as one field, "15-25" for a range), the value before and after ("" where not reported).
struct FieldChange
{
    QString field;
    QString before;
    QString after;
};

// A hand correction, made in the program since the report's last import, of a figure the import
// now changes: who made it, when, and the field.
struct HandCorrection
{
    QString field;
    QString at;
    QString osUser;
};

// A report that is in the database and that an import changes.
struct ReportChange
{
    QString ori;
    int year = 0;
    QString file; // the file it now comes from (source_file), and its line or row
    int line = 0;
    QList<FieldChange> fields;
    QList<HandCorrection> corrections; // of fields in `fields`, the latest per field
};

} // namespace cac
