#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace cac {

// Says what changed a row since an edit left it as `expected`: the fields that now differ, old
// and new, and who changed it and when where the audit log knows (it does not see other
// programs' writes). For the message of a refused undo or redo.
namespace ConflictExplanation {
QString describe(QSqlDatabase db, const QString &table, qint64 id, const QVariantMap &expected);
}

} // namespace cac
