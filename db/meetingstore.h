#pragma once

#include "result.h"
#include "status.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Committee meetings and the agencies on their agendas, in order.
class MeetingStore
{
public:
    struct Meeting
    {
        qint64 id = 0;
        QDate heldOn;
        QString title;
        QString chair;
    };

    explicit MeetingStore(QSqlDatabase db);
    Result<QList<Meeting>> all() const;
    Result<qint64> add(const Meeting &meeting);
    // Appends the agency to the agenda; an agency already on it stays where it is.
    Status addToAgenda(qint64 meetingId, qint64 agencyId);
    Result<QList<qint64>> agenda(qint64 meetingId) const;

private:
    QSqlDatabase m_db;
};
