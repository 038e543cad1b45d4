#include "csvpreviewmodel.h"

#include "db/csv/csvreader.h"
#include "db/files/protectedfiles.h"

#include <QFile>
#include <QFileInfo>

CsvPreviewModel::CsvPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

bool CsvPreviewModel::load(const QString &path, int rows)
{
    beginResetModel();
    m_header.clear();
    m_rows.clear();
    m_lines.clear();
    m_error.clear();
    QFile file;
    if (const QString protectedFile = ProtectedFiles::refusal(path); !protectedFile.isEmpty()) {
        m_error = protectedFile; // never opened: reading the open database would drop its locks
    } else if (!QFileInfo(path).isFile()) {
        m_error = tr("not a file (a folder, a pipe or a device)"); // a pipe would block the window
    } else if (file.setFileName(path), !file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
    } else {
        CsvReader reader(&file);
        QStringList record;
        if (reader.readRecord(record))
            m_header = record;
        while (m_rows.size() < rows && reader.readRecord(record)) {
            m_rows << record;
            m_lines << reader.recordLine();
        }
        if (reader.hasError())
            m_error = tr("line %1: %2").arg(reader.recordLine()).arg(reader.errorText());
    }
    endResetModel();
    return m_error.isEmpty();
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return QVariant();
    return m_rows.at(index.row()).value(index.column());
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Horizontal)
        return m_header.value(section);
    return m_lines.value(section); // the line number, as errors name it
}
