#pragma once

#include "db/status.h"

#include <QUndoCommand>

namespace cac {

class ReviewDocument;

// An undoable change to the record, in Tiled's shape: redo() makes it, undo() takes it back.
// The document makes the first change itself (ReviewDocument::push) before the command goes on
// the stack, so that a refused change leaves the stack, redo history included, as it was. Each writes only if the record still holds what
// the other left there; when someone else changed it (another window, an import, another
// program), the write is refused with what changed and who did it, and the command is dropped
// from the stack. This is the program's one mechanism for "someone else changed it".
class RecordCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    RecordCommand(ReviewDocument *document, qint64 agencyId, const QString &text);
    ReviewDocument *document() const { return m_document; }
    // Make the change, and take it back; each fails with a message saying why not.
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    // Whether the change was made once already: false only while the document makes it first.
    bool hasBeenMade() const { return m_hasBeenMade; }
    // The agency whose views show the change (0: every agency).
    void setAgencyId(qint64 agencyId) { m_agencyId = agencyId; }

private:
    friend class ReviewDocument;
    // The first change, made by the document before the push; the push's redo() then skips.
    Status makeFirst();
    void finish(const Status &status);
    ReviewDocument *m_document;
    qint64 m_agencyId;
    bool m_madeByDocument = false;
    bool m_hasBeenMade = false;
};

} // namespace cac
