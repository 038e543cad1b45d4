#pragma once

#include "db/result.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace cac {

// What the person connected may change. In a file: everything, unless it is read-only. On a
// server: what its GRANTs allow the login (resources/server/roles.sql), read once when it opens.
// The server enforces the GRANTs whatever the window shows; the window asks here only to grey out
// what would be refused, and to say why (whyNot) in a tooltip or a message.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    enum class Action { Decide, EditRecords, Import, WorkOutreach, EditRules, EditTemplates };

    static Permissions ofFile(bool readOnly, const QString &readOnlyReason);
    static Result<Permissions> ofServerLogin(QSqlDatabase db);

    bool may(Action action) const { return m_allowed.contains(action); }
    // Empty when allowed; otherwise why not, in a sentence.
    QString whyNot(Action action) const;
    // A line for the window when something is not allowed, empty when everything is.
    QString summary(const QString &databaseName) const;

private:
    QSet<Action> m_allowed;
    bool m_server = false;
    QString m_login;
    QString m_readOnlyReason;
};

} // namespace cac
