#include "decisioncommand.h"

#include "reviewdocument.h"

DecisionCommand::DecisionCommand(ReviewDocument *document, qint64 agencyId, std::function<Status()> apply,
                                 std::function<Status()> revert, const QString &text)
    : QUndoCommand(text), m_document(document), m_agencyId(agencyId), m_apply(std::move(apply)),
      m_revert(std::move(revert))
{
}

void DecisionCommand::run(const std::function<Status()> &write)
{
    const Status status = write();
    if (!status.ok()) {
        // The database would not take it: drop the command rather than leave the stack out of
        // step with the file.
        setObsolete(true);
        emit m_document->editFailed(status.error());
        return;
    }
    emit m_document->agencyChanged(m_agencyId);
}

void DecisionCommand::undo()
{
    run(m_revert);
}

void DecisionCommand::redo()
{
    if (m_done) {
        m_done = false; // made by the document before the push
        return;
    }
    run(m_apply);
}
