#pragma once

#include "db/result.h"
#include "db/status.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cac {

// Letter templates by name, each edit a new version, earlier versions kept.
class LetterTemplateStore
{
public:
    struct Template
    {
        QString name;
        int version = 0;
        QString title;
        QString body;
        QString createdAt;
        QString createdBy;
    };

    explicit LetterTemplateStore(QSqlDatabase db);
    Result<QStringList> names() const;
    Result<std::optional<Template>> latest(const QString &name) const; // no value: no such template
    Result<QList<Template>> versions(const QString &name) const;
    // Stores `body` as the next version of `name` (version 1 for a new name).
    Result<int> save(const QString &name, const QString &title, const QString &body, const QString &by);

private:
    QSqlDatabase m_db;
};

} // namespace cac
