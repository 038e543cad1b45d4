#include "importpreviewmodel.h"

#include "db/import/importheader.h"
#include "db/import/importsource.h"

#include <QFileInfo>

namespace cac {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

bool ImportPreviewModel::load(const QString &path, int rows, const ImportSource::Choice &choice)
{
    beginResetModel();
    m_header.clear();
    m_rows.clear();
    m_lines.clear();
    m_error.clear();
    m_description.clear();
    m_sheetNames.clear();
    m_sheet.clear();
    m_alike.clear();
    ImportIssue refused;
    const std::unique_ptr<ImportSource> source = ImportSource::open(path, choice, &refused);
    if (!source) {
        m_error = refused.toString(QFileInfo(path).fileName());
    } else {
        RecordSource &records = source->records();
        m_sheetNames = source->sheetNames();
        m_sheet = source->chosenSheet();
        m_alike = source->sheetsAlike();
        m_description = records.description();
        // The header is the row the import will take for it (below any title rows); without
        // one, the first row, so that the user sees what the file holds.
        SourceRecord record;
        QList<QStringList> read;
        QList<int> lines;
        qsizetype header = -1;
        while (read.size() < (header < 0 ? ImportHeader::MaxRowsAboveHeader + 1 : header + 1 + rows) && records.read(record)) {
            if (record.isBlank())
                continue;
            if (header < 0 && ImportHeader::isHeader(record, choice.mapping, choice.remembered))
                header = read.size();
            QStringList fields;
            for (const QStringView field : std::as_const(record.fields))
                fields << field.toString();
            read << fields;
            lines << record.row;
        }
        header = qMax<qsizetype>(header, 0);
        if (!read.isEmpty()) {
            m_header = read.at(header);
            m_rows = read.mid(header + 1, rows);
            m_lines = lines.mid(header + 1, rows);
        }
        if (records.hasError())
            m_error = records.error().toString(QFileInfo(path).fileName());
    }
    for (QStringList &row : m_rows) {
        while (row.size() < m_header.size())
            row << QString();
    }
    endResetModel();
    return m_error.isEmpty();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return QVariant();
    return m_rows.at(index.row()).value(index.column());
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Horizontal)
        return m_header.value(section);
    return m_lines.value(section); // the line number, as errors name it
}

} // namespace cac
