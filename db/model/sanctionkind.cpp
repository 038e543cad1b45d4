#include "db/model/sanctionkind.h"

#include <QCoreApplication>

namespace cac {

const QStringList &SanctionKind::codes()
{
    static const QStringList list = {Warning, Censure, Suspension, Removal};
    return list;
}

bool SanctionKind::isCode(const QString &code)
{
    return codes().contains(code);
}

QString SanctionKind::label(const QString &code)
{
    if (code == Warning)
        return QCoreApplication::translate("SanctionKind", "Warning");
    if (code == Censure)
        return QCoreApplication::translate("SanctionKind", "Letter of censure");
    if (code == Suspension)
        return QCoreApplication::translate("SanctionKind", "Suspension of service");
    if (code == Removal)
        return QCoreApplication::translate("SanctionKind", "Removal of CLETS service");
    return code;
}

} // namespace cac
