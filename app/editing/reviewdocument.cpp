#include "reviewdocument.h"

#include "app/editing/serverwatch.h"

#include "contactcommand.h"
#include "decisioncommand.h"
#include "fieldchangecommand.h"
#include "fieldedits.h"

#include "db/model/sanctionkind.h"
#include "db/stores/records/contactstore.h"
#include "db/engine/database.h"
#include "db/model/fieldrules.h"
#include "db/model/misusecategory.h"
#include "db/stores/records/rowwriter.h"
#include "recordcommand.h"
#include "db/stores/records/sanctionstore.h"

#include <QSqlQuery>
#include <QUndoStack>
#include <QVariant>

#include <memory>

namespace cac {

ReviewDocument::ReviewDocument(Database &database, QObject *parent)
    : QObject(parent), m_database(database), m_undoStack(new QUndoStack(this))
{
    // Other people's changes to a server database reach the views as this document's own do.
    auto *watch = new ServerWatch(m_database, this);
    connect(watch, &ServerWatch::agencyChanged, this, &ReviewDocument::agencyChanged);
    connect(watch, &ServerWatch::connectionNotice, this, &ReviewDocument::notice);
}

bool ReviewDocument::isReadOnly() const
{
    // The records' fields: a read-only file, or a server role that may not edit them.
    return !m_database.permissions().may(Permissions::Action::EditRecords);
}

qint64 ReviewDocument::agencyOf(const QString &table, qint64 id) const
{
    if (table == u"agency")
        return id;
    QSqlQuery q(m_database.connection());
    q.prepare(table == u"contact" ? QStringLiteral("SELECT agency_id FROM contact WHERE id = ?")
                                  : QStringLiteral("SELECT agency_id FROM misuse_report WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Status ReviewDocument::editFields(const QString &table, qint64 id, const QString &field, const QString &text,
                                  const std::optional<QString> &shown)
{
    if (isReadOnly())
        return Status::failure(tr("the file is read-only"));
    const Result<QVariantMap> after = FieldEdits::parse(table, field, text);
    if (!after.ok())
        return Status::failure(after.error());
    const Result<std::optional<QVariantMap>> read = RowWriter(m_database.connection()).read(table, id, after.value().keys());
    if (!read.ok())
        return Status::failure(read.error());
    const std::optional<QVariantMap> &now = read.value();
    if (!now)
        return Status::failure(tr("this record no longer exists"));
    // The row must still hold what the person saw. Where it does, the values as stored are the
    // UPDATE's expectation (the engines type them their own way); where it does not, what was
    // shown is, and the UPDATE refuses the edit with who changed it, as an undo would be.
    QVariantMap expected = *now;
    if (shown) {
        const Result<QVariantMap> seen = FieldEdits::parse(table, field, *shown);
        if (seen.ok() && !RowWriter::sameValues(seen.value(), *now))
            expected = seen.value();
    }
    if (RowWriter::sameValues(after.value(), *now)) {
        if (!RowWriter::sameValues(expected, *now))
            emit agencyChanged(agencyOf(table, id)); // someone else made the same change: show it
        return Status::success();
    }
    FieldChangeCommand::Change change{table, id, agencyOf(table, id), expected, after.value()};
    const QString what = field.startsWith(QLatin1StringView("cat_")) ? MisuseCategory::label(field.mid(4)) : field;
    return push(new FieldChangeCommand(this, change, tr("Edit %1").arg(what)));
}

Status ReviewDocument::editAgency(qint64 agencyId, const QString &field, const QString &text, const std::optional<QString> &shown)
{
    return editFields(QStringLiteral("agency"), agencyId, field, text, shown);
}

Status ReviewDocument::editContact(qint64 contactId, const QString &field, const QString &text,
                                   const std::optional<QString> &shown)
{
    return editFields(QStringLiteral("contact"), contactId, field, text, shown);
}

Status ReviewDocument::editReport(qint64 reportId, const QString &field, const QString &text, const std::optional<QString> &shown)
{
    // A category count is a column of the report row (cat_<code>) like any other figure.
    return editFields(QStringLiteral("misuse_report"), reportId, field, text, shown);
}

Status ReviewDocument::addContact(const ContactRecord &input)
{
    if (isReadOnly())
        return Status::failure(tr("the file is read-only"));
    ContactRecord contact = input;
    contact.name = contact.name.trimmed();
    if (contact.name.isEmpty())
        return Status::failure(tr("a contact needs a name"));
    if (!contact.email.isEmpty() && !FieldRules::email(contact.email).ok())
        return Status::failure(FieldRules::email(contact.email).error);
    return push(new ContactCommand(this, ContactCommand::Kind::Add, contact, tr("Add contact %1").arg(contact.name)));
}

Status ReviewDocument::removeContact(qint64 contactId)
{
    if (isReadOnly())
        return Status::failure(tr("the file is read-only"));
    const Result<std::optional<ContactRecord>> found = ContactStore(m_database.connection()).find(contactId);
    if (!found.ok())
        return Status::failure(found.error());
    const std::optional<ContactRecord> &contact = found.value();
    if (!contact)
        return Status::failure(tr("this contact no longer exists"));
    return push(new ContactCommand(this, ContactCommand::Kind::Remove, *contact, tr("Remove contact %1").arg(contact->name)));
}

Status ReviewDocument::recordSanction(const SanctionRecord &sanction)
{
    if (isReadOnly())
        return Status::failure(tr("the file is read-only"));
    if (!SanctionKind::isCode(sanction.kind))
        return Status::failure(
                tr("not a kind of warning or sanction (%1)").arg(SanctionKind::codes().join(QStringLiteral(", "))));
    if (!sanction.issuedOn.isValid())
        return Status::failure(tr("a warning or sanction needs the date it was given"));
    const Result<qint64> added = SanctionStore(m_database.connection()).add(sanction);
    if (!added.ok())
        return Status::failure(added.error());
    emit agencyChanged(sanction.agencyId);
    return Status::success();
}

Status ReviewDocument::push(RecordCommand *command)
{
    std::unique_ptr<RecordCommand> owned(command);
    const Status made = owned->makeFirst();
    if (!made.ok()) {
        emit agencyChanged(owned->m_agencyId);
        return Status::failure(made.error());
    }
    m_undoStack->push(owned.release());
    return Status::success();
}

void ReviewDocument::commandDone(qint64 agencyId)
{
    emit agencyChanged(agencyId);
}

void ReviewDocument::commandFailed(const QString &message)
{
    emit editFailed(message);
}

void ReviewDocument::importDone()
{
    m_undoStack->clear();
}

Status ReviewDocument::decide(const QString &text, qint64 agencyId, std::function<Status()> apply, std::function<Status()> revert,
                              std::function<QString()> state)
{
    if (isReadOnly())
        return Status::failure(tr("the file is read-only"));
    return push(new DecisionCommand(this, agencyId, std::move(apply), std::move(revert), std::move(state), text));
}

} // namespace cac
