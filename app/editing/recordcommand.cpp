#include "recordcommand.h"

#include "reviewdocument.h"

namespace cac {

RecordCommand::RecordCommand(ReviewDocument *document, qint64 agencyId, const QString &text)
    : QUndoCommand(text), m_document(document), m_agencyId(agencyId)
{
}

Status RecordCommand::makeFirst()
{
    const Status made = apply();
    m_madeByDocument = made.ok();
    m_hasBeenMade = made.ok();
    if (made.ok())
        m_document->commandDone(m_agencyId);
    return made;
}

void RecordCommand::redo()
{
    if (m_madeByDocument) {
        m_madeByDocument = false;
        return;
    }
    finish(apply());
}

void RecordCommand::undo()
{
    finish(revert());
}

void RecordCommand::finish(const Status &status)
{
    if (status.ok()) {
        m_document->commandDone(m_agencyId);
        return;
    }
    // Dropped rather than kept out of step with the file: QUndoStack deletes an obsolete command.
    setObsolete(true);
    m_document->commandFailed(status.error());
}

} // namespace cac
