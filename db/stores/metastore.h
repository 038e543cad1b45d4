#pragma once

#include "db/status.h"

#include <QSqlDatabase>
#include <QString>

// Facts about the file as a whole (the meta table), such as whether it holds demo data.
class MetaStore
{
public:
    static inline const QString DemoNotice = QStringLiteral("demo data, fictional agencies");

    explicit MetaStore(QSqlDatabase db);
    QString value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

    bool isDemo() const;
    Status markAsDemo();

private:
    QSqlDatabase m_db;
};
