#pragma once

#include "db/files/fileidentity.h"
#include "db/import/importheader.h"
#include "db/result.h"

#include <QByteArray>
#include <QString>

#include <future>
#include <optional>

namespace cac {

// What recognises a file imported again: the SHA-256 of its bytes, its size, and how it is read
// (the program's version and schema, the encoding or sheet read, the columns found). The hash is
// computed on a thread of its own from the moment the import starts, so that a file seen for the
// first time costs no wait: it is asked for only when the database holds an import of a file
// with the same size and reading, or when the import is recorded at its end.
//
// The database keeps these for the imports it can recognise (ImportWriter::findRepeat): while
// nothing has been written to its agencies, contacts, reports or meta since, importing the same
// bytes again the same way would change nothing (updates only write values that differ), so
// the import says so without reading its rows. A file changed while it was being imported is
// not recorded (fileUnchanged).
class ImportFingerprint
{
public:
    // What a recorded import read, for the summary of its repeat.
    struct Counts
    {
        int rows = 0;
        int duplicateRows = 0;
        int reports = 0; // reports written from it: each one is unchanged next time
    };

    // Starts hashing the file at `path`.
    explicit ImportFingerprint(const QString &path);
    ~ImportFingerprint();
    ImportFingerprint(const ImportFingerprint &) = delete;
    ImportFingerprint &operator=(const ImportFingerprint &) = delete;

    // Whether a file with this header can be recognised: one read with the columns its header
    // names, not mapped by hand (a mapping is the database's to change) and not a reporting form
    // (which is checked against the forms issued).
    static bool canRecognise(const ImportHeader &header);
    // How the file is read: set once its header has been found.
    void setReading(const QString &sourceDescription, const ImportHeader &header);
    // What to record of a committed import that read the file this way: nothing when it warned of
    // more than its header (the other warnings, such as a hand correction overwritten, depend on
    // what the database held, and the repeat could not repeat them).
    std::optional<Counts> countsToRecord(const ImportSummary &summary) const;
    const QString &reading() const { return m_reading; }
    // Its size when the import started; -1 if it could not be looked at.
    qint64 size() const { return m_size; }
    // The SHA-256 of its bytes, as hex; waits for the hash.
    Result<QByteArray> sha256();
    // Whether the file is still the one whose bytes were hashed: same size, same modification
    // time, same file (not another moved into its place).
    bool fileUnchanged() const;

private:
    struct Stat
    {
        qint64 size = -1;
        qint64 modifiedMs = 0;
        FileIdentity identity;
        bool operator==(const Stat &) const = default;
    };
    static std::optional<Stat> statOf(const QString &path);
    static Result<QByteArray> hashOf(const QString &path);

    QString m_path;
    std::optional<Stat> m_stat;
    qint64 m_size = -1;
    QString m_reading;
    int m_headerWarnings = 0;
    std::future<Result<QByteArray>> m_hashing;
    std::optional<Result<QByteArray>> m_hash;
};

} // namespace cac
