#include "decisioncommand.h"

DecisionCommand::DecisionCommand(ReviewDocument *document, qint64 agencyId, std::function<Status()> apply,
                                 std::function<Status()> revert, const QString &text)
    : RecordCommand(document, agencyId, text), m_apply(std::move(apply)), m_revert(std::move(revert))
{
}
