#include "db/csv/textencoding.h"

#include <QStringList>

namespace cac {

namespace {
// Windows-1252 0x80-0x9F; 0 marks the five bytes the code page leaves undefined.
constexpr char16_t Cp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                     0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                     0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// A UTF-8 validator that can be fed in pieces: `need` continuation bytes are still expected,
// and the next one must lie in [low, high] (which rules out overlong forms and surrogates).
struct Utf8State
{
    int need = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;

    bool feed(QByteArrayView bytes)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
        const auto *end = p + bytes.size();
        while (p < end) {
            if (need == 0) {
                // ASCII runs, the common case, eight bytes at a time.
                while (end - p >= 8) {
                    quint64 word;
                    memcpy(&word, p, 8);
                    if (word & 0x8080808080808080ULL)
                        break;
                    p += 8;
                }
                if (p == end)
                    break;
                const unsigned char c = *p++;
                if (c < 0x80)
                    continue;
                low = 0x80;
                high = 0xBF;
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    need = 2;
                    if (c == 0xE0)
                        low = 0xA0;
                    else if (c == 0xED)
                        high = 0x9F;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    need = 3;
                    if (c == 0xF0)
                        low = 0x90;
                    else if (c == 0xF4)
                        high = 0x8F;
                } else {
                    return false;
                }
            } else {
                const unsigned char c = *p++;
                if (c < low || c > high)
                    return false;
                low = 0x80;
                high = 0xBF;
                --need;
            }
        }
        return true;
    }
};
} // namespace

QString TextEncoding::name(Kind kind)
{
    switch (kind) {
    case Utf8:
        return QStringLiteral("UTF-8");
    case Utf16:
        return QStringLiteral("UTF-16");
    case Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QString();
}

std::optional<TextEncoding::Kind> TextEncoding::fromName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(u'-').remove(u'_').remove(u' ');
    if (n == u"utf8")
        return Utf8;
    if (n == u"utf16")
        return Utf16;
    if (n == u"windows1252" || n == u"cp1252" || n == u"ansi")
        return Windows1252;
    return std::nullopt;
}

QString TextEncoding::acceptedNames()
{
    return QStringLiteral("utf-8, utf-16, windows-1252");
}

bool TextEncoding::isUtf8Throughout(QIODevice &device)
{
    Utf8State state;
    for (;;) {
        const QByteArray chunk = device.read(1 << 20);
        if (chunk.isEmpty())
            return state.need == 0;
        if (!state.feed(chunk))
            return false;
    }
}

void TextEncoding::appendWindows1252(QByteArrayView bytes, QString &text)
{
    const qsizetype start = text.size();
    text.resize(start + bytes.size());
    QChar *out = text.data() + start;
    for (const char b : bytes) {
        const auto c = static_cast<unsigned char>(b);
        const char16_t high = c >= 0x80 && c <= 0x9F ? Cp1252High[c - 0x80] : 0;
        *out++ = QChar(high ? high : char16_t(c));
    }
}

} // namespace cac
