#pragma once

#include "agencyhistory.h"
#include "queueentry.h"
#include "reviewsettings.h"

#include <QList>
#include <QSqlDatabase>

// The agencies the committee should look at for a year, highest priority first: each with its
// flags in sentences, the sum of their weights, and the suggested sanction with its reasoning.
class ReviewQueue
{
public:
    // From histories already loaded: the pure part, tested on small fixtures.
    static QList<QueueEntry> build(const QList<AgencyHistory> &histories, int year, const ReviewSettings &settings);
    // From the database: histories, settings, reviewed marks and overrides.
    static QList<QueueEntry> load(QSqlDatabase db, int year);
    static QList<AgencyHistory> loadHistories(QSqlDatabase db);
    static ReviewSettings loadSettings(QSqlDatabase db);
};
