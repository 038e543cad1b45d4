#include "db/postgresql/pgconnection.h"

#include <QCoreApplication>

#include <vector>

namespace cac {

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &connectionString)
{
    PGconn *connection = PQconnectdb(connectionString.toUtf8().constData());
    std::unique_ptr<PgConnection> opened(new PgConnection(connection));
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return Result<std::unique_ptr<PgConnection>>::failure(opened->error());
    // The server's messages in the words the program quotes; dates and numbers as ISO text.
    if (PQsetClientEncoding(connection, "UTF8") != 0)
        return Result<std::unique_ptr<PgConnection>>::failure(opened->error());
    return opened;
}

PgConnection::~PgConnection()
{
    if (m_connection)
        PQfinish(m_connection);
}

QString PgConnection::error() const
{
    if (!m_connection)
        return QCoreApplication::translate("PgConnection", "out of memory");
    return QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
}

Result<PgResult> PgConnection::exec(const QString &sql, const Parameters &parameters)
{
    std::vector<const char *> values;
    values.reserve(size_t(parameters.size()));
    for (const std::optional<QByteArray> &parameter : parameters)
        values.push_back(parameter ? parameter->constData() : nullptr);
    return checked(PQexecParams(m_connection, sql.toUtf8().constData(), int(values.size()), nullptr, values.data(), nullptr,
                                nullptr, 0));
}

Result<PgResult> PgConnection::execPrepared(const QString &sql, const Parameters &parameters)
{
    auto name = m_prepared.constFind(sql);
    if (name == m_prepared.constEnd()) {
        const QByteArray next = "cac_" + QByteArray::number(m_prepared.size());
        const Result<PgResult> prepared =
                checked(PQprepare(m_connection, next.constData(), sql.toUtf8().constData(), int(parameters.size()), nullptr));
        if (!prepared.ok())
            return prepared;
        name = m_prepared.insert(sql, next);
    }
    std::vector<const char *> values;
    values.reserve(size_t(parameters.size()));
    for (const std::optional<QByteArray> &parameter : parameters)
        values.push_back(parameter ? parameter->constData() : nullptr);
    return checked(PQexecPrepared(m_connection, name->constData(), int(values.size()), values.data(), nullptr, nullptr, 0));
}

Result<PgResult> PgConnection::checked(PGresult *raw)
{
    PgResult result(raw);
    const ExecStatusType status = PQresultStatus(result.raw());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return Result<PgResult>::failure(error());
    return result;
}

Status PgConnection::run(const QString &sql, const Parameters &parameters)
{
    const Result<PgResult> result = exec(sql, parameters);
    return result.ok() ? Status::success() : Status::failure(result.error());
}

Status PgConnection::send(const QString &sql)
{
    return PQsendQuery(m_connection, sql.toUtf8().constData()) == 1 ? Status::success() : Status::failure(error());
}

Result<PgResult> PgConnection::receive()
{
    Result<PgResult> first = checked(PQgetResult(m_connection));
    // The connection is free again only once every result of the query has been read.
    while (PGresult *more = PQgetResult(m_connection))
        PQclear(more);
    return first;
}

Status PgConnection::copyIn(const QString &sql, const QByteArray &data)
{
    {
        PgResult started(PQexec(m_connection, sql.toUtf8().constData()));
        if (PQresultStatus(started.raw()) != PGRES_COPY_IN)
            return Status::failure(error());
    }
    if (PQputCopyData(m_connection, data.constData(), int(data.size())) != 1 || PQputCopyEnd(m_connection, nullptr) != 1)
        return Status::failure(error());
    PgResult ended(PQgetResult(m_connection));
    const bool ok = PQresultStatus(ended.raw()) == PGRES_COMMAND_OK;
    while (PGresult *more = PQgetResult(m_connection))
        PQclear(more);
    return ok ? Status::success() : Status::failure(error());
}

std::optional<QByteArray> PgConnection::text(const QString &value)
{
    if (value.isEmpty()) // as in a file: empty text is stored as NULL
        return std::nullopt;
    return value.toUtf8();
}

std::optional<QByteArray> PgConnection::number(std::optional<qint64> value)
{
    if (!value)
        return std::nullopt;
    return QByteArray::number(*value);
}

} // namespace cac
