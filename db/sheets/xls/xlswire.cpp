#include "db/sheets/xls/xlswire.h"

#include <QDataStream>
#include <QIODevice>

namespace cac {

namespace {
// No message of a report comes near this: a longer one is not from our reader.
constexpr quint32 MaxMessageBytes = 16 << 20;

QByteArray framed(char letter, const QByteArray &body)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.writeRawData(&letter, 1);
    s << quint32(body.size());
    s.writeRawData(body.constData(), int(body.size()));
    return out;
}

template <typename Fill>
QByteArray body(Fill fill)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    fill(s);
    return bytes;
}
} // namespace

QByteArray XlsWire::sheets(const QStringList &names)
{
    return framed('S', body([&](QDataStream &s) { s << names; }));
}

QByteArray XlsWire::record(int row, const QList<QStringView> &fields, const QList<CellKind> &kinds)
{
    return framed('R', body([&](QDataStream &s) {
                      s << qint32(row) << quint32(fields.size());
                      for (qsizetype i = 0; i < fields.size(); ++i)
                          s << fields.at(i).toString() << quint8(kinds.value(i, CellKind::Text));
                  }));
}

QByteArray XlsWire::error(const ImportIssue &issue)
{
    return framed('E', body([&](QDataStream &s) { s << qint32(issue.line) << qint32(issue.sourceColumn) << issue.message; }));
}

QByteArray XlsWire::end()
{
    return framed('Z', QByteArray());
}

XlsWire::Message XlsWire::take(QByteArray &buffer)
{
    Message message;
    if (buffer.size() < 5)
        return message;
    const char letter = buffer.at(0);
    const quint32 length = quint32(quint8(buffer.at(1))) << 24 | quint32(quint8(buffer.at(2))) << 16 |
            quint32(quint8(buffer.at(3))) << 8 | quint32(quint8(buffer.at(4)));
    if (length > MaxMessageBytes || !QByteArrayView("SREZ").contains(letter)) {
        message.kind = Kind::Invalid;
        return message;
    }
    if (buffer.size() < 5 + qsizetype(length))
        return message;
    const QByteArray bytes = buffer.mid(5, length);
    buffer.remove(0, 5 + length);
    QDataStream s(bytes);
    switch (letter) {
    case 'S':
        message.kind = Kind::Sheets;
        s >> message.sheets;
        break;
    case 'R': {
        message.kind = Kind::Record;
        qint32 row = 0;
        quint32 count = 0;
        s >> row >> count;
        message.row = row;
        for (quint32 i = 0; i < count && s.status() == QDataStream::Ok; ++i) {
            QString field;
            quint8 kind = 0;
            s >> field >> kind;
            message.fields << field;
            message.kinds << (kind <= quint8(CellKind::Boolean) ? CellKind(kind) : CellKind::Text);
        }
        break;
    }
    case 'E': {
        message.kind = Kind::Error;
        qint32 row = 0;
        qint32 column = -1;
        s >> row >> column >> message.error;
        message.row = row;
        message.column = column;
        break;
    }
    default:
        message.kind = Kind::End;
    }
    if (s.status() != QDataStream::Ok)
        message.kind = Kind::Invalid;
    return message;
}

} // namespace cac
