#include "app/audit/auditentrytext.h"

#include "app/format/displaytext.h"

#include <QCoreApplication>

#include <algorithm>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cac {

namespace {

// The longest value the one-line summary shows in full.
constexpr int LongestShown = 60;

QString shown(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return DisplayText::Unknown;
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number);
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts << shown(part);
        return parts.join(QStringLiteral(", "));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toString();
}

// What a server counted into a bulk load (its "loaded" value):
// "Report: 60000 added (ids 1–60000); Agency: 2000 added (ids 1–2000)".
QString loadedText(const QJsonObject &loaded)
{
    QStringList parts;
    for (auto it = loaded.begin(); it != loaded.end(); ++it) {
        const QJsonObject table = it.value().toObject();
        QString part = QCoreApplication::translate("AuditEntryText", "%1: %2 added")
                               .arg(AuditEntryText::recordKind(it.key()), shown(table.value(QStringLiteral("inserted"))));
        QStringList runs;
        for (const QJsonValue &run : table.value(QStringLiteral("ids")).toArray())
            runs << QStringLiteral("%1\u2013%2").arg(shown(run.toArray().at(0)), shown(run.toArray().at(1)));
        if (!runs.isEmpty())
            part += u' ' + QCoreApplication::translate("AuditEntryText", "(ids %1)").arg(runs.join(QStringLiteral(", ")));
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString cut(QString text)
{
    text.replace(u'\n', u' ');
    return text.size() <= LongestShown ? text : text.left(LongestShown - 1) + QChar(0x2026);
}

QString joined(const QList<AuditEntryText::Change> &changes, bool shortened, const QString &separator)
{
    QStringList parts;
    for (const AuditEntryText::Change &change : changes) {
        const QString before = shortened ? cut(change.before) : change.before;
        const QString after = shortened ? cut(change.after) : change.after;
        if (change.before == DisplayText::Unknown && change.after != DisplayText::Unknown)
            parts << QStringLiteral("%1: %2").arg(change.field, after);
        else if (change.after == DisplayText::Unknown && change.before != DisplayText::Unknown)
            parts << QStringLiteral("%1: %2 \u2192 %3").arg(change.field, before, DisplayText::Unknown);
        else
            parts << QStringLiteral("%1: %2 \u2192 %3").arg(change.field, before, after);
    }
    return parts.join(separator);
}

} // namespace

QString AuditEntryText::recordKind(const QString &tableName)
{
    static const QHash<QString, const char *> kinds = {
            {QStringLiteral("agency"), QT_TRANSLATE_NOOP("AuditEntryText", "Agency")},
            {QStringLiteral("contact"), QT_TRANSLATE_NOOP("AuditEntryText", "Contact")},
            {QStringLiteral("misuse_report"), QT_TRANSLATE_NOOP("AuditEntryText", "Report")},
            {QStringLiteral("report_category"), QT_TRANSLATE_NOOP("AuditEntryText", "Report category")},
            {QStringLiteral("sanction"), QT_TRANSLATE_NOOP("AuditEntryText", "Warning or sanction")},
            {QStringLiteral("review_setting"), QT_TRANSLATE_NOOP("AuditEntryText", "Review rule")},
            {QStringLiteral("review_mark"), QT_TRANSLATE_NOOP("AuditEntryText", "Reviewed mark")},
            {QStringLiteral("meeting"), QT_TRANSLATE_NOOP("AuditEntryText", "Meeting")},
            {QStringLiteral("meeting_agency"), QT_TRANSLATE_NOOP("AuditEntryText", "Agenda")},
            {QStringLiteral("sanction_override"), QT_TRANSLATE_NOOP("AuditEntryText", "Sanction chosen")},
            {QStringLiteral("outreach_call"), QT_TRANSLATE_NOOP("AuditEntryText", "Outreach call")},
            {QStringLiteral("outreach_assignment"), QT_TRANSLATE_NOOP("AuditEntryText", "Call assignment")},
            {QStringLiteral("letter_template"), QT_TRANSLATE_NOOP("AuditEntryText", "Letter template")},
            {QStringLiteral("letter_draft"), QT_TRANSLATE_NOOP("AuditEntryText", "Letter")},
            {QStringLiteral("letter_draft_version"), QT_TRANSLATE_NOOP("AuditEntryText", "Letter text")},
            {QStringLiteral("letter_draft_status"), QT_TRANSLATE_NOOP("AuditEntryText", "Letter status")},
            {QStringLiteral("import_column_mapping"), QT_TRANSLATE_NOOP("AuditEntryText", "Column mapping")},
            {QStringLiteral("reporting_form"), QT_TRANSLATE_NOOP("AuditEntryText", "Reporting form")},
            {QStringLiteral("meta"), QT_TRANSLATE_NOOP("AuditEntryText", "File")},
    };
    const auto found = kinds.constFind(tableName);
    return found == kinds.cend() ? tableName : QCoreApplication::translate("AuditEntryText", found.value());
}

QString AuditEntryText::who(const AuditLogStore::Entry &entry)
{
    if (entry.dbRole.isEmpty())
        return DisplayText::orUnknown(entry.osUser);
    if (entry.osUser.isEmpty() || entry.osUser == entry.dbRole)
        return entry.dbRole;
    return QCoreApplication::translate("AuditEntryText", "%1 (%2)", "database role (OS user)").arg(entry.dbRole, entry.osUser);
}

QString AuditEntryText::action(const QString &action)
{
    if (action == u"insert")
        return QCoreApplication::translate("AuditEntryText", "Added");
    if (action == u"update")
        return QCoreApplication::translate("AuditEntryText", "Changed");
    if (action == u"delete")
        return QCoreApplication::translate("AuditEntryText", "Removed");
    if (action == u"import")
        return QCoreApplication::translate("AuditEntryText", "Imported");
    if (action == u"bulk load") // a server's log of a load that gave no account of itself
        return QCoreApplication::translate("AuditEntryText", "Loaded in bulk");
    return action;
}

QList<AuditEntryText::Change> AuditEntryText::changes(const AuditLogStore::Entry &entry)
{
    const QJsonObject before = objectOf(entry.oldValues);
    const QJsonObject after = objectOf(entry.newValues);
    QStringList fields = before.keys();
    for (const QString &field : after.keys()) {
        if (!fields.contains(field))
            fields << field;
    }
    QList<Change> list;
    for (const QString &field : std::as_const(fields)) {
        if (field == u"id")
            continue;
        const QJsonValue old = before.value(field);
        const QJsonValue now = after.value(field);
        if (old == now)
            continue;
        if (entry.oldValues.isEmpty() && (now.isNull() || now.isUndefined()))
            continue; // an insert: only what it set
        if (entry.newValues.isEmpty() && (old.isNull() || old.isUndefined()))
            continue; // a delete: only what there was
        // A server's count of a bulk load reads as words, not as its JSON.
        const bool counted = field == u"loaded" && now.isObject();
        list.append({field, shown(old), counted ? loadedText(now.toObject()) : shown(now)});
    }
    return list;
}

QString AuditEntryText::summary(const AuditLogStore::Entry &entry)
{
    // Short values first, so that a template's name and version read before the start of its
    // body; last, what the list's other columns show already (the agency, when, who).
    static const QStringList shownBeside = {QStringLiteral("agency_id"), QStringLiteral("created_at"),
                                            QStringLiteral("created_by"), QStringLiteral("updated_at")};
    const auto rank = [](const Change &c) {
        if (shownBeside.contains(c.field))
            return 2;
        return std::max(c.before.size(), c.after.size()) > LongestShown ? 1 : 0;
    };
    QList<Change> list = changes(entry);
    std::stable_sort(list.begin(), list.end(), [&rank](const Change &a, const Change &b) { return rank(a) < rank(b); });
    return joined(list, true, QStringLiteral("; "));
}

QString AuditEntryText::details(const AuditLogStore::Entry &entry)
{
    return joined(changes(entry), false, QStringLiteral("\n"));
}

} // namespace cac
