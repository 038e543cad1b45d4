#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace cac {

// A pull tokenizer for the XML of a workbook's sheet, which is most of what an .xlsx import
// reads: QXmlStreamReader decodes every byte to UTF-16 and checks every rule of XML, about
// 30 MB/s on this machine; this reads the bytes as they are and decodes only the text it is
// asked for, several times faster. It knows what sheets hold: elements with attributes (a
// prefix such as "x:" is dropped from names), character data with the five entities and
// character references, CDATA, comments and processing instructions. It refuses what no
// spreadsheet writes and what would make it costly: a DOCTYPE (and so any entity it could
// define), an encoding other than UTF-8, text that is not UTF-8, a tag or text longer than
// MaxToken, and a document that ends inside an element it opened. Views it returns stay valid
// until the next call.
class SheetXmlScanner
{
public:
    enum Token : int { StartElement, EndElement, Text, EndOfDocument, Error };
    static constexpr qsizetype MaxToken = qsizetype(64) << 20;

    explicit SheetXmlScanner(QIODevice *device);
    Token next();
    // The element's local name (StartElement and EndElement).
    QByteArrayView name() const { return m_name; }
    // The raw value of the current start element's attribute with this local name; empty if it
    // has none. Entities are left as written (sheets write none in r, s and t).
    QByteArrayView attribute(QByteArrayView localName) const;
    // The same, with its entities decoded and as text.
    QString attributeText(QByteArrayView localName);
    // After a StartElement: the element's text up to its end (elements inside it skipped), and
    // past its end. False on an error.
    bool readElementText(QString &text);
    // After a StartElement: past its end. False on an error.
    bool skipElement();
    // After a Text token: appends its text, decoded. False on an error.
    bool appendCurrentText(QString &text) { return appendText(m_text, text); }

    QString errorString() const { return m_error; }
    // The line of the document reached, from 1, for messages.
    qint64 lineNumber() const;
    qint64 bytesConsumed() const { return m_consumed + m_pos; }

private:
    // Makes at least `count` bytes from m_pos available; false at the end of the data.
    bool ensure(qsizetype count) { return m_pos + count <= m_buffer.size() || refill(count); }
    bool refill(qsizetype count);
    // The offset of `needle` at or after m_pos + from, reading more as needed; -1 if absent.
    qsizetype find(QByteArrayView needle, qsizetype from = 0);
    Token fail(const QString &message);
    static constexpr Token Skipped = Token(-1); // readTag() passed a comment or instruction
    Token readTag();
    bool appendText(QByteArrayView raw, QString &text);
    bool decodeUtf8(QByteArrayView bytes, QString &text);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;   // the next byte to read, in m_buffer
    qint64 m_consumed = 0; // bytes dropped from the front of m_buffer
    qint64 m_lines = 0;    // newlines in the dropped bytes
    bool m_atEnd = false;  // the device has no more
    bool m_started = false;
    QByteArrayView m_name;
    QByteArrayView m_attributes; // the start tag's bytes after its name
    QByteArrayView m_text;       // a Text token's raw bytes
    bool m_textIsCdata = false;
    bool m_selfClosing = false; // the start tag ended with "/>": an EndElement comes next
    int m_depth = 0;
    QString m_error;
};

} // namespace cac
