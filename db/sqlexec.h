#pragma once

#include "status.h"

#include <QSqlError>
#include <QSqlQuery>

// Runs a prepared query and says how it went, with SQLite's message when it failed.
namespace SqlExec {
inline Status run(QSqlQuery &q)
{
    return q.exec() ? Status::success() : Status::failure(q.lastError().text());
}
}
