#include "reporttablemodel.h"

#include "app/format/displaytext.h"
#include "app/editing/reviewdocument.h"
#include "db/model/misusecategory.h"
#include "db/model/outcome.h"

#include <QLocale>

namespace cac {

namespace {
const QString &Unknown = DisplayText::Unknown;

enum FixedColumn { Year, Filed, FiledDate, Investigations, Violations, Individuals, Pending, FirstOutcome };
constexpr int FirstCategory = FirstOutcome + MisuseReport::OutcomeCount;
constexpr int NotesColumn = FirstCategory + MisuseReport::CategoryCount;
constexpr int ColumnCount = NotesColumn + 1;

QString number(const std::optional<int> &n, bool forEditing)
{
    if (!n)
        return forEditing ? QString() : Unknown;
    return forEditing ? QString::number(*n) : QLocale().toString(*n);
}
} // namespace

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReportTableModel::setReports(QList<MisuseReport> reports, int lastDueYear)
{
    beginResetModel();
    m_reports.clear();
    int next = reports.isEmpty() ? 0 : reports.first().year;
    for (MisuseReport &r : reports) {
        for (; next < r.year; ++next) {
            MisuseReport missing; // id 0: no row in the database
            missing.year = next;
            m_reports.append(missing);
        }
        next = r.year + 1;
        m_reports.append(std::move(r));
    }
    for (; next > 0 && next <= lastDueYear; ++next) {
        MisuseReport missing;
        missing.year = next;
        m_reports.append(missing);
    }
    endResetModel();
}

QString ReportTableModel::fieldOf(int column)
{
    switch (column) {
    case Year:
        return QString();
    case Filed:
        return QStringLiteral("filed");
    case FiledDate:
        return QStringLiteral("filed_date");
    case Investigations:
        return QStringLiteral("investigations");
    case Violations:
        return QStringLiteral("violations");
    case Individuals:
        return QStringLiteral("individuals");
    case Pending:
        return QStringLiteral("pending");
    case NotesColumn:
        return QStringLiteral("notes");
    }
    if (column >= FirstOutcome && column < FirstCategory)
        return Outcome::codes().at(column - FirstOutcome);
    if (column >= FirstCategory && column < NotesColumn)
        return QStringLiteral("cat_") + MisuseCategory::codes().at(column - FirstCategory);
    return QString();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportTableModel::text(const MisuseReport &r, int column, bool forEditing) const
{
    switch (column) {
    case Year:
        return QString::number(r.year);
    case Filed:
        if (r.id == 0)
            return forEditing ? QString() : tr("no report");
        return r.filed ? (*r.filed ? tr("yes") : tr("no")) : (forEditing ? QString() : Unknown);
    case FiledDate:
        return r.filedDate ? r.filedDate->toString(Qt::ISODate) : (forEditing ? QString() : Unknown);
    case Investigations:
        return number(r.investigations, forEditing);
    case Violations:
        if (!r.violations)
            return forEditing ? QString() : Unknown;
        return forEditing ? r.violations->toCsvString() : r.violations->toDisplayString();
    case Individuals:
        return number(r.individuals, forEditing);
    case Pending:
        return number(r.pending, forEditing);
    case NotesColumn:
        return r.notes;
    }
    if (column >= FirstOutcome && column < FirstCategory)
        return number(r.outcomes[column - FirstOutcome], forEditing);
    return number(r.categories[column - FirstCategory], forEditing);
}

QString ReportTableModel::storedText(const MisuseReport &r, int column) const
{
    // The editor's text, except that "yes" and "no" are the field rules' words, not their
    // translation.
    if (column == Filed)
        return r.filed ? (*r.filed ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
    return text(r, column, true);
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const MisuseReport &r = m_reports.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.column(), false);
    case Qt::EditRole:
        return text(r, index.column(), true);
    case Qt::TextAlignmentRole:
        return index.column() == NotesColumn || index.column() == Filed || index.column() == FiledDate
                ? QVariant()
                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (r.id == 0)
            return tr("No report on record for %1: the agency was due and did not file.").arg(r.year);
        if (index.column() == NotesColumn)
            return r.notes;
        if (r.sourceLine)
            return tr("From %1, line %2").arg(r.sourceFile).arg(*r.sourceLine);
        return QVariant();
    }
    return QVariant();
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Year:
        return tr("Year");
    case Filed:
        return tr("Filed");
    case FiledDate:
        return tr("Filed on");
    case Investigations:
        return tr("Investigations");
    case Violations:
        return tr("Violations");
    case Individuals:
        return tr("Individuals");
    case Pending:
        return tr("Pending");
    case NotesColumn:
        return tr("Notes");
    }
    if (section >= FirstOutcome && section < FirstCategory)
        return Outcome::label(Outcome::codes().at(section - FirstOutcome));
    if (section >= FirstCategory && section < NotesColumn)
        return MisuseCategory::label(MisuseCategory::codes().at(section - FirstCategory));
    return QVariant();
}

Qt::ItemFlags ReportTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // A year with no report on record has no row to correct: it comes in through an import.
    if (index.isValid() && index.column() != Year && m_reports.at(index.row()).id != 0 && m_document && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReportTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString field = fieldOf(index.column());
    if (field.isEmpty())
        return false;
    const QString text = value.toString();
    const MisuseReport &shown = m_reports.at(index.row());
    // The document reloads the profile through agencyChanged when the edit is made, and when it
    // is refused because someone changed the cell since it was shown.
    const Status refused = m_document->editReport(shown.id, field, text, storedText(shown, index.column()));
    if (!refused.ok()) {
        emit editRefused(headerData(index.column(), Qt::Horizontal).toString(), text, refused.error());
        return false;
    }
    return true;
}

} // namespace cac
