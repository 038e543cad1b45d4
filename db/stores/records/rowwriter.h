#pragma once

#include "db/result.h"
#include "db/status.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace cac {

// Reads and writes single fields of a row, for the editors and their undo commands. Table and
// column names are checked against the columns people may edit (they cannot be bound as
// parameters); values are always bound. Each write is one transaction, and the audit triggers
// log it with old and new values.
class RowWriter
{
public:
    explicit RowWriter(QSqlDatabase db);

    static bool isEditable(const QString &table, const QString &column);
    // Whether two values of a field mean the same to a reader: a blank (NULL or empty text) is
    // one value, and numbers and text compare by their text, since the engines, the audit log's
    // JSON and the editors type the same value differently.
    static bool sameValue(const QVariant &a, const QVariant &b);
    // The same, for every column `a` names.
    static bool sameValues(const QVariantMap &a, const QVariantMap &b);
    // No value: no such row. A failure: a column that cannot be edited, or the file cannot be read.
    Result<std::optional<QVariantMap>> read(const QString &table, qint64 id, const QStringList &columns) const;
    Status write(const QString &table, qint64 id, const QVariantMap &values);
    // Writes `values` only if the row still holds `expected` (compared in the same UPDATE, so
    // nothing can slip in between): true when written, false when the row holds something else
    // or is gone. This is how an undo or redo never writes over someone else's change.
    Result<bool> replace(const QString &table, qint64 id, const QVariantMap &expected, const QVariantMap &values);

private:
    QSqlDatabase m_db;
};

} // namespace cac
