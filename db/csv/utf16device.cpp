#include "db/csv/utf16device.h"

#include <cstring>

namespace cac {

Utf16Device::Utf16Device(QIODevice *source) : m_source(source), m_decoder(QStringDecoder::Utf16LE)
{
    // The BOM says the byte order; the decoder drops it.
    const QByteArray bom = source->peek(2);
    if (bom == QByteArrayView("\xFE\xFF"))
        m_decoder = QStringDecoder(QStringDecoder::Utf16BE);
    if (bom == QByteArrayView("\xFE\xFF") || bom == QByteArrayView("\xFF\xFE")) {
        source->read(2);
        m_sourceRead = 2;
    }
    open(QIODevice::ReadOnly);
}

qint64 Utf16Device::readData(char *data, qint64 maxSize)
{
    while (m_pendingPos >= m_pending.size()) {
        const QByteArray chunk = m_source->read(1 << 16);
        if (chunk.isEmpty()) {
            // A high surrogate with nothing after it, or an odd last byte.
            m_invalid = m_invalid || !m_held.isNull() || m_decoder.hasError();
            return 0;
        }
        m_sourceRead += chunk.size();
        QString text = m_decoder(chunk);
        if (!m_held.isNull())
            text.prepend(std::exchange(m_held, QChar()));
        // A pair may be split between two pieces: hold a high surrogate at the end back.
        if (!text.isEmpty() && text.back().isHighSurrogate()) {
            m_held = text.back();
            text.chop(1);
        }
        // Qt's decoder passes lone surrogates through; they are not text.
        m_invalid = m_invalid || m_decoder.hasError() || !QStringView(text).isValidUtf16();
        m_pending = text.toUtf8();
        m_pendingPos = 0;
    }
    const qint64 n = qMin<qint64>(maxSize, m_pending.size() - m_pendingPos);
    memcpy(data, m_pending.constData() + m_pendingPos, size_t(n));
    m_pendingPos += n;
    return n;
}

} // namespace cac
