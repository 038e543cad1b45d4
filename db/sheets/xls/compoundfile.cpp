#include "db/sheets/xls/compoundfile.h"

#include <QCoreApplication>
#include <QtEndian>

namespace cac {

namespace {
constexpr quint32 EndOfChain = 0xFFFFFFFE;
constexpr quint32 FreeSector = 0xFFFFFFFF;

class Reader
{
public:
    explicit Reader(const QByteArray &file) : m_file(file) {}

    bool u32At(qint64 offset, quint32 &value) const
    {
        if (offset < 0 || offset + 4 > m_file.size())
            return false;
        value = qFromLittleEndian<quint32>(m_file.constData() + offset);
        return true;
    }
    quint16 u16At(qint64 offset) const
    {
        return offset + 2 <= m_file.size() ? qFromLittleEndian<quint16>(m_file.constData() + offset) : 0;
    }

    bool readHeader()
    {
        if (!m_file.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
            return false;
        const int shift = u16At(0x1E);
        const int miniShift = u16At(0x20);
        if ((shift != 9 && shift != 12) || miniShift != 6)
            return false;
        m_sectorSize = 1 << shift;
        m_miniSectorSize = 1 << miniShift;
        return u32At(0x30, m_firstDirectory) && u32At(0x38, m_miniCutoff) && u32At(0x3C, m_firstMiniFat) && readFat();
    }

    // The bytes of the chain that starts at `start`, through `fat`, in sectors of `size` taken
    // from `source` (the file, after its header, or the mini stream).
    bool chain(quint32 start, const QList<quint32> &fat, int size, const QByteArray &source, qint64 base, QByteArray &out) const
    {
        out.clear();
        quint32 sector = start;
        for (qsizetype steps = 0; sector != EndOfChain; ++steps) {
            if (sector >= quint32(fat.size()) || steps > fat.size())
                return false; // out of the table, or a loop
            const qint64 offset = base + qint64(sector) * size;
            if (offset < 0 || offset + size > source.size())
                return false;
            out.append(source.constData() + offset, size);
            sector = fat.at(sector);
        }
        return true;
    }
    bool fileChain(quint32 start, QByteArray &out) const { return chain(start, m_fat, m_sectorSize, m_file, m_sectorSize, out); }

    const QList<quint32> &fat() const { return m_fat; }
    quint32 firstDirectory() const { return m_firstDirectory; }
    quint32 miniCutoff() const { return m_miniCutoff; }
    quint32 firstMiniFat() const { return m_firstMiniFat; }
    int miniSectorSize() const { return m_miniSectorSize; }

private:
    bool readFat()
    {
        QList<quint32> fatSectors;
        for (int i = 0; i < 109; ++i) {
            quint32 s = 0;
            if (!u32At(0x4C + 4 * i, s))
                return false;
            if (s != FreeSector)
                fatSectors << s;
        }
        quint32 difat = 0;
        quint32 difatCount = 0;
        if (!u32At(0x44, difat) || !u32At(0x48, difatCount))
            return false;
        const int perSector = m_sectorSize / 4 - 1;
        for (quint32 n = 0; n < difatCount && difat != EndOfChain && difat != FreeSector; ++n) {
            const qint64 at = qint64(difat + 1) * m_sectorSize;
            for (int i = 0; i < perSector; ++i) {
                quint32 s = 0;
                if (!u32At(at + 4 * i, s))
                    return false;
                if (s != FreeSector)
                    fatSectors << s;
            }
            if (!u32At(at + 4 * perSector, difat))
                return false;
        }
        const qint64 sectors = m_file.size() / m_sectorSize;
        for (const quint32 s : std::as_const(fatSectors)) {
            if (qint64(s) + 1 >= sectors + 1)
                return false;
            for (int i = 0; i < m_sectorSize / 4; ++i) {
                quint32 next = 0;
                if (!u32At(qint64(s + 1) * m_sectorSize + 4 * i, next))
                    return false;
                m_fat << next;
            }
        }
        return !m_fat.isEmpty();
    }

    const QByteArray &m_file;
    int m_sectorSize = 512;
    int m_miniSectorSize = 64;
    quint32 m_firstDirectory = 0;
    quint32 m_miniCutoff = 4096;
    quint32 m_firstMiniFat = EndOfChain;
    QList<quint32> m_fat;
};
} // namespace

Result<QByteArray> CompoundFile::readStream(const QByteArray &file, const QStringList &names)
{
    const auto damaged = [] {
        return Result<QByteArray>::failure(
                QCoreApplication::translate("CompoundFile", "the workbook is damaged (its container cannot be read)"));
    };
    Reader reader(file);
    if (!reader.readHeader())
        return damaged();
    QByteArray directory;
    if (!reader.fileChain(reader.firstDirectory(), directory) || directory.size() < 128)
        return damaged();
    const auto entryName = [&directory](qsizetype at) {
        const int bytes = qMin<int>(qFromLittleEndian<quint16>(directory.constData() + at + 64), 64);
        QString name;
        for (int i = 0; i + 2 < bytes; i += 2) // the count includes the terminating NUL
            name += QChar(qFromLittleEndian<quint16>(directory.constData() + at + i));
        return name;
    };
    const quint32 rootStart = qFromLittleEndian<quint32>(directory.constData() + 116);
    for (qsizetype at = 0; at + 128 <= directory.size(); at += 128) {
        if (directory.at(at + 66) != 2 || !names.contains(entryName(at), Qt::CaseInsensitive))
            continue;
        const quint32 start = qFromLittleEndian<quint32>(directory.constData() + at + 116);
        const quint32 size = qFromLittleEndian<quint32>(directory.constData() + at + 120);
        QByteArray stream;
        if (size >= reader.miniCutoff()) {
            if (!reader.fileChain(start, stream))
                return damaged();
        } else {
            // A small stream lives in the mini stream, in 64-byte sectors of its own table.
            QByteArray miniStream;
            QByteArray miniFatBytes;
            if (!reader.fileChain(rootStart, miniStream) || !reader.fileChain(reader.firstMiniFat(), miniFatBytes))
                return damaged();
            QList<quint32> miniFat;
            for (qsizetype i = 0; i + 4 <= miniFatBytes.size(); i += 4)
                miniFat << qFromLittleEndian<quint32>(miniFatBytes.constData() + i);
            if (!reader.chain(start, miniFat, reader.miniSectorSize(), miniStream, 0, stream))
                return damaged();
        }
        if (stream.size() < qsizetype(size))
            return damaged();
        stream.truncate(size);
        return stream;
    }
    return Result<QByteArray>::failure(QCoreApplication::translate("CompoundFile", "the file has no workbook in it"));
}

} // namespace cac
