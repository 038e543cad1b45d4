#pragma once

#include "db/postgresql/pgresult.h"
#include "db/result.h"
#include "db/status.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace cac {

// A libpq connection of its own, for what Qt's driver cannot do: the import's COPY into a
// staging table. Parameters are sent apart from the SQL ($1, $2...), as text, NULL for none.
class PgConnection
{
public:
    using Parameters = QList<std::optional<QByteArray>>;

    // `connectionString` is ServerAddress::connectionString() (Database::location()).
    static Result<std::unique_ptr<PgConnection>> open(const QString &connectionString);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    Result<PgResult> exec(const QString &sql, const Parameters &parameters = {});
    // Runs `sql`, parsed and planned once per connection (under the name `sql` itself): for the
    // statements an import runs once per agency, thousands of times.
    Result<PgResult> execPrepared(const QString &sql, const Parameters &parameters);
    Status run(const QString &sql, const Parameters &parameters = {});
    // Sends `sql` (no parameters) and returns at once, so that the caller works on while the
    // server runs it; receive() then waits for its result. Nothing else may be sent in between.
    Status send(const QString &sql);
    Result<PgResult> receive();
    // COPY ... FROM STDIN with `data` (COPY's text format), in one go.
    Status copyIn(const QString &sql, const QByteArray &data);

    // A parameter's value: NULL for empty text (as a file's import binds it) or no number.
    static std::optional<QByteArray> text(const QString &value);
    static std::optional<QByteArray> number(std::optional<qint64> value);

private:
    explicit PgConnection(PGconn *connection) : m_connection(connection) {}
    QString error() const;
    Result<PgResult> checked(PGresult *result);
    PGconn *m_connection = nullptr;
    QHash<QString, QByteArray> m_prepared; // SQL -> statement name
};

} // namespace cac
