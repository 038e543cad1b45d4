#include "db/import/rows/parsedrowstream.h"

namespace cac {

ParsedRowStream::ParsedRowStream(RecordSource &source, const ImportRowParser &parser)
    : m_source(source), m_parser(parser), m_thread([this] { produce(); })
{
}

ParsedRowStream::~ParsedRowStream()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ParsedRowStream::produce()
{
    SourceRecord record; // views into the source's buffer, valid until its next read
    QList<ParsedRow> batch;
    batch.reserve(BatchSize);
    bool more = true;
    while (more) {
        more = m_source.read(record);
        if (more && !record.isBlank()) {
            ParsedRow &parsed = batch.emplace_back();
            m_parser.parse(record, parsed.row, parsed.issues);
        }
        if (batch.size() == BatchSize || (!more && !batch.isEmpty())) {
            m_bytesConsumed.store(m_source.bytesConsumed(), std::memory_order_relaxed);
            if (!push(std::exchange(batch, {})))
                return;
            batch.reserve(BatchSize);
        }
    }
    m_bytesConsumed.store(m_source.bytesConsumed(), std::memory_order_relaxed);
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

bool ParsedRowStream::push(QList<ParsedRow> &&batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || int(m_waiting.size()) < MaxWaiting; });
    if (m_stop)
        return false;
    m_waiting.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool ParsedRowStream::next(QList<ParsedRow> &batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_waiting.empty() || m_finished; });
    if (m_waiting.empty())
        return false;
    batch = std::move(m_waiting.front());
    m_waiting.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

} // namespace cac
