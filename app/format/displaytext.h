#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

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
}
