#include "fieldchangecommand.h"

#include "reviewdocument.h"

FieldChangeCommand::FieldChangeCommand(ReviewDocument *document, Change change, const QString &text)
    : QUndoCommand(text), m_document(document), m_change(std::move(change))
{
}

void FieldChangeCommand::write(const QVariantMap &values)
{
    const Status status = m_document->writeFields(m_change.table, m_change.id, values, m_change.agencyId);
    if (!status.ok()) {
        // The database would not take it (locked, or the row is gone): drop the command rather
        // than leave the stack out of step with the file.
        setObsolete(true);
        emit m_document->editFailed(status.error());
    }
}

void FieldChangeCommand::undo()
{
    write(m_change.before);
}

void FieldChangeCommand::redo()
{
    if (m_done) {
        m_done = false; // made by the document before the push
        return;
    }
    write(m_change.after);
}
