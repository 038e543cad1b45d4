#pragma once

#include <QString>

#include <libpq-fe.h>

#include <memory>
#include <optional>

namespace cac {

// One result of libpq (PGresult), freed when it goes; values read as the text libpq gives.
class PgResult
{
public:
    explicit PgResult(PGresult *result) : m_result(result, PQclear) {}

    const PGresult *raw() const { return m_result.get(); }
    int rows() const { return PQntuples(m_result.get()); }
    bool isNull(int row, int column) const { return PQgetisnull(m_result.get(), row, column) != 0; }
    QString text(int row, int column) const { return QString::fromUtf8(PQgetvalue(m_result.get(), row, column)); }
    qint64 int64(int row, int column) const { return QByteArray(PQgetvalue(m_result.get(), row, column)).toLongLong(); }
    std::optional<int> integer(int row, int column) const
    {
        if (isNull(row, column))
            return std::nullopt;
        return QByteArray(PQgetvalue(m_result.get(), row, column)).toInt();
    }
    // The rows an INSERT, UPDATE or DELETE touched.
    qint64 affected() const { return QByteArray(PQcmdTuples(m_result.get())).toLongLong(); }

private:
    std::shared_ptr<PGresult> m_result;
};

} // namespace cac
