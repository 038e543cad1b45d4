#pragma once

#include "recordcommand.h"

#include <functional>

// A reviewer's decision (a reviewed mark, a sanction override, a change to an agenda), made by
// `apply` and undone by `revert`, its opposite (worked out by ReviewDecisions).
class DecisionCommand : public RecordCommand
{
public:
    DecisionCommand(ReviewDocument *document, qint64 agencyId, std::function<Status()> apply,
                    std::function<Status()> revert, const QString &text);

protected:
    Status apply() override { return m_apply(); }
    Status revert() override { return m_revert(); }

private:
    std::function<Status()> m_apply;
    std::function<Status()> m_revert;
};
