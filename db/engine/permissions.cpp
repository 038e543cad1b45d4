#include "db/engine/permissions.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cac {

namespace {

struct Probe
{
    Permissions::Action action;
    const char *table;
    const char *privilege;
    const char *what; // what the action is, for "may not ..."
};

const QList<Probe> &probes()
{
    static const QList<Probe> list = {
            {Permissions::Action::Decide, "review_mark", "INSERT", QT_TRANSLATE_NOOP("Permissions", "record review decisions")},
            {Permissions::Action::EditRecords, "agency", "UPDATE", QT_TRANSLATE_NOOP("Permissions", "edit records")},
            {Permissions::Action::Import, "misuse_report", "INSERT", QT_TRANSLATE_NOOP("Permissions", "import reports")},
            {Permissions::Action::WorkOutreach, "outreach_call", "INSERT",
             QT_TRANSLATE_NOOP("Permissions", "work the outreach list")},
            {Permissions::Action::EditRules, "review_setting", "UPDATE",
             QT_TRANSLATE_NOOP("Permissions", "change the review rules")},
            {Permissions::Action::EditTemplates, "letter_template", "INSERT",
             QT_TRANSLATE_NOOP("Permissions", "edit letter templates")},
    };
    return list;
}

} // namespace

Permissions Permissions::ofFile(bool readOnly, const QString &readOnlyReason)
{
    Permissions p;
    p.m_readOnlyReason = readOnlyReason;
    if (!readOnly) {
        for (const Probe &probe : probes())
            p.m_allowed.insert(probe.action);
    }
    return p;
}

Result<Permissions> Permissions::ofServerLogin(QSqlDatabase db)
{
    Permissions p;
    p.m_server = true;
    QSqlQuery q(db);
    QStringList checks;
    for (const Probe &probe : probes())
        checks << QStringLiteral("has_table_privilege('%1', '%2')")
                          .arg(QLatin1StringView(probe.table), QLatin1StringView(probe.privilege));
    if (!q.exec(QStringLiteral("SELECT session_user, %1").arg(checks.join(QStringLiteral(", ")))) || !q.next())
        return Result<Permissions>::failure(tr("What your database role may do could not be read: %1").arg(q.lastError().text()));
    p.m_login = q.value(0).toString();
    for (int i = 0; i < probes().size(); ++i) {
        if (q.value(i + 1).toBool())
            p.m_allowed.insert(probes().at(i).action);
    }
    return p;
}

QString Permissions::whyNot(Action action) const
{
    if (may(action))
        return QString();
    for (const Probe &probe : probes()) {
        if (probe.action != action)
            continue;
        if (!m_server)
            return tr("The database is read-only (%1): nobody can %2 in it.").arg(m_readOnlyReason, tr(probe.what));
        return tr("Your database role, %1, may not %2 on this server; its administrator gives roles "
                  "(committee, staff, admin).")
                .arg(m_login, tr(probe.what));
    }
    return QString();
}

QString Permissions::summary(const QString &databaseName) const
{
    QStringList may;
    QStringList mayNot;
    for (const Probe &probe : probes())
        (m_allowed.contains(probe.action) ? may : mayNot) << tr(probe.what);
    if (mayNot.isEmpty())
        return QString();
    if (!m_server)
        return tr("This file is read-only: you can read it but not change it.");
    if (may.isEmpty())
        return tr("Signed in to %1 as %2, who may read but change nothing.").arg(databaseName, m_login);
    return tr("Signed in to %1 as %2, who may %3, but not %4.")
            .arg(databaseName, m_login, may.join(QStringLiteral(", ")), mayNot.join(QStringLiteral(", ")));
}

} // namespace cac
