#include "db/sheets/xls/xlsformulas.h"

#include <QHash>
#include <QtEndian>

namespace cac {

namespace {
constexpr quint16 Formula = 0x0006;
constexpr quint16 BoundSheet = 0x0085;
constexpr quint16 Bof = 0x0809;
} // namespace

QHash<QString, QSet<quint32>> XlsFormulas::cells(const QByteArray &stream)
{
    const char *data = stream.constData();
    const qsizetype size = stream.size();
    QHash<quint32, QString> worksheetAt; // substream offset -> worksheet name
    QHash<QString, QSet<quint32>> formulas;
    QString current; // the worksheet whose substream is being read; empty elsewhere
    for (qsizetype at = 0; at + 4 <= size;) {
        const quint16 type = qFromLittleEndian<quint16>(data + at);
        const quint16 length = qFromLittleEndian<quint16>(data + at + 2);
        const qsizetype body = at + 4;
        if (body + length > size)
            break; // a truncated last record
        if (type == BoundSheet && length >= 6) {
            // lbPlyPos, then the sheet's state and type: 0 is a worksheet (others hold no cells).
            const quint32 position = qFromLittleEndian<quint32>(data + body);
            if (quint8(data[body + 5]) == 0 && length >= 8) {
                // The name: a count of characters, then a flag: Latin-1 bytes (0) or UTF-16 (1).
                const int count = quint8(data[body + 6]);
                const bool wide = data[body + 7] & 1;
                const qsizetype bytes = qMin<qsizetype>(wide ? 2 * count : count, length - 8);
                const char *name = data + body + 8;
                QString sheet;
                if (wide) {
                    for (qsizetype i = 0; i + 1 < bytes; i += 2)
                        sheet += QChar(qFromLittleEndian<quint16>(name + i));
                } else {
                    sheet = QString::fromLatin1(name, bytes);
                }
                worksheetAt.insert(position, sheet);
                formulas.insert(sheet, QSet<quint32>());
            }
        } else if (type == Bof) {
            current = worksheetAt.value(quint32(at));
        } else if (type == Formula && length >= 4 && !current.isEmpty()) {
            const quint16 row = qFromLittleEndian<quint16>(data + body);
            const quint16 column = qFromLittleEndian<quint16>(data + body + 2);
            formulas[current].insert(quint32(row) << 16 | column);
        }
        at = body + length;
    }
    return formulas;
}

} // namespace cac
