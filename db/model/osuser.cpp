#include "db/model/osuser.h"

#include <QDir>

namespace cac {

QString OsUser::name()
{
    // USER on Unix, USERNAME on Windows; LOGNAME where a login shell sets only that.
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    // A session without those (a service, some X sessions): the home folder's name is the user's.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

} // namespace cac
