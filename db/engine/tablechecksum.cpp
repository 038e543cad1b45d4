#include "db/engine/tablechecksum.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cac {

namespace {

void appendValue(QByteArray &line, const QVariant &value)
{
    if (value.isNull()) {
        line += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        line += QByteArray::number(value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        line += d == double(qint64(d)) ? QByteArray::number(qint64(d)) : QByteArray::number(d, 'g', 17);
        return;
    }
    default:
        break;
    }
    for (const char c : value.toString().toUtf8()) {
        if (c == '\\')
            line += "\\\\";
        else if (c == '\t')
            line += "\\t";
        else if (c == '\n')
            line += "\\n";
        else
            line += c;
    }
}

} // namespace

QStringList TableChecksum::columns(QSqlDatabase db, const QString &table)
{
    QStringList names;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i) {
        if (record.fieldName(i) != u"rowid")
            names << record.fieldName(i);
    }
    names.sort();
    return names;
}

QString TableChecksum::selectSql(const QStringList &columns, const QString &table, const QString &orderBy)
{
    // Names from the program's own table list and the database's own schema, never user input.
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QStringLiteral(", ")), table, orderBy);
}

void TableChecksum::Builder::addRow(const QSqlQuery &row, int columns)
{
    m_line.clear();
    for (int i = 0; i < columns; ++i) {
        if (i > 0)
            m_line += '\t';
        appendValue(m_line, row.value(i));
    }
    m_line += '\n';
    m_hash.addData(m_line);
    ++m_rows;
}

TableChecksum TableChecksum::Builder::result() const
{
    TableChecksum sum;
    sum.rows = m_rows;
    sum.sha256 = QString::fromLatin1(m_hash.resultView().toByteArray().toHex());
    return sum;
}

Result<TableChecksum> TableChecksum::of(QSqlDatabase db, const QString &table, const QString &orderBy)
{
    const QStringList names = columns(db, table);
    const int columnCount = int(names.size());
    if (columnCount == 0)
        return Result<TableChecksum>::failure(QStringLiteral("%1 has no columns to read").arg(table));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(selectSql(names, table, orderBy)))
        return Result<TableChecksum>::failure(q.lastError().text());
    Builder sum;
    while (q.next())
        sum.addRow(q, columnCount);
    if (q.lastError().isValid())
        return Result<TableChecksum>::failure(q.lastError().text());
    return sum.result();
}

} // namespace cac
