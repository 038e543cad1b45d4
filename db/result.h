#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace cac {

// A value, or the reason there is none: how the program reports failure without dialogs. A
// Result left unread is a compiler warning (an error in CI); value() on a failure is a bug, and
// stops a debug build there rather than reading an empty optional.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    const T &value() const
    {
        Q_ASSERT_X(ok(), "Result::value", "the value of a failure");
        return *m_value;
    }
    T &value()
    {
        Q_ASSERT_X(ok(), "Result::value", "the value of a failure");
        return *m_value;
    }
    T take()
    {
        Q_ASSERT_X(ok(), "Result::take", "the value of a failure");
        return std::move(*m_value);
    }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

} // namespace cac
