#include "importissuemodel.h"

#include "app/format/displaytext.h"
#include "ui/alertcolour.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>

namespace cac {

ImportIssueModel::ImportIssueModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportIssueModel::setIssues(QList<ImportIssue> errors, QList<ImportIssue> warnings)
{
    beginResetModel();
    m_errorCount = int(errors.size());
    m_issues = std::move(errors) + std::move(warnings);
    endResetModel();
}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const ImportIssue &issue = m_issues.at(index.row());
    const bool error = index.row() < m_errorCount;
    if (role == Qt::ForegroundRole && error && index.column() == Severity)
        return QBrush(AlertColour::of(QPalette()));
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Severity:
        return error ? tr("error") : tr("warning");
    case Line: {
        // In an import of several files, the file comes first: "b.xlsx: Sheet1!C7".
        const QString file = issue.file.isEmpty() ? QString() : QFileInfo(issue.file).fileName();
        if (issue.line <= 0)
            return DisplayText::orUnknown(file);
        const QString place = issue.place(); // "12" or "Sheet1!C7"
        if (!file.isEmpty())
            return QStringLiteral("%1: %2").arg(file, place);
        return issue.sheet.isEmpty() ? QVariant(issue.line) : QVariant(place);
    }
    case ColumnName:
        return issue.column;
    case Value:
        return issue.value;
    case Message:
        return issue.message;
    }
    return QVariant();
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString headers[] = {tr("Kind"), tr("Line or cell"), tr("Column"), tr("Value"), tr("What is wrong")};
    return section < ColumnCount ? headers[section] : QString();
}

} // namespace cac
