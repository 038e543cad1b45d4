#pragma once

#include "recordcommand.h"

#include "db/model/contactrecord.h"

namespace cac {

// Adding or removing a contact, undone by the opposite. The contact keeps its id both ways, so
// that later field edits of it still apply after an undo and a redo; a contact changed since is
// never removed.
class ContactCommand : public RecordCommand
{
public:
    enum class Kind { Add, Remove };
    ContactCommand(ReviewDocument *document, Kind kind, ContactRecord contact, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status insert();
    Status remove();
    Kind m_kind;
    ContactRecord m_contact;
};

} // namespace cac
