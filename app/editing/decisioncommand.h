#pragma once

#include "db/status.h"

#include <QUndoCommand>

#include <functional>

class ReviewDocument;

// A reviewer's decision (a reviewed mark, a sanction override, a change to an agenda), undone
// by writing its opposite. The document has already made it when the command is pushed, so
// the first redo() does nothing.
class DecisionCommand : public QUndoCommand
{
public:
    DecisionCommand(ReviewDocument *document, qint64 agencyId, std::function<Status()> apply,
                    std::function<Status()> revert, const QString &text);
    void undo() override;
    void redo() override;

private:
    void run(const std::function<Status()> &write);
    ReviewDocument *m_document;
    qint64 m_agencyId;
    std::function<Status()> m_apply;
    std::function<Status()> m_revert;
    bool m_done = true;
};
