#pragma once

#include "db/import/importissue.h"

#include <QAbstractTableModel>
#include <QList>

namespace cac {

// The problems an import found: line, column, value, what is wrong; errors first, then warnings.
class ImportIssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Line, ColumnName, Value, Message, ColumnCount };
    explicit ImportIssueModel(QObject *parent = nullptr);
    void setIssues(QList<ImportIssue> errors, QList<ImportIssue> warnings);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportIssue> m_issues;
    int m_errorCount = 0;
};

} // namespace cac
