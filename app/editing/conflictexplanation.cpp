#include "conflictexplanation.h"

#include "app/format/displaytext.h"
#include "db/stores/auditlogstore.h"
#include "db/stores/records/rowwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace cac {

namespace {

QString shown(const QVariant &value)
{
    return value.isNull() ? QCoreApplication::translate("ConflictExplanation", "not reported")
                          : QStringLiteral("\u201c%1\u201d").arg(value.toString());
}

} // namespace

QString ConflictExplanation::describe(QSqlDatabase db, const QString &table, qint64 id, const QVariantMap &expected)
{
    const Result<std::optional<QVariantMap>> read = RowWriter(db).read(table, id, expected.keys());
    if (!read.ok())
        return QCoreApplication::translate("ConflictExplanation", "it could not be read again: %1.").arg(read.error());
    const std::optional<QVariantMap> &now = read.value();
    if (!now)
        return QCoreApplication::translate("ConflictExplanation", "the record no longer exists.");
    QStringList changes;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!RowWriter::sameValue(it.value(), now->value(it.key())))
            changes << QCoreApplication::translate("ConflictExplanation", "%1 is now %2 (it was %3)")
                               .arg(it.key(), shown(now->value(it.key())), shown(it.value()));
    }
    QString text = changes.isEmpty() ? QCoreApplication::translate("ConflictExplanation", "the record was changed since.")
                                     : changes.join(QStringLiteral("; ")) + u'.';
    const Result<std::optional<AuditLogStore::Entry>> logEntry = AuditLogStore(db).latestFor(table, id);
    if (!logEntry.ok())
        return text + u' ' +
                QCoreApplication::translate("ConflictExplanation",
                                            "Who changed it is not known: the audit log could not be read (%1).")
                        .arg(logEntry.error());
    const std::optional<AuditLogStore::Entry> &last = logEntry.value();
    // The log names the writer only if its last entry left the row as it is now; otherwise the
    // change came from a program whose writes this program's audit triggers do not see.
    bool logged = last.has_value();
    if (last) {
        const QJsonObject after = QJsonDocument::fromJson(last->newValues.toUtf8()).object();
        for (auto it = now->cbegin(); it != now->cend() && logged; ++it)
            logged = RowWriter::sameValue(it.value(), after.value(it.key()).toVariant());
    }
    if (logged && last->osUser.isEmpty() && !last->dbRole.isEmpty())
        // A server logs every program's writes, but only this program says who is at the keyboard.
        text += u' ' +
                QCoreApplication::translate("ConflictExplanation", "Changed by another program, as database role %1, at %2.")
                        .arg(last->dbRole, DisplayText::localTime(last->at));
    else if (logged)
        text += u' ' +
                QCoreApplication::translate("ConflictExplanation", "Changed by %1 at %2.")
                        .arg(last->osUser, DisplayText::localTime(last->at));
    else
        text += u' ' +
                QCoreApplication::translate("ConflictExplanation",
                                            "Changed by another program (the audit log has no entry for it).");
    return text;
}

} // namespace cac
