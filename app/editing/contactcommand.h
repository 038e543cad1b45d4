#pragma once

#include "db/contactrecord.h"

#include <QUndoCommand>

class ReviewDocument;

// Adding or removing a contact, undone by the opposite. The contact keeps its id both ways,
// so that later field edits of it still apply after an undo and a redo.
class ContactCommand : public QUndoCommand
{
public:
    enum class Kind { Add, Remove };
    ContactCommand(ReviewDocument *document, Kind kind, ContactRecord contact, const QString &text);
    void undo() override;
    void redo() override;

private:
    void apply(bool add);
    ReviewDocument *m_document;
    Kind m_kind;
    ContactRecord m_contact;
    bool m_done = true;
};
