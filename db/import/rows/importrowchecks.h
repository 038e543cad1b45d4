#pragma once

#include "db/import/rows/importrow.h"

#include <QString>

#include <optional>

namespace cac {

class ImportWriter;

// The checks of a row that are about the file or the database as a whole rather than one value:
// demo data is never mixed with real data, and a returned reporting form is taken only for the
// agency and year it was issued for, from this database.
class ImportRowChecks
{
public:
    // A row refused: the field (a ReportColumns id), the value and why.
    struct Refusal
    {
        int field = 0;
        QString value;
        QString message;
    };

    // What the database held before the import.
    void setDatabase(bool wasEmpty, bool isDemo);
    // The first row decides whether the file is demo data; every later row must agree.
    std::optional<Refusal> dataKind(const ImportRow &row);
    // Its id and ORI are in cells a spreadsheet user can unprotect and change.
    static std::optional<Refusal> form(const ImportRow &row, ImportWriter &writer);
    // Whether the import makes a new database a demo one.
    bool makesDemo() const { return m_databaseWasEmpty && m_fileIsDemo.value_or(false); }

private:
    bool m_databaseWasEmpty = false;
    bool m_databaseIsDemo = false;
    std::optional<bool> m_fileIsDemo;
};

} // namespace cac
