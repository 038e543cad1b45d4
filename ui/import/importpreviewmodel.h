#pragma once

#include "db/import/importsource.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace cac {

// The first rows of an import file (CSV or a workbook's sheet) as the import will read them,
// under the header row it will use, before anything is imported.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ImportPreviewModel(QObject *parent = nullptr);
    // Reads up to `rows` records after the header; false with error() if the file cannot be read.
    bool load(const QString &path, int rows, const ImportSource::Choice &choice = {});
    // The workbook's sheets and the one shown; empty for CSV.
    QStringList sheetNames() const { return m_sheetNames; }
    QString sheet() const { return m_sheet; }
    // With no sheet chosen: the sheets the import reads as one table (ImportSource::sheetsAlike).
    QStringList sheetsAlike() const { return m_alike; }
    // The header row as read (or the first row when none names ori and year) and the rows after it.
    QStringList headers() const { return m_header; }
    const QList<QStringList> &rows() const { return m_rows; }
    QString error() const { return m_error; }
    // What is shown: "CSV, UTF-8", "Excel workbook, sheet Reports".
    QString description() const { return m_description; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<int> m_lines;
    QString m_error;
    QString m_description;
    QStringList m_sheetNames;
    QString m_sheet;
    QStringList m_alike;
};

} // namespace cac
