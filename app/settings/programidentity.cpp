#include "app/settings/programidentity.h"

#include <QCoreApplication>

namespace cac {

void ProgramIdentity::apply()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(Name));
    QCoreApplication::setOrganizationName(QString::fromLatin1(Name));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAC_VERSION));
    QSettings earlier(QString::fromLatin1(EarlierOrganization), QString::fromLatin1(Name));
    QSettings now;
    carrySettings(earlier, now);
}

int ProgramIdentity::carrySettings(QSettings &earlier, QSettings &now)
{
    const QStringList keys = earlier.allKeys();
    if (keys.isEmpty())
        return 0;
    int carried = 0;
    for (const QString &key : keys) {
        if (now.contains(key))
            continue;
        now.setValue(key, earlier.value(key));
        ++carried;
    }
    now.sync();
    // Emptied only once the new file is written: a failed write leaves the old settings in place.
    if (now.status() == QSettings::NoError) {
        earlier.clear();
        earlier.sync();
    }
    return carried;
}

} // namespace cac
