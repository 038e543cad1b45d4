#pragma once

#include "db/model/contactrecord.h"
#include "db/model/sanctionrecord.h"
#include "db/status.h"

#include <QObject>
#include <QVariantMap>

#include <functional>
#include <optional>

class QUndoStack;

namespace cac {

class Database;
class RecordCommand;

// The open database as the reviewer edits it: every edit is checked with the import's rules,
// written in its own transaction (and so audit-logged), and pushed on the undo stack as a
// RecordCommand, whose undo and redo never write over someone else's change.
class ReviewDocument : public QObject
{
    Q_OBJECT
public:
    explicit ReviewDocument(Database &database, QObject *parent = nullptr);

    Database &database() const { return m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isReadOnly() const;

    // Each succeeds once the edit is made, or fails with the reason the text was refused.
    // `field` is a column (for a report also "cat_<code>"), or "violations" (a count or range).
    // `shown` is the field as the editor showed it when the person began, in the text the field
    // rules read: the edit is written only where the row still holds it, compared in the UPDATE
    // as an undo is, so that someone else's change made since is refused (saying who made it and
    // when) rather than overwritten, and the views reload to show it. Without `shown` (a caller
    // that showed nothing), the value read now stands for it.
    Status editAgency(qint64 agencyId, const QString &field, const QString &text,
                      const std::optional<QString> &shown = std::nullopt);
    Status editContact(qint64 contactId, const QString &field, const QString &text,
                       const std::optional<QString> &shown = std::nullopt);
    Status editReport(qint64 reportId, const QString &field, const QString &text,
                      const std::optional<QString> &shown = std::nullopt);
    Status addContact(const ContactRecord &contact);
    Status removeContact(qint64 contactId);
    // A warning or sanction given to an agency, with its date. Recorded facts are not undone
    // from the Edit menu; the audit log keeps the row.
    Status recordSanction(const SanctionRecord &sanction);
    // A reviewer's decision about an agency: `apply` now, and on the undo stack with `revert`
    // as its opposite. Fails, saying why, when it could not be made.
    // `state` reads what the decision touches, as text, so that an undo or redo can tell whether
    // someone changed it since (DecisionCommand).
    Status decide(const QString &text, qint64 agencyId, std::function<Status()> apply, std::function<Status()> revert,
                  std::function<QString()> state);

    // An import wrote the file: it is a barrier on the undo stack. Edits made before it are no
    // longer offered for undo, since undoing them would reach past what the import wrote (and
    // each would be refused anyway where the import changed its row).
    void importDone();

signals:
    // Something of this agency changed (an edit, an undo or a redo): views showing it reload.
    // 0: something about every agency (a meeting, the rules' settings).
    void agencyChanged(qint64 agencyId);
    // An undo or redo could not be written; the message says why.
    void editFailed(const QString &message);
    // Something about the database the user should see in passing (a server reconnected).
    void notice(const QString &message);

private:
    friend class RecordCommand;
    // Makes a command's change and pushes it; fails, saying why, when it could not (then nothing
    // is pushed, and the views of its agency reload, since the refusal may be someone else's
    // change they do not show yet).
    Status push(RecordCommand *command);
    void commandDone(qint64 agencyId);
    void commandFailed(const QString &message);

    qint64 agencyOf(const QString &table, qint64 id) const;
    Status editFields(const QString &table, qint64 id, const QString &field, const QString &text,
                      const std::optional<QString> &shown);

    Database &m_database;
    QUndoStack *m_undoStack;
};

} // namespace cac
