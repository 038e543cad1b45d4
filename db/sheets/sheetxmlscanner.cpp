#include "db/sheets/sheetxmlscanner.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace cac {

namespace {

constexpr qsizetype Chunk = qsizetype(256) << 10;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QByteArrayView localName(QByteArrayView name)
{
    for (qsizetype i = name.size() - 1; i >= 0; --i) {
        if (name.at(i) == ':')
            return name.sliced(i + 1);
    }
    return name;
}

QByteArrayView trimmed(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && isSpace(bytes.front()))
        bytes = bytes.sliced(1);
    while (!bytes.isEmpty() && isSpace(bytes.back()))
        bytes.chop(1);
    return bytes;
}

// Sheets hold a newline or two in megabytes: memchr from one to the next.
qint64 newlines(QByteArrayView bytes)
{
    qint64 count = 0;
    const char *at = bytes.data();
    const char *end = at + bytes.size();
    while (at < end && (at = static_cast<const char *>(memchr(at, '\n', size_t(end - at))))) {
        ++count;
        ++at;
    }
    return count;
}

void appendUtf8(QByteArray &out, char32_t code)
{
    const char32_t one[] = {code};
    out += QString::fromUcs4(one, 1).toUtf8();
}

} // namespace

SheetXmlScanner::SheetXmlScanner(QIODevice *device) : m_device(device) {}

bool SheetXmlScanner::refill(qsizetype count)
{
    if (count > MaxToken)
        return false;
    if (m_pos > 0) {
        m_lines += newlines(QByteArrayView(m_buffer.constData(), m_pos));
        m_consumed += m_pos;
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    while (m_buffer.size() < count && !m_atEnd) {
        const qsizetype before = m_buffer.size();
        const qsizetype wanted = std::max(Chunk, count - before);
        m_buffer.resize(before + wanted);
        const qint64 read = m_device->read(m_buffer.data() + before, wanted);
        m_buffer.resize(before + std::max<qint64>(read, 0));
        if (read <= 0)
            m_atEnd = true;
    }
    return m_buffer.size() >= count;
}

qsizetype SheetXmlScanner::find(QByteArrayView needle, qsizetype from)
{
    qsizetype searched = from;
    for (;;) {
        const QByteArrayView available(m_buffer.constData() + m_pos, m_buffer.size() - m_pos);
        if (searched < available.size()) {
            const qsizetype at = available.indexOf(needle, searched);
            if (at >= 0)
                return at;
        }
        if (m_atEnd || available.size() >= MaxToken)
            return -1;
        // Not there yet: search the bytes read next, overlapping the needle's length.
        searched = std::max(from, available.size() - needle.size() + 1);
        const qsizetype wanted = std::min(available.size() + Chunk, MaxToken);
        if (wanted <= available.size())
            return -1;
        ensure(wanted);
    }
}

SheetXmlScanner::Token SheetXmlScanner::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return Error;
}

qint64 SheetXmlScanner::lineNumber() const
{
    return m_lines + newlines(QByteArrayView(m_buffer.constData(), std::min(m_pos, m_buffer.size()))) + 1;
}

SheetXmlScanner::Token SheetXmlScanner::next()
{
    if (!m_error.isEmpty())
        return Error;
    if (m_selfClosing) {
        m_selfClosing = false;
        --m_depth;
        return EndElement;
    }
    if (!m_started) {
        m_started = true;
        ensure(4);
        const QByteArrayView head(m_buffer.constData(), std::min<qsizetype>(m_buffer.size(), 4));
        if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") || (head.size() >= 2 && head.at(0) == '\0'))
            return fail(QCoreApplication::translate("SheetXmlScanner",
                                                    "the sheet is not in UTF-8; open the workbook and save it again"));
        if (head.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    if (!ensure(1)) {
        if (m_depth > 0)
            return fail(QCoreApplication::translate("SheetXmlScanner", "the document ends inside an element"));
        return EndOfDocument;
    }
    if (m_buffer.at(m_pos) == '<') {
        // A loop, not recursion: a sheet of a million comments must not exhaust the stack.
        Token token = readTag();
        while (token == Skipped && ensure(1) && m_buffer.at(m_pos) == '<')
            token = readTag();
        if (token != Skipped)
            return token;
        return next();
    }
    qsizetype end = find("<");
    if (end < 0) {
        if (!m_atEnd)
            return fail(QCoreApplication::translate("SheetXmlScanner", "a text longer than %1 MiB").arg(MaxToken >> 20));
        end = m_buffer.size() - m_pos;
    }
    m_text = QByteArrayView(m_buffer.constData() + m_pos, end);
    m_textIsCdata = false;
    m_pos += end;
    return Text;
}

SheetXmlScanner::Token SheetXmlScanner::readTag()
{
    if (!ensure(2))
        return fail(QCoreApplication::translate("SheetXmlScanner", "the document ends inside a tag"));
    const char second = m_buffer.at(m_pos + 1);
    const auto skipTo = [this](QByteArrayView close, qsizetype from) {
        const qsizetype end = find(close, from);
        if (end < 0)
            return false;
        m_pos += end + close.size();
        return true;
    };
    if (second == '?') {
        const qsizetype end = find("?>", 2);
        if (end < 0)
            return fail(QCoreApplication::translate("SheetXmlScanner", "the document ends inside a processing instruction"));
        const QByteArrayView instruction(m_buffer.constData() + m_pos, end);
        const qsizetype encoding = instruction.indexOf("encoding");
        if (instruction.startsWith("<?xml") && encoding >= 0) {
            const QByteArray declared = instruction.sliced(encoding).toByteArray().toLower();
            if (!declared.contains("utf-8") && !declared.contains("utf8"))
                return fail(QCoreApplication::translate("SheetXmlScanner",
                                                        "the sheet is not in UTF-8; open the workbook and save it again"));
        }
        m_pos += end + 2;
        return Skipped;
    }
    if (second == '!') {
        ensure(9);
        const QByteArrayView head(m_buffer.constData() + m_pos, std::min<qsizetype>(9, m_buffer.size() - m_pos));
        if (head.startsWith("<!--"))
            return skipTo("-->", 4) ? Skipped
                                    : fail(QCoreApplication::translate("SheetXmlScanner", "the document ends inside a comment"));
        if (head == QByteArrayView("<![CDATA[")) {
            const qsizetype end = find("]]>", 9);
            if (end < 0)
                return fail(QCoreApplication::translate("SheetXmlScanner", "the document ends inside a CDATA section"));
            m_text = QByteArrayView(m_buffer.constData() + m_pos + 9, end - 9);
            m_textIsCdata = true;
            m_pos += end + 3;
            return Text;
        }
        return fail(QCoreApplication::translate("SheetXmlScanner",
                                                "a DOCTYPE or declaration, which no spreadsheet writes in a sheet"));
    }
    // A start or end tag: up to the '>' that is not inside a quoted attribute value.
    qsizetype i = 1;
    char quote = 0;
    for (bool closed = false; !closed;) {
        if (!ensure(i + 1))
            return fail(i + 1 > MaxToken
                                ? QCoreApplication::translate("SheetXmlScanner", "a tag longer than %1 MiB").arg(MaxToken >> 20)
                                : QCoreApplication::translate("SheetXmlScanner", "the document ends inside a tag"));
        // The bytes read so far, scanned without a call per byte.
        const char *data = m_buffer.constData() + m_pos;
        const qsizetype available = m_buffer.size() - m_pos;
        for (; i < available; ++i) {
            const char c = data[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                closed = true;
                break;
            } else if (c == '<') {
                return fail(QCoreApplication::translate("SheetXmlScanner", "a '<' inside a tag"));
            }
        }
    }
    QByteArrayView tag(m_buffer.constData() + m_pos + 1, i - 1);
    m_pos += i + 1;
    if (tag.startsWith('/')) {
        m_name = localName(trimmed(tag.sliced(1)));
        if (--m_depth < 0)
            return fail(QCoreApplication::translate("SheetXmlScanner", "an end tag without its start"));
        return EndElement;
    }
    m_selfClosing = tag.endsWith('/');
    if (m_selfClosing)
        tag.chop(1);
    qsizetype nameEnd = 0;
    while (nameEnd < tag.size() && !isSpace(tag.at(nameEnd)))
        ++nameEnd;
    if (nameEnd == 0)
        return fail(QCoreApplication::translate("SheetXmlScanner", "a tag without a name"));
    m_name = localName(tag.first(nameEnd));
    m_attributes = tag.sliced(nameEnd);
    ++m_depth;
    return StartElement;
}

QByteArrayView SheetXmlScanner::attribute(QByteArrayView wanted) const
{
    const QByteArrayView a = m_attributes;
    qsizetype i = 0;
    while (i < a.size()) {
        while (i < a.size() && isSpace(a.at(i)))
            ++i;
        const qsizetype nameStart = i;
        while (i < a.size() && a.at(i) != '=' && !isSpace(a.at(i)))
            ++i;
        const QByteArrayView name = a.sliced(nameStart, i - nameStart);
        while (i < a.size() && (isSpace(a.at(i)) || a.at(i) == '='))
            ++i;
        if (i >= a.size() || (a.at(i) != '"' && a.at(i) != '\''))
            return {};
        const char quote = a.at(i++);
        const qsizetype valueStart = i;
        while (i < a.size() && a.at(i) != quote)
            ++i;
        const QByteArrayView value = a.sliced(valueStart, i - valueStart);
        ++i;
        if (localName(name) == wanted)
            return value;
    }
    return {};
}

QString SheetXmlScanner::attributeText(QByteArrayView localName)
{
    QString text;
    const bool cdata = m_textIsCdata;
    m_textIsCdata = false;
    appendText(attribute(localName), text);
    m_textIsCdata = cdata;
    return text;
}

bool SheetXmlScanner::decodeUtf8(QByteArrayView bytes, QString &text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text += decoder(bytes);
    if (decoder.hasError()) {
        fail(QCoreApplication::translate("SheetXmlScanner", "text that is not UTF-8"));
        return false;
    }
    return true;
}

bool SheetXmlScanner::appendText(QByteArrayView raw, QString &text)
{
    if (m_textIsCdata || !raw.contains('&'))
        return decodeUtf8(raw, text);
    QByteArray decoded;
    decoded.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '&') {
            decoded += raw.at(i);
            continue;
        }
        const qsizetype semicolon = raw.indexOf(';', i);
        if (semicolon < 0 || semicolon - i > 12) {
            fail(QCoreApplication::translate("SheetXmlScanner", "an '&' that starts no entity"));
            return false;
        }
        const QByteArrayView entity = raw.sliced(i + 1, semicolon - i - 1);
        i = semicolon;
        if (entity == "lt") {
            decoded += '<';
        } else if (entity == "gt") {
            decoded += '>';
        } else if (entity == "amp") {
            decoded += '&';
        } else if (entity == "quot") {
            decoded += '"';
        } else if (entity == "apos") {
            decoded += '\'';
        } else if (entity.startsWith('#')) {
            bool ok = false;
            const uint code = entity.startsWith("#x") ? entity.sliced(2).toUInt(&ok, 16) : entity.sliced(1).toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
                fail(QCoreApplication::translate("SheetXmlScanner", "a character reference to no character (&%1;)")
                             .arg(QString::fromLatin1(entity)));
                return false;
            }
            appendUtf8(decoded, char32_t(code));
        } else {
            fail(QCoreApplication::translate("SheetXmlScanner", "an entity XML does not define (&%1;)")
                         .arg(QString::fromLatin1(entity.first(std::min<qsizetype>(entity.size(), 10)))));
            return false;
        }
    }
    return decodeUtf8(decoded, text);
}

bool SheetXmlScanner::readElementText(QString &text)
{
    for (;;) {
        switch (next()) {
        case Text:
            if (!appendText(m_text, text))
                return false;
            break;
        case StartElement:
            if (!skipElement())
                return false;
            break;
        case EndElement:
            return true;
        case EndOfDocument:
            fail(QCoreApplication::translate("SheetXmlScanner", "the document ends inside an element"));
            return false;
        case Error:
            return false;
        }
    }
}

bool SheetXmlScanner::skipElement()
{
    int depth = 1;
    for (;;) {
        switch (next()) {
        case StartElement:
            ++depth;
            break;
        case EndElement:
            if (--depth == 0)
                return true;
            break;
        case Text:
            break;
        case EndOfDocument:
            fail(QCoreApplication::translate("SheetXmlScanner", "the document ends inside an element"));
            return false;
        case Error:
            return false;
        }
    }
}

} // namespace cac
