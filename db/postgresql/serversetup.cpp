#include "db/postgresql/serversetup.h"

#include "db/engine/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace cac {

bool ServerSetup::isValidPrefix(const QString &prefix)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,40}$"));
    return valid.match(prefix).hasMatch();
}

Status ServerSetup::grantRoles(Database &database, const QString &prefix)
{
    if (!database.isServer())
        return Status::failure(
                tr("%1 is a file: roles are a server's; a file is its owner's alone.").arg(database.displayName()));
    if (!isValidPrefix(prefix))
        return Status::failure(
                tr("The role prefix %1 is not lower-case letters, digits and underscores starting with a letter").arg(prefix));
    QFile file(QStringLiteral(":/server/roles.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("The roles' SQL is missing from the program"));
    // The prefix was checked above: it is safe as part of an identifier.
    const QString script = QString::fromUtf8(file.readAll()).replace(u'@', prefix);
    QSqlDatabase db = database.connection();
    if (!db.transaction())
        return Status::failure(db.lastError().text());
    QSqlQuery run(db);
    if (!run.exec(script)) {
        const QString error = run.lastError().text();
        db.rollback();
        return Status::failure(tr("The roles could not be set up on %1 (the login needs CREATEROLE and must own the "
                                  "database): %2")
                                       .arg(database.displayName(), error));
    }
    if (!db.commit())
        return Status::failure(db.lastError().text());
    return Status::success();
}

} // namespace cac
