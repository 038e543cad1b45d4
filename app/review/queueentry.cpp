#include "queueentry.h"

#include <QLocale>
#include <QStringList>

namespace cac {

QString QueueEntry::arithmetic() const
{
    QStringList terms;
    for (const ReviewFlag &f : flags)
        terms << QStringLiteral("%1 (%2)").arg(f.weight).arg(f.sentence);
    return terms.join(QStringLiteral(" + ")) + QStringLiteral(" = %1").arg(score);
}

QString QueueEntry::chosenSanction() const
{
    return override ? override->chosen : SanctionStep::code(suggestion.level);
}

} // namespace cac
