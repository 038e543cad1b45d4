#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace cac {

// How the window and the command line show what is not known: one mark everywhere, "—", never 0
// and never blank
// (docs: unknown is not zero).
namespace DisplayText {
inline const QString Unknown = QStringLiteral("—");
// `text`, or the unknown mark when it is empty.
inline QString orUnknown(const QString &text)
{
    return text.isEmpty() ? Unknown : text;
}
// A date in prose and in documents, one way throughout: "June 2, 2020". Unknown: "—".
inline QString longDate(const QDate &date)
{
    return date.isValid() ? QLocale(QLocale::English, QLocale::UnitedStates).toString(date, QStringLiteral("MMMM d, yyyy"))
                          : Unknown;
}
// A time the file keeps in UTC ("2026-11-30T20:05:52Z"), on screen: local time in the user's
// locale ("11/30/26 12:05 PM"). Text that is not such a time is shown as it is.
inline QString localTime(const QString &isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : orUnknown(isoUtc);
}
// The same in documents: "November 30, 2026, 12:05", local time.
inline QString longDateTime(const QString &isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!at.isValid())
        return orUnknown(isoUtc);
    const QDateTime local = at.toLocalTime();
    return QStringLiteral("%1, %2").arg(longDate(local.date()), local.time().toString(QStringLiteral("HH:mm")));
}
// "1 agency", "3 agencies": English plurals without an English catalogue. `one` and `many` are
// marked (QT_TR_NOOP, or QT_TRANSLATE_NOOP with the context of `Translating`) where they are
// written, so each is in the catalogue and translated on its own by `Translating::tr` (a class
// with Q_OBJECT or Q_DECLARE_TR_FUNCTIONS); %n is the count, %1 left for the caller.
template <typename Translating>
QString plural(const char *one, const char *many, qint64 n)
{
    return Translating::tr(n == 1 ? one : many, nullptr, int(n));
}
// The same where a file translates with a literal context (both texts marked QT_TRANSLATE_NOOP
// with it).
inline QString plural(const char *context, const char *one, const char *many, qint64 n)
{
    return QCoreApplication::translate(context, n == 1 ? one : many, nullptr, int(n));
}
} // namespace DisplayText

} // namespace cac
