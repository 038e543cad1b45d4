#include "db/model/servicestatus.h"

#include <QCoreApplication>

namespace cac {

const QStringList &ServiceStatus::codes()
{
    static const QStringList list = {Active, Suspended, Removed, Ended};
    return list;
}

bool ServiceStatus::isCode(const QString &code)
{
    return codes().contains(code);
}

QString ServiceStatus::label(const QString &code)
{
    if (code == Active)
        return QCoreApplication::translate("ServiceStatus", "active");
    if (code == Suspended)
        return QCoreApplication::translate("ServiceStatus", "suspended");
    if (code == Removed)
        return QCoreApplication::translate("ServiceStatus", "removed");
    if (code == Ended)
        return QCoreApplication::translate("ServiceStatus", "ended");
    return code;
}

} // namespace cac
