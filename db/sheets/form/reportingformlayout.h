#pragma once

#include <QList>
#include <QString>

namespace cac {

// Where everything is on the enhanced reporting form (docs/reporting-form.md): the one place the
// form's writer and its reader both take the layout from, so a returned form is read by its
// layout, never by its file name. Rows are a spreadsheet's (1 = the first); labels are in
// column A, values in column B.
namespace ReportingFormLayout {
inline const QString FormSheet = QStringLiteral("Form");
inline const QString InstructionsSheet = QStringLiteral("Instructions");
// Hidden and protected: what the form was made for. A1 the marker, B1 the layout version;
// then name and value pairs on rows 2-5.
inline const QString IdentitySheet = QStringLiteral("_form");
inline const QString Marker = QStringLiteral("CAC Review reporting form");
constexpr int Version = 1;
constexpr int IdentityOriRow = 2;
constexpr int IdentityYearRow = 3;
constexpr int IdentityFormIdRow = 4;
constexpr int IdentityNoticeRow = 5;

struct Entry
{
    int field = 0; // a ReportColumns id
    int row = 0;
    QString label;
    bool input = false; // for the agency to fill in; else filled in by the program and locked
    QString hint;       // what the cell takes, in column C
};
struct Heading
{
    int row = 0;
    QString text;
};

const QList<Entry> &entries();
const QList<Heading> &headings();
// The entry of a ReportColumns id, or null.
const Entry *entryOf(int field);
} // namespace ReportingFormLayout

} // namespace cac
