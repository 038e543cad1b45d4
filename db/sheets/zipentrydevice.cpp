#include "db/sheets/zipentrydevice.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

ZipEntryDevice::ZipEntryDevice(const QString &zipPath, const QString &entry, qint64 *budget)
    : m_file(std::make_unique<QuaZipFile>(zipPath, entry, QuaZip::csInsensitive)), m_budget(budget)
{
}

ZipEntryDevice::~ZipEntryDevice() = default;

bool ZipEntryDevice::openEntry()
{
    if (!m_file->open(QIODevice::ReadOnly)) {
        setErrorString(QStringLiteral("zip error %1").arg(m_file->getZipError()));
        return false;
    }
    return open(QIODevice::ReadOnly);
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_overBudget)
        return -1;
    const qint64 n = m_file->read(data, qMin(maxSize, *m_budget + 1));
    if (n < 0) {
        setErrorString(QStringLiteral("zip error %1").arg(m_file->getZipError()));
        return -1;
    }
    if (n > *m_budget) {
        m_overBudget = true;
        return -1;
    }
    *m_budget -= n;
    return n;
}

qint64 ZipEntryDevice::claimedSize() const
{
    return m_file->usize();
}
