#include "osuser.h"

QString OsUser::name()
{
    // USER on Unix, USERNAME on Windows; LOGNAME where a login shell sets only that.
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}
