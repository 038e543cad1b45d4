#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringDecoder>
#include <QStringList>

// Reads CSV (RFC 4180) or tab-separated records from a device, one record at a time, so memory
// does not grow with the file. Takes UTF-8 with or without a BOM, CRLF or LF, quoted fields with
// delimiters, doubled quotes and line breaks inside. The delimiter is the comma unless the first
// line holds more tabs than commas.
class CsvReader
{
public:
    // A record (all its fields) longer than this is refused: no field of the format comes near.
    static constexpr qsizetype MaxRecordBytes = 1 << 20;
    explicit CsvReader(QIODevice *device);

    // The next record's fields, untrimmed. False at the end of the file or on an error.
    bool readRecord(QStringList &fields);
    // The same as views into the reader's own buffer, valid until the next read: no allocation
    // per field, for the import's hundreds of thousands of rows.
    bool readRecord(QList<QStringView> &fields);
    // True if every field is empty or spaces (a blank line, or a line of delimiters).
    static bool isBlank(const QList<QStringView> &fields);
    // The line (from 1) where the last record read began.
    int recordLine() const { return m_recordLine; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    char delimiter() const { return m_delimiter; }
    qint64 bytesConsumed() const { return m_consumed; }

private:
    int nextByte();
    int peekByte();
    bool refill();
    void detectDelimiter();
    void endField();
    bool decodeRecord(QList<QStringView> &fields);
    qsizetype appendPlainRun(bool inQuotes);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    int m_line = 1;
    int m_recordLine = 1;
    char m_delimiter = ',';
    bool m_atEnd = false;
    QByteArray m_bytes;               // the record's fields, one after the other
    QList<qsizetype> m_fieldEnds;     // where each field ends in m_bytes
    QString m_text;                   // m_bytes as text; the views returned point into it
    QList<qsizetype> m_textEnds;
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
    QString m_error;
};
