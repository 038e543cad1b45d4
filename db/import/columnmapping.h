#pragma once

#include "db/result.h"
#include "db/status.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cac {

// How the columns of an import file map to the fields of the format (ReportColumns ids). A
// header is mapped by the user's choice where there is one ("Agency Name=agency", or ignored),
// else by its name: the format's own names, or an alias that DOJ's and agencies' workbooks use
// ("ORI Number", "# of Investigations", "Number of Violations Found", "Date Received"). Aliases
// are matched exactly after normalising (case, punctuation, plurals, and words such as "number
// of" or "total" set aside), never by similarity: a guess that is wrong would import figures
// under the wrong field, so what is not known is left unmapped, and said.
class ColumnMapping
{
public:
    static constexpr int Unmapped = -1; // no field: warned about and not read
    static constexpr int Ignored = -2;  // the user chose to leave the column out

    // The field a header names, by name alone; Unmapped if none.
    static int fieldByName(const QString &header);
    // Fields a header that maps to none might be, for a message: those sharing a word with it.
    static QStringList candidates(const QString &header);
    // The field a column of values looks like, when its header says nothing: ori when every
    // value is an ORI, year when every value is a reporting year; Unmapped otherwise.
    static int fieldByContent(const QStringList &values);
    // A set of headers as one key, for remembering the mapping chosen for files that have them.
    static QString signature(const QStringList &headers);

    // The user's choice for a header (a field id, or Ignored).
    void choose(const QString &header, int field);
    bool isEmpty() const { return m_chosen.isEmpty(); }
    // The field a header maps to: the choice made, else fieldByName.
    int fieldFor(const QString &header) const;
    bool hasChoiceFor(const QString &header) const;
    // `other`'s choices where this mapping has none.
    void addMissing(const ColumnMapping &other);
    // This mapping for a file with these headers: its own choices, then those remembered for
    // the same headers (by signature) where it has none.
    ColumnMapping forHeaders(const QStringList &headers, const QHash<QString, ColumnMapping> &remembered) const;

    // "Agency Name=agency" or "Notes 2=" (ignored); an error names what is wrong.
    Status chooseFromText(const QString &assignment);
    // {"Agency Name": "agency", "Notes 2": null}: the form of --mapping files and of the
    // mappings the database remembers.
    QJsonObject toJson() const;
    static Result<ColumnMapping> fromJson(const QJsonObject &json);
    // The field's name as the format writes it, or "(ignored)" / "(not read)".
    static QString fieldName(int field);
    // The field a name means (as fieldName writes it); Unmapped if none.
    static int fieldNamed(const QString &name);

private:
    QHash<QString, int> m_chosen; // by normalised header
};

} // namespace cac
