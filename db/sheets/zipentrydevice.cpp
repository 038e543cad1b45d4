#include "db/sheets/zipentrydevice.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

namespace cac {

ZipEntryDevice::ZipEntryDevice(const QString &zipPath, const QString &entry, qint64 *budget)
    : m_zipPath(zipPath), m_entry(entry), m_budget(budget)
{
}

ZipEntryDevice::~ZipEntryDevice()
{
    if (m_file)
        zip_fclose(m_file);
    if (m_archive)
        zip_discard(m_archive);
}

std::optional<QStringList> ZipEntryDevice::entryNames(const QString &zipPath)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return std::nullopt;
    QStringList names;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char *name = zip_get_name(archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS))
            names << QString::fromUtf8(name);
    }
    zip_discard(archive);
    return names;
}

bool ZipEntryDevice::openEntry()
{
    int error = 0;
    m_archive = zip_open(QFile::encodeName(m_zipPath).constData(), ZIP_RDONLY, &error);
    if (!m_archive) {
        setErrorString(QCoreApplication::translate("ZipEntryDevice", "not a readable zip file (libzip error %1)").arg(error));
        return false;
    }
    const zip_int64_t index = zip_name_locate(m_archive, m_entry.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0) {
        setErrorString(QCoreApplication::translate("ZipEntryDevice", "the zip has no %1").arg(m_entry));
        return false;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_archive, zip_uint64_t(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE))
        m_claimedSize = qint64(stat.size);
    m_file = zip_fopen_index(m_archive, zip_uint64_t(index), 0);
    if (!m_file) {
        setErrorString(QString::fromUtf8(zip_strerror(m_archive)));
        return false;
    }
    return open(QIODevice::ReadOnly);
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_overBudget || !m_file)
        return -1;
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(qMin(maxSize, *m_budget + 1)));
    if (n < 0) {
        setErrorString(QString::fromUtf8(zip_file_strerror(m_file)));
        return -1;
    }
    if (n > *m_budget) {
        m_overBudget = true;
        return -1;
    }
    *m_budget -= n;
    return n;
}

} // namespace cac
