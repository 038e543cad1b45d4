#include "decisioncommand.h"

#include <QCoreApplication>

namespace cac {

DecisionCommand::DecisionCommand(ReviewDocument *document, qint64 agencyId, Write apply, Write revert, State state,
                                 const QString &text)
    : RecordCommand(document, agencyId, text), m_apply(std::move(apply)), m_revert(std::move(revert)), m_state(std::move(state))
{
}

Status DecisionCommand::guarded(const std::optional<QString> &expected, const Write &write, std::optional<QString> &left,
                                const char *notDone)
{
    // The first apply has nothing to compare with: the decision was just taken on what is there.
    if (m_state && expected && m_state() != *expected)
        return Status::failure(QCoreApplication::translate("DecisionCommand", notDone).arg(text()) + u' ' +
                               QCoreApplication::translate("DecisionCommand",
                                                           "It was changed since, by another window or program; "
                                                           "what is there now was kept."));
    const Status written = write();
    if (written.ok() && m_state)
        left = m_state();
    return written;
}

Status DecisionCommand::apply()
{
    return guarded(m_afterRevert, m_apply, m_afterApply, QT_TRANSLATE_NOOP("DecisionCommand", "\"%1\" was not made again."));
}

Status DecisionCommand::revert()
{
    return guarded(m_afterApply, m_revert, m_afterRevert, QT_TRANSLATE_NOOP("DecisionCommand", "\"%1\" was not undone."));
}

} // namespace cac
