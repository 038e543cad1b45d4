#include "db/csv/csvreader.h"

#include <QCoreApplication>

namespace cac {

namespace {
constexpr qint64 ChunkSize = 1 << 20;

// What a file that is not CSV text is, from its first bytes, and what to do with it.
QString notCsvText(const QByteArray &head)
{
    if (head.startsWith("PK\x03\x04"))
        return QCoreApplication::translate(
                "CsvReader",
                "a zip file, such as an Excel workbook (.xlsx) or OpenDocument sheet (.ods): open it in your "
                "spreadsheet program, save it as \"CSV UTF-8\", and import that");
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return QCoreApplication::translate("CsvReader",
                                           "an Excel 97-2003 workbook (.xls): open it in your spreadsheet program, save it as "
                                           "\"CSV UTF-8\", and import that");
    if (head.startsWith(QByteArray("SQLite format 3\0", 16)))
        return QCoreApplication::translate("CsvReader", "an SQLite database, not a CSV file: open it with File > Open instead");
    return QString();
}
} // namespace

CsvReader::CsvReader(QIODevice *device, std::optional<TextEncoding::Kind> encoding) : m_device(device)
{
    chooseEncoding(encoding);
    refill();
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_consumed = 3;
    }
    detectDelimiter();
    // A known kind of file that is not CSV text, or a NUL byte early on (a binary file): say so
    // at once, with what to do, rather than complain about its text.
    if (m_error.isEmpty())
        m_error = notCsvText(m_buffer);
    const qsizetype nul = m_buffer.indexOf('\0');
    if (m_error.isEmpty() && nul >= 0) {
        m_recordLine = int(QByteArrayView(m_buffer).first(nul).count('\n')) + 1;
        m_error = QCoreApplication::translate("CsvReader", "binary data (a NUL byte): this is not a CSV text file");
    }
}

void CsvReader::chooseEncoding(std::optional<TextEncoding::Kind> named)
{
    const QByteArray head = m_device->peek(3);
    const bool utf16Bom = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    if (named)
        m_encoding = *named;
    else if (utf16Bom)
        m_encoding = TextEncoding::Utf16;
    else if (head.startsWith("\xEF\xBB\xBF") || m_device->isSequential())
        m_encoding = TextEncoding::Utf8;
    else {
        // Read once to the end to see whether it is all UTF-8, then read it again from here.
        const qint64 start = m_device->pos();
        m_encoding = TextEncoding::isUtf8Throughout(*m_device) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
        m_device->seek(start);
    }
    if (m_encoding == TextEncoding::Utf16) {
        m_utf16 = std::make_unique<Utf16Device>(m_device);
        m_device = m_utf16.get();
    }
}

qint64 CsvReader::bytesConsumed() const
{
    // Progress is measured in the file's own bytes.
    return m_utf16 ? m_utf16->sourceBytesRead() : m_consumed;
}

bool CsvReader::read(SourceRecord &record)
{
    record.kinds.clear();
    const bool read = readRecord(record.fields);
    record.row = m_recordLine;
    return read;
}

ImportIssue CsvReader::error() const
{
    return {m_recordLine, QString(), QString(), m_error};
}

QString CsvReader::description() const
{
    return QCoreApplication::translate("CsvReader", "CSV, %1").arg(TextEncoding::name(m_encoding));
}

bool CsvReader::refill()
{
    if (m_atEnd)
        return false;
    m_buffer = m_device->read(ChunkSize);
    m_pos = 0;
    if (m_utf16 && m_utf16->hasInvalidText() && m_error.isEmpty()) {
        m_error = QCoreApplication::translate("CsvReader", "text that is not valid UTF-16 (a lone surrogate)");
        m_atEnd = true;
        return false;
    }
    if (m_buffer.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    return true;
}

int CsvReader::nextByte()
{
    if (m_pos >= m_buffer.size() && !refill())
        return -1;
    ++m_consumed;
    return static_cast<unsigned char>(m_buffer.at(m_pos++));
}

int CsvReader::peekByte()
{
    if (m_pos >= m_buffer.size() && !refill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

void CsvReader::detectDelimiter()
{
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    m_delimiter = tabs > commas ? '\t' : ',';
}

void CsvReader::endField()
{
    m_fieldEnds.append(m_bytes.size());
}

bool CsvReader::decodeRecord(QList<QStringView> &fields)
{
    // Most records are ASCII: those are widened byte by byte into the reused buffer, and field
    // ends stay where they were. Others go through the UTF-8 decoder a field at a time.
    bool ascii = true;
    for (const char c : std::as_const(m_bytes)) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    bool badText = false;
    if (ascii) {
        m_text.resize(m_bytes.size());
        QChar *out = m_text.data();
        for (const char c : std::as_const(m_bytes))
            *out++ = QLatin1Char(c);
    } else {
        m_text.resize(0);
        m_textEnds.clear();
        qsizetype start = 0;
        for (const qsizetype end : std::as_const(m_fieldEnds)) {
            const QByteArrayView field = QByteArrayView(m_bytes).sliced(start, end - start);
            if (m_encoding == TextEncoding::Windows1252) {
                TextEncoding::appendWindows1252(field, m_text);
            } else {
                m_text += m_decoder(field);
                badText = badText || m_decoder.hasError();
            }
            m_textEnds.append(m_text.size());
            start = end;
        }
    }
    // An ASCII record's field ends are the same in bytes and in characters.
    const QList<qsizetype> &ends = ascii ? m_fieldEnds : m_textEnds;
    qsizetype start = 0;
    for (const qsizetype end : ends) {
        fields.append(QStringView(m_text).sliced(start, end - start));
        start = end;
    }
    return !badText;
}

qsizetype CsvReader::appendPlainRun(bool inQuotes)
{
    // Copies the run of ordinary bytes at m_pos into the field in one go.
    const char *begin = m_buffer.constData() + m_pos;
    const char *end = m_buffer.constData() + m_buffer.size();
    const char *p = begin;
    if (inQuotes) {
        while (p < end && *p != '"' && *p != '\n' && *p != '\0')
            ++p;
    } else {
        while (p < end && *p != m_delimiter && *p != '"' && *p != '\n' && *p != '\r' && *p != '\0')
            ++p;
    }
    const qsizetype n = p - begin;
    m_bytes.append(begin, n);
    m_pos += n;
    m_consumed += n;
    return n;
}

bool CsvReader::readRecord(QStringList &fields)
{
    QList<QStringView> views;
    const bool read = readRecord(views);
    fields.clear();
    for (const QStringView view : std::as_const(views))
        fields << (view.isEmpty() ? QString() : view.toString());
    return read;
}

bool CsvReader::readRecord(QList<QStringView> &fields)
{
    fields.clear();
    m_bytes.resize(0); // resize, not clear: keep the allocation for the next record
    m_fieldEnds.clear();
    if (hasError())
        return false;
    int c = nextByte();
    if (c == -1)
        return false;
    m_recordLine = m_line;
    bool inQuotes = false;
    int quoteLine = 0;
    const auto fieldIsEmpty = [this] { return m_bytes.size() == (m_fieldEnds.isEmpty() ? 0 : m_fieldEnds.last()); };
    for (;; c = nextByte()) {
        if (m_bytes.size() > MaxRecordBytes) {
            // One record of megabytes is not a report: refuse it before it takes the memory.
            m_error = QCoreApplication::translate("CsvReader",
                                                  "the record is longer than %1 MiB; no field of the format is that long")
                              .arg(MaxRecordBytes >> 20);
            return false;
        }
        if (c > 0 && c != '"' && c != '\n' && c != '\r' && c != m_delimiter) {
            m_bytes.append(char(c));
            appendPlainRun(inQuotes);
            continue;
        }
        if (c == 0) {
            m_error = QCoreApplication::translate("CsvReader", "binary data (a NUL byte): this is not a CSV text file");
            m_recordLine = m_line;
            return false;
        }
        if (inQuotes) {
            if (c == -1) {
                m_error = QCoreApplication::translate("CsvReader", "a quoted field opened on line %1 is never closed")
                                  .arg(quoteLine);
                return false;
            }
            if (c == '"') {
                if (peekByte() == '"') {
                    nextByte();
                    m_bytes.append('"');
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                m_bytes.append(char(c));
            }
            continue;
        }
        if (c == '"' && fieldIsEmpty()) {
            inQuotes = true;
            quoteLine = m_line;
        } else if (c == m_delimiter) {
            endField();
        } else if (c == '\r' || c == '\n' || c == -1) {
            if (c == '\r' && peekByte() == '\n')
                nextByte();
            if (c != -1)
                ++m_line;
            endField();
            break;
        } else {
            m_bytes.append(char(c));
        }
    }
    if (!decodeRecord(fields)) {
        fields.clear();
        m_error = QCoreApplication::translate(
                "CsvReader",
                "text that is not UTF-8; if the file came from Excel or LibreOffice on Windows, import "
                "it with the encoding Windows-1252 (--encoding windows-1252)");
        return false;
    }
    return true;
}

} // namespace cac
