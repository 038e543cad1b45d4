#include "db/csv/csvwriter.h"

#include "db/model/fieldrules.h"

#include <algorithm>
#include <charconv>

namespace cac {

CsvWriter::CsvWriter(QIODevice *device) : m_device(device)
{
    m_line.reserve(4096); // a record's line, reused: cleared, never shrunk
}

bool CsvWriter::writeBom()
{
    return m_device->write("\xEF\xBB\xBF", 3) == 3;
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    for (const QString &field : fields)
        addText(field);
    return endRecord();
}

void CsvWriter::separate()
{
    if (!m_firstCell)
        m_line.append(',');
    m_firstCell = false;
}

void CsvWriter::addText(QStringView cell)
{
    separate();
    if (cell.isEmpty())
        return;
    bool ascii = true;
    bool quote = cell.front() == u' ' || cell.back() == u' ';
    for (const QChar c : cell) {
        ascii = ascii && c.unicode() < 0x80;
        quote = quote || c == u',' || c == u'"' || c == u'\n' || c == u'\r';
    }
    if (quote)
        m_line.append('"');
    if (FieldRules::needsFormulaGuard(cell))
        m_line.append('\'');
    if (ascii && !quote) {
        // The common cell, appended byte by byte without a UTF-8 copy.
        const qsizetype at = m_line.size();
        m_line.resize(at + cell.size());
        char *out = m_line.data() + at;
        for (const QChar c : cell)
            *out++ = char(c.unicode());
    } else {
        const QByteArray utf8 = cell.toUtf8();
        for (const char c : utf8) {
            if (c == '"' && quote)
                m_line.append('"');
            m_line.append(c);
        }
    }
    if (quote)
        m_line.append('"');
}

void CsvWriter::addUtf8(QByteArrayView cell)
{
    // Plain ASCII that no rule touches, the common cell, is copied as it is; anything else (a
    // character a formula or a quote could start with, a separator, a byte above 127, which is
    // also checked for being UTF-8) takes the way of text.
    static constexpr auto plain = [](char c) { return c >= 0x20 && c < 0x7f && c != ',' && c != '"'; };
    const auto guardable = [](char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\'' || first == ' ';
    };
    if (cell.isEmpty() || guardable(cell.front()) || cell.back() == ' ' || !std::all_of(cell.begin(), cell.end(), plain)) {
        addText(QString::fromUtf8(cell));
        return;
    }
    separate();
    m_line.append(cell);
}

void CsvWriter::addNumber(qint64 number)
{
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    m_line.append(digits, end - digits);
}

bool CsvWriter::endRecord()
{
    m_line.append("\r\n");
    const bool written = m_device->write(m_line) == m_line.size();
    m_line.resize(0); // keeps its capacity (clear() would free it)
    m_firstCell = true;
    return written;
}

} // namespace cac
