#include "db/engine/tablechecksum.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

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

Result<TableChecksum> TableChecksum::of(QSqlDatabase db, const QString &table, const QString &orderBy)
{
    const QStringList names = columns(db, table);
    if (names.isEmpty())
        return Result<TableChecksum>::failure(QStringLiteral("%1 has no columns to read").arg(table));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Names from the program's own table list and the database's own schema, never user input.
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(names.join(QStringLiteral(", ")), table, orderBy)))
        return Result<TableChecksum>::failure(q.lastError().text());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    TableChecksum sum;
    QByteArray line;
    while (q.next()) {
        line.clear();
        for (int i = 0; i < names.size(); ++i) {
            if (i > 0)
                line += '\t';
            appendValue(line, q.value(i));
        }
        line += '\n';
        hash.addData(line);
        ++sum.rows;
    }
    if (q.lastError().isValid())
        return Result<TableChecksum>::failure(q.lastError().text());
    sum.sha256 = QString::fromLatin1(hash.result().toHex());
    return sum;
}
