#include "queueselectionactions.h"

#include "meetingdialog.h"

#include "app/editing/reviewdocument.h"
#include "app/format/displaytext.h"
#include "app/letters/letterdrafting.h"
#include "app/review/reviewdecisions.h"
#include "db/engine/database.h"
#include "db/stores/review/meetingstore.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace cac {

namespace {
// Several changes as one step for Undo; one change keeps its own name ("Mark reviewed").
struct Step
{
    QUndoStack *undo;
    bool macro;
    Step(QUndoStack *stack, int count, const QString &name) : undo(stack), macro(count > 1)
    {
        if (macro)
            undo->beginMacro(name);
    }
    ~Step()
    {
        if (macro)
            undo->endMacro();
    }
};
} // namespace

QueueSelectionActions::QueueSelectionActions(Database &database, ReviewDocument &document, QWidget *parent)
    : m_database(database), m_document(document), m_parent(parent)
{
}

QString QueueSelectionActions::markReviewed(const QList<QueueEntry> &entries, int year)
{
    const bool allReviewed = std::all_of(entries.cbegin(), entries.cend(), [](const QueueEntry &e) { return e.reviewed; });
    ReviewDecisions decisions(m_document);
    int changed = 0;
    const int n = int(entries.size());
    const Step step(m_document.undoStack(), n,
                    allReviewed ? DisplayText::plural<QueueSelectionActions>(QT_TR_NOOP("Unmark %n agency reviewed"),
                                                                             QT_TR_NOOP("Unmark %n agencies reviewed"), n)
                                : DisplayText::plural<QueueSelectionActions>(QT_TR_NOOP("Mark %n agency reviewed"),
                                                                             QT_TR_NOOP("Mark %n agencies reviewed"), n));
    for (const QueueEntry &e : entries) {
        if (e.reviewed != allReviewed)
            continue; // already as asked
        const Status marked = decisions.markReviewed(e.agency.id, year, !allReviewed);
        m_error = marked.error();
        if (!marked.ok())
            break;
        ++changed;
    }
    return allReviewed
            ? DisplayText::plural<QueueSelectionActions>(QT_TR_NOOP("Took back the reviewed mark of %n agency for %1."),
                                                         QT_TR_NOOP("Took back the reviewed mark of %n agencies for %1."),
                                                         changed)
                      .arg(year)
            : DisplayText::plural<QueueSelectionActions>(QT_TR_NOOP("Marked %n agency reviewed for %1."),
                                                         QT_TR_NOOP("Marked %n agencies reviewed for %1."), changed)
                      .arg(year);
}

QString QueueSelectionActions::addToAgenda(const QList<qint64> &agencyIds)
{
    const MeetingStore meetings(m_database.connection());
    const Result<QList<MeetingStore::Meeting>> all = meetings.all();
    if (!all.ok()) {
        m_error = tr("The meetings could not be read: %1").arg(all.error());
        return QString();
    }
    MeetingDialog dialog(all.value(), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    ReviewDecisions decisions(m_document);
    qint64 meetingId = dialog.meetingId();
    // A new meeting and the agencies on its agenda are one step for Undo.
    const Step step(m_document.undoStack(), int(agencyIds.size()) + (meetingId == 0 ? 1 : 0),
                    DisplayText::plural<QueueSelectionActions>(QT_TR_NOOP("Add %n agency to an agenda"),
                                                               QT_TR_NOOP("Add %n agencies to an agenda"),
                                                               int(agencyIds.size())));
    QString title;
    if (meetingId == 0) {
        const Result<qint64> added = decisions.addMeeting(dialog.newMeeting());
        meetingId = added.ok() ? added.value() : 0;
        m_error = added.ok() ? QString() : added.error();
        title = dialog.newMeeting().title;
    }
    int added = 0;
    int already = 0;
    for (const qint64 agency : agencyIds) {
        if (!m_error.isEmpty())
            break;
        const Result<std::optional<int>> position = meetings.positionOnAgenda(meetingId, agency);
        if (position.ok() && position.value()) {
            ++already;
            continue;
        }
        const Status put = decisions.addToAgenda(meetingId, agency);
        m_error = put.error();
        added += put.ok() ? 1 : 0;
    }
    if (title.isEmpty()) {
        const Result<std::optional<MeetingStore::Meeting>> meeting = meetings.find(meetingId);
        title = meeting.ok() && meeting.value() ? meeting.value()->title : QString();
    }
    QString said = DisplayText::plural<QueueSelectionActions>(QT_TR_NOOP("Added %n agency to “%1”"),
                                                              QT_TR_NOOP("Added %n agencies to “%1”"), added)
                           .arg(title);
    if (already > 0)
        said += DisplayText::plural<QueueSelectionActions>(QT_TR_NOOP("; %n was on its agenda already"),
                                                           QT_TR_NOOP("; %n were on its agenda already"), already);
    return said + u'.';
}

QString QueueSelectionActions::draftLetters(const QList<QueueEntry> &entries, int year)
{
    int drafted = 0;
    for (const QueueEntry &e : entries) {
        const Result<qint64> draft = LetterDrafting::create(m_database.connection(), e.agency.ori,
                                                            LetterDrafting::templateFor(e.chosenSanction()), year);
        if (!draft.ok()) {
            m_error = tr("%1: %2").arg(e.agency.ori, draft.error());
            break;
        }
        ++drafted;
    }
    return DisplayText::plural<QueueSelectionActions>(QT_TR_NOOP("Drafted %n letter; it is on its agency's Letters tab."),
                                                      QT_TR_NOOP("Drafted %n letters; each is on its agency's Letters tab."),
                                                      drafted);
}

} // namespace cac
