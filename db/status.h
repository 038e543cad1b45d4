#pragma once

#include <QString>

#include <utility>

namespace cac {

// Success, or a message that says what failed; for operations that return nothing else. A Status
// left unread is a compiler warning (an error in CI).
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status success() { return Status(); }
    static Status failure(QString message)
    {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(message);
        return s;
    }

    bool ok() const { return !m_failed; }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace cac
