#include "sanctionstep.h"

#include <QCoreApplication>

namespace cac {

QString SanctionStep::code(Level level)
{
    switch (level) {
    case Censure:
        return QStringLiteral("censure");
    case Suspension:
        return QStringLiteral("suspension");
    case Removal:
        return QStringLiteral("removal");
    case None:
        break;
    }
    return QStringLiteral("none");
}

QString SanctionStep::label(Level level)
{
    switch (level) {
    case Censure:
        return QCoreApplication::translate("SanctionStep", "Letter of censure");
    case Suspension:
        return QCoreApplication::translate("SanctionStep", "Suspension of service");
    case Removal:
        return QCoreApplication::translate("SanctionStep", "Removal of CLETS service");
    case None:
        break;
    }
    return QCoreApplication::translate("SanctionStep", "None");
}

SanctionStep::Level SanctionStep::fromCode(const QString &code)
{
    if (code == u"censure")
        return Censure;
    if (code == u"suspension")
        return Suspension;
    if (code == u"removal")
        return Removal;
    return None;
}

} // namespace cac
