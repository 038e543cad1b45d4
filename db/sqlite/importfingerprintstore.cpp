#include "db/sqlite/importfingerprintstore.h"

#include "db/sqlite/sqlitestatement.h"

namespace cac {

using Found = Result<std::optional<ImportFingerprint::Counts>>;

Found ImportFingerprintStore::find(ImportFingerprint &fingerprint)
{
    if (fingerprint.size() < 0 || fingerprint.reading().isEmpty())
        return std::optional<ImportFingerprint::Counts>();
    SqliteStatement query;
    if (const Status prepared = query.prepare(m_connection,
                                              QStringLiteral("SELECT sha256, rows, duplicate_rows, reports "
                                                             "FROM import_fingerprint "
                                                             "WHERE size = ?1 AND reading = ?2"));
        !prepared.ok())
        return Found::failure(prepared.error());
    query.bind(1, fingerprint.size());
    query.bindText(2, fingerprint.reading());
    std::optional<QByteArray> hash;
    while (query.step()) {
        if (!hash) {
            const Result<QByteArray> computed = fingerprint.sha256();
            if (!computed.ok())
                return std::optional<ImportFingerprint::Counts>(); // read row by row instead
            hash = computed.value();
        }
        if (query.columnUtf8(0) == *hash)
            return std::optional<ImportFingerprint::Counts>(ImportFingerprint::Counts{
                    query.columnInt(1).value_or(0), query.columnInt(2).value_or(0), query.columnInt(3).value_or(0)});
    }
    if (!query.ok())
        return Found::failure(query.error());
    return std::optional<ImportFingerprint::Counts>();
}

Status ImportFingerprintStore::record(ImportFingerprint &fingerprint, const ImportFingerprint::Counts &counts)
{
    const Result<QByteArray> hash = fingerprint.sha256();
    if (!hash.ok() || fingerprint.reading().isEmpty() || !fingerprint.fileUnchanged())
        return Status::success(); // not recognised next time: it is read row by row, nothing is lost
    SqliteStatement insert;
    if (const Status prepared =
                insert.prepare(m_connection,
                               QStringLiteral("INSERT OR REPLACE INTO import_fingerprint "
                                              "(sha256, reading, size, rows, duplicate_rows, reports, imported_at) "
                                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"));
        !prepared.ok())
        return prepared;
    insert.bindText(1, QString::fromLatin1(hash.value()));
    insert.bindText(2, fingerprint.reading());
    insert.bind(3, fingerprint.size());
    insert.bind(4, std::optional<int>(counts.rows));
    insert.bind(5, std::optional<int>(counts.duplicateRows));
    insert.bind(6, std::optional<int>(counts.reports));
    return insert.run();
}

} // namespace cac
