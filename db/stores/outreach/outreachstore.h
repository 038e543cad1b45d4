#pragma once

#include "db/model/outreachcall.h"
#include "db/result.h"
#include "db/status.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace cac {

// The calls made to agencies about a year's report, and who is assigned to call them.
class OutreachStore
{
public:
    explicit OutreachStore(QSqlDatabase db);

    Result<qint64> logCall(const OutreachCall &call);
    // Every call of the year, oldest first.
    Result<QList<OutreachCall>> calls(int year) const;
    // Who calls these agencies about the year's report (blank: nobody); all or none, in one
    // transaction.
    Status assign(const QList<qint64> &agencyIds, int year, const QString &staff);
    Result<QHash<qint64, QString>> assignments(int year) const;

private:
    QSqlDatabase m_db;
};

} // namespace cac
