#pragma once

#include <QIODevice>

#include <memory>

class QuaZipFile;

// One entry of a zip file, read as a stream. Every byte read is taken from a budget shared by
// all the entries of one archive, so that a small file that expands to gigabytes (a "zip bomb")
// stops at the budget, counted on what is actually inflated, whatever sizes the zip claims.
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(const QString &zipPath, const QString &entry, qint64 *budget);
    ~ZipEntryDevice() override;
    // Opens the entry; false, with errorString() saying why, if the zip or the entry cannot be read.
    bool openEntry();
    bool isSequential() const override { return true; }
    bool overBudget() const { return m_overBudget; }
    // The size the zip claims for the entry once inflated (for progress only, never for limits).
    qint64 claimedSize() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::unique_ptr<QuaZipFile> m_file;
    qint64 *m_budget;
    bool m_overBudget = false;
};
