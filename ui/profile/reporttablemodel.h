#pragma once

#include "db/model/misusereport.h"

#include <QAbstractTableModel>
#include <QList>

namespace cac {

class ReviewDocument;

// An agency's reports, a row per year: filing, counts, outcomes and categories, unknown as "—"
// and ranges as "15–25". Cells are edited as text and checked by the document with the import's
// rules; a refused value leaves the cell as it was and is announced by editRefused().
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject *parent = nullptr);

    void setDocument(ReviewDocument *document) { m_document = document; }
    // `lastDueYear`: the years from the first report to it with no report on record are listed
    // too, as "no report": a missing year is a year not filed, and must be seen.
    void setReports(QList<MisuseReport> reports, int lastDueYear = 0);
    // The editable field of a column, as ReviewDocument::editReport takes it; empty for Year.
    static QString fieldOf(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &field, const QString &value, const QString &reason);

private:
    QString text(const MisuseReport &r, int column, bool forEditing) const;
    // The cell as stored, in the text the field rules read: what the edit expects to replace.
    QString storedText(const MisuseReport &r, int column) const;
    QList<MisuseReport> m_reports;
    ReviewDocument *m_document = nullptr;
};

} // namespace cac
