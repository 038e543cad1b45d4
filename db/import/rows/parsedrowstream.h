#pragma once

#include "db/import/importissue.h"
#include "db/import/rows/importrow.h"
#include "db/import/rows/importrowparser.h"
#include "db/import/rows/recordsource.h"

#include <QList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace cac {

// A data record of an import file, parsed: the row, or the values refused in it.
struct ParsedRow
{
    ImportRow row;
    QList<ImportIssue> issues; // empty when the row parsed
};

// Reads and parses an import file's data records on a thread of its own, a batch at a time,
// while the caller writes the batches before them: on two cores the reading and checking then
// cost (almost) no time of their own. At most MaxWaiting batches wait, so memory stays flat in
// the size of the file. Blank records are skipped. The source belongs to the stream's thread
// until the stream is destroyed (or finished, when next() returns false); ask it for its error
// only after that.
class ParsedRowStream
{
public:
    ParsedRowStream(RecordSource &source, const ImportRowParser &parser);
    ~ParsedRowStream(); // stops the thread and waits for it
    ParsedRowStream(const ParsedRowStream &) = delete;
    ParsedRowStream &operator=(const ParsedRowStream &) = delete;

    // The next batch, in file order; false at the end of the file or at a reader error.
    bool next(QList<ParsedRow> &batch);
    qint64 bytesConsumed() const { return m_bytesConsumed.load(std::memory_order_relaxed); }

    static constexpr int BatchSize = 256;
    static constexpr int MaxWaiting = 4;

private:
    void produce();
    bool push(QList<ParsedRow> &&batch); // false when asked to stop

    RecordSource &m_source;
    const ImportRowParser &m_parser;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<ParsedRow>> m_waiting;
    bool m_finished = false; // the producer has pushed its last batch
    bool m_stop = false;     // the consumer wants no more
    std::atomic<qint64> m_bytesConsumed{0};
    std::thread m_thread;
};

} // namespace cac
