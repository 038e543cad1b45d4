#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// The first rows of a CSV file as they are, header and all, before anything is imported.
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit CsvPreviewModel(QObject *parent = nullptr);
    // Reads up to `rows` records after the header; false with error() if the file cannot be read.
    bool load(const QString &path, int rows);
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<int> m_lines;
    QString m_error;
};
