#include "db/model/outcome.h"

#include <QCoreApplication>
#include <QHash>

namespace cac {

const QStringList &Outcome::codes()
{
    static const QStringList list = {
            QStringLiteral("counseling"),  QStringLiteral("reprimand"),   QStringLiteral("suspension"),
            QStringLiteral("termination"), QStringLiteral("resignation"), QStringLiteral("criminal_charges"),
            QStringLiteral("no_action"),
    };
    return list;
}

QString Outcome::label(const QString &code)
{
    static const QHash<QString, const char *> labels = {
            {QStringLiteral("counseling"), QT_TRANSLATE_NOOP("Outcome", "Counseling")},
            {QStringLiteral("reprimand"), QT_TRANSLATE_NOOP("Outcome", "Reprimand")},
            {QStringLiteral("suspension"), QT_TRANSLATE_NOOP("Outcome", "Suspension")},
            {QStringLiteral("termination"), QT_TRANSLATE_NOOP("Outcome", "Termination")},
            {QStringLiteral("resignation"), QT_TRANSLATE_NOOP("Outcome", "Resignation")},
            {QStringLiteral("criminal_charges"), QT_TRANSLATE_NOOP("Outcome", "Criminal charges")},
            {QStringLiteral("no_action"), QT_TRANSLATE_NOOP("Outcome", "No action")},
    };
    const auto it = labels.constFind(code);
    return it == labels.constEnd() ? code : QCoreApplication::translate("Outcome", it.value());
}

} // namespace cac
