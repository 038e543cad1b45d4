#include "db/postgresql/copyrow.h"

namespace cac {

void CopyRow::separate()
{
    if (!m_first)
        m_out += '\t';
    m_first = false;
}

CopyRow &CopyRow::text(const QString &value)
{
    separate();
    if (value.isEmpty()) {
        m_out += "\\N";
        return *this;
    }
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '\\':
            m_out += "\\\\";
            break;
        case '\t':
            m_out += "\\t";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        default:
            m_out += c;
        }
    }
    return *this;
}

CopyRow &CopyRow::number(std::optional<qint64> value)
{
    separate();
    if (value)
        m_out += QByteArray::number(*value);
    else
        m_out += "\\N";
    return *this;
}

} // namespace cac
