#include "db/model/outreachcall.h"

#include <QCoreApplication>
#include <QStringList>

namespace cac {

const QStringList &OutreachCall::outcomes()
{
    static const QStringList list = {QStringLiteral("reached"),  QStringLiteral("left_message"), QStringLiteral("wrong_number"),
                                     QStringLiteral("promised"), QStringLiteral("refused"),      QStringLiteral("filed")};
    return list;
}

QString OutreachCall::outcomeLabel(const QString &outcome)
{
    if (outcome == u"reached")
        return QCoreApplication::translate("OutreachCall", "Reached");
    if (outcome == u"left_message")
        return QCoreApplication::translate("OutreachCall", "Left a message");
    if (outcome == u"wrong_number")
        return QCoreApplication::translate("OutreachCall", "Wrong number");
    if (outcome == u"promised")
        return QCoreApplication::translate("OutreachCall", "Promised to file");
    if (outcome == u"refused")
        return QCoreApplication::translate("OutreachCall", "Refused");
    if (outcome == u"filed")
        return QCoreApplication::translate("OutreachCall", "Says it filed");
    return outcome;
}

} // namespace cac
