#pragma once

#include "db/result.h"
#include "db/status.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace cac {

// The review rules' thresholds and weights (the review_setting table), by key.
class SettingStore
{
public:
    explicit SettingStore(QSqlDatabase db);
    Result<QHash<QString, double>> all() const;
    Status set(const QString &key, double value);

private:
    QSqlDatabase m_db;
};

} // namespace cac
