#include "fieldchangecommand.h"

#include "reviewdocument.h"

FieldChangeCommand::FieldChangeCommand(ReviewDocument *document, Change change, const QString &text)
    : QUndoCommand(text), m_document(document), m_change(std::move(change))
{
}

void FieldChangeCommand::write(const QVariantMap &values)
{
    Status status;
    if (m_change.table == u"report_category") {
        const QVariant count = values.value(QStringLiteral("count"));
        status = m_document->writeCategory(m_change.id, m_change.category,
                                           count.isNull() ? std::nullopt : std::optional<int>(count.toInt()),
                                           m_change.agencyId);
    } else {
        status = m_document->writeFields(m_change.table, m_change.id, values, m_change.agencyId);
    }
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
