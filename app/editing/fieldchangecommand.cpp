#include "fieldchangecommand.h"

#include "conflictexplanation.h"
#include "reviewdocument.h"

#include "db/engine/database.h"
#include "db/stores/records/rowwriter.h"

#include <QCoreApplication>

namespace cac {

FieldChangeCommand::FieldChangeCommand(ReviewDocument *document, Change change, const QString &text)
    : RecordCommand(document, change.agencyId, text), m_change(std::move(change))
{
}

Status FieldChangeCommand::replace(const QVariantMap &expected, const QVariantMap &values, const QString &refused)
{
    QSqlDatabase db = document()->database().connection();
    const Result<bool> written = RowWriter(db).replace(m_change.table, m_change.id, expected, values);
    if (!written.ok())
        return Status::failure(written.error());
    if (written.value())
        return Status::success();
    return Status::failure(refused + u' ' + ConflictExplanation::describe(db, m_change.table, m_change.id, expected));
}

Status FieldChangeCommand::apply()
{
    const QString refused = hasBeenMade() ? QCoreApplication::translate("FieldChangeCommand", "\"%1\" was not made again:")
                                          : QCoreApplication::translate("FieldChangeCommand", "\"%1\" was not made:");
    return replace(m_change.before, m_change.after, refused.arg(text()));
}

Status FieldChangeCommand::revert()
{
    return replace(m_change.after, m_change.before,
                   QCoreApplication::translate("FieldChangeCommand", "\"%1\" was not undone:").arg(text()));
}

} // namespace cac
