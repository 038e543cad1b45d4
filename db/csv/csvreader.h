#pragma once

#include "db/csv/textencoding.h"
#include "db/csv/utf16device.h"
#include "db/import/rows/recordsource.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringDecoder>
#include <QStringList>

#include <memory>
#include <optional>

namespace cac {

// Reads CSV (RFC 4180) or tab-separated records from a device, one record at a time, so memory
// does not grow with the file. CRLF or LF, quoted fields with delimiters, doubled quotes and
// line breaks inside. The delimiter is the comma unless the first line holds more tabs than
// commas. The encoding is the one named, or else found: a BOM says UTF-8 or UTF-16; without
// one, a file that is UTF-8 throughout is UTF-8 and any other is Windows-1252 (a device that
// cannot be read twice, such as a pipe, is taken as UTF-8).
class CsvReader : public RecordSource
{
public:
    // A record (all its fields) longer than this is refused: no field of the format comes near.
    static constexpr qsizetype MaxRecordBytes = 1 << 20;
    explicit CsvReader(QIODevice *device, std::optional<TextEncoding::Kind> encoding = std::nullopt);
    TextEncoding::Kind encoding() const { return m_encoding; }

    bool read(SourceRecord &record) override;
    ImportIssue error() const override;
    QString description() const override;

    // The next record's fields, untrimmed. False at the end of the file or on an error.
    bool readRecord(QStringList &fields);
    // The same as views into the reader's own buffer, valid until the next read: no allocation
    // per field, for the import's hundreds of thousands of rows.
    bool readRecord(QList<QStringView> &fields);
    // The line (from 1) where the last record read began.
    int recordLine() const { return m_recordLine; }
    bool hasError() const override { return !m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    char delimiter() const { return m_delimiter; }
    qint64 bytesConsumed() const override;

private:
    void chooseEncoding(std::optional<TextEncoding::Kind> named);
    int nextByte();
    int peekByte();
    bool refill();
    void detectDelimiter();
    void endField();
    bool decodeRecord(QList<QStringView> &fields);
    qsizetype appendPlainRun(bool inQuotes);

    QIODevice *m_device;
    std::unique_ptr<Utf16Device> m_utf16; // between the file and m_device, for UTF-16 text
    TextEncoding::Kind m_encoding = TextEncoding::Utf8;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    int m_line = 1;
    int m_recordLine = 1;
    char m_delimiter = ',';
    bool m_atEnd = false;
    QByteArray m_bytes;           // the record's fields, one after the other
    QList<qsizetype> m_fieldEnds; // where each field ends in m_bytes
    QString m_text;               // m_bytes as text; the views returned point into it
    QList<qsizetype> m_textEnds;
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
    QString m_error;
};

} // namespace cac
