#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringDecoder>

namespace cac {

// Reads a UTF-16 text device (its byte order from the BOM; little-endian without one, as
// Windows writes it) as UTF-8, a piece at a time, so that the CSV reader, which works on bytes,
// reads it like any other file. Invalid UTF-16 (a lone surrogate, an odd last byte) is noted,
// not guessed at.
class Utf16Device : public QIODevice
{
public:
    explicit Utf16Device(QIODevice *source);
    bool isSequential() const override { return true; }
    bool hasInvalidText() const { return m_invalid; }
    qint64 sourceBytesRead() const { return m_sourceRead; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
    QStringDecoder m_decoder;
    QByteArray m_pending;
    QChar m_held; // a high surrogate whose pair starts the next piece
    qsizetype m_pendingPos = 0;
    qint64 m_sourceRead = 0;
    bool m_invalid = false;
};

} // namespace cac
