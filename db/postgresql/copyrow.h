#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cac {

// One row of a bulk load in COPY's text format (PgConnection::copyIn), appended to `out` field by
// field: a tab between fields, a newline after the last (end()). \N stands for NULL, and an empty
// text is NULL, as the import binds it elsewhere; backslash, tab, newline and return are escaped.
class CopyRow
{
public:
    explicit CopyRow(QByteArray &out) : m_out(out) {}
    CopyRow &text(const QString &value);
    CopyRow &number(std::optional<qint64> value);
    void end() { m_out += '\n'; }

private:
    void separate();

    QByteArray &m_out;
    bool m_first = true;
};

} // namespace cac
