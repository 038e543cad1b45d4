#pragma once

#include "recordcommand.h"

#include <functional>
#include <optional>

namespace cac {

// A reviewer's decision (a reviewed mark, a sanction override, a change to a meeting or an
// agenda, the rules' settings), made by `apply` and undone by `revert`, its opposite (worked out
// by ReviewDecisions). `state` reads what the decision touches, as text: an undo or redo runs
// only if that still reads as the last apply or revert left it, so a later change by another
// window or program is never written over.
class DecisionCommand : public RecordCommand
{
public:
    using Write = std::function<Status()>;
    using State = std::function<QString()>;
    DecisionCommand(ReviewDocument *document, qint64 agencyId, Write apply, Write revert, State state, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status guarded(const std::optional<QString> &expected, const Write &write, std::optional<QString> &left, const char *notDone);
    Write m_apply;
    Write m_revert;
    State m_state;
    std::optional<QString> m_afterApply;
    std::optional<QString> m_afterRevert;
};

} // namespace cac
