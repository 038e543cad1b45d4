#pragma once

#include <QIODevice>
#include <QStringList>

#include <optional>

struct zip;
struct zip_file;

namespace cac {

// One entry of a zip file (libzip), read as a stream. Every byte read is taken from a budget
// shared by all the entries of one archive, so that a small file that expands to gigabytes (a
// "zip bomb") stops at the budget, counted on what is actually inflated, whatever sizes the
// zip claims. (libzip, not QuaZip: QuaZip exports minizip's symbols, which then stand in for
// the system minizip that libxlsxwriter calls, and the export crashes.)
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(const QString &zipPath, const QString &entry, qint64 *budget);
    ~ZipEntryDevice() override;
    // Opens the entry (its name matched ignoring case); false, with errorString() saying why,
    // if the zip or the entry cannot be read.
    bool openEntry();
    bool isSequential() const override { return true; }
    bool overBudget() const { return m_overBudget; }
    // The size the zip claims for the entry once inflated (for progress only, never for limits).
    qint64 claimedSize() const { return m_claimedSize; }
    // `inflated` bytes of the entry read, as bytes of a file of `fileSize`, for progress.
    qint64 progress(qint64 inflated, qint64 fileSize) const
    {
        if (m_claimedSize <= 0)
            return 0;
        return qMin(fileSize, qint64(double(inflated) / double(m_claimedSize) * double(fileSize)));
    }
    // The names of a zip file's entries, or nothing if it cannot be read as a zip.
    static std::optional<QStringList> entryNames(const QString &zipPath);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QString m_zipPath;
    QString m_entry;
    zip *m_archive = nullptr;
    zip_file *m_file = nullptr;
    qint64 *m_budget;
    qint64 m_claimedSize = 0;
    bool m_overBudget = false;
};

} // namespace cac
