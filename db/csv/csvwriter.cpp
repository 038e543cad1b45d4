#include "db/csv/csvwriter.h"

#include "db/model/fieldrules.h"

CsvWriter::CsvWriter(QIODevice *device) : m_device(device) {}

bool CsvWriter::writeBom()
{
    return m_device->write("\xEF\xBB\xBF", 3) == 3;
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    m_line.clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line.append(',');
        const QByteArray cell = FieldRules::withFormulaGuard(fields.at(i)).toUtf8();
        const bool quote = cell.contains(',') || cell.contains('"') || cell.contains('\n') || cell.contains('\r') ||
                cell.startsWith(' ') || cell.endsWith(' ');
        if (quote) {
            m_line.append('"');
            for (const char c : cell) {
                if (c == '"')
                    m_line.append('"');
                m_line.append(c);
            }
            m_line.append('"');
        } else {
            m_line.append(cell);
        }
    }
    m_line.append("\r\n");
    return m_device->write(m_line) == m_line.size();
}
