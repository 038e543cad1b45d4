#include "terminalsafedevice.h"

namespace cac {

namespace {
constexpr char Replacement[] = "\xEF\xBF\xBD";

bool isC0OrDel(unsigned char c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
}
} // namespace

TerminalSafeDevice::TerminalSafeDevice(std::FILE *stream) : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

QByteArray TerminalSafeDevice::cleaned(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (isC0OrDel(c)) {
            out.append(Replacement);
        } else if (c == 0xC2 && i + 1 < bytes.size() && static_cast<unsigned char>(bytes.at(i + 1)) <= 0x9F &&
                   static_cast<unsigned char>(bytes.at(i + 1)) >= 0x80) {
            out.append(Replacement);
            ++i;
        } else {
            out.append(char(c));
        }
    }
    return out;
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size)
{
    QByteArrayView bytes(data, size);
    QByteArray held;
    if (m_afterC2) {
        // The C2 that ended the last write decides with this write's first byte.
        held.append('\xC2');
        held.append(bytes.first(qMin<qint64>(size, 1)).toByteArray());
        bytes = bytes.sliced(qMin<qint64>(size, 1));
        m_afterC2 = false;
    }
    QByteArray out = cleaned(held) + cleaned(bytes);
    if (out.endsWith('\xC2') && !bytes.isEmpty() && bytes.back() == '\xC2') {
        out.chop(1);
        m_afterC2 = true;
    }
    if (!out.isEmpty() && std::fwrite(out.constData(), 1, size_t(out.size()), m_stream) != size_t(out.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace cac
