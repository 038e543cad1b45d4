#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cac {

// One call to an agency about its misuse report for a year (the outreach_call table).
struct OutreachCall
{
    qint64 id = 0;
    qint64 agencyId = 0;
    int year = 0;
    QDateTime calledAt;
    QString caller;
    QString outcome; // reached, left_message, wrong_number, promised, refused, filed
    std::optional<QDate> promisedBy;
    QString notes;
    std::optional<QDate> nextFollowUp;

    static const QStringList &outcomes();
    static QString outcomeLabel(const QString &outcome);
};

} // namespace cac
