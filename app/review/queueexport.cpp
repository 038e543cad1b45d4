#include "app/review/queueexport.h"

#include "db/csv/csvwriter.h"
#include "db/files/atomicfile.h"
#include "db/sheets/xlsx/xlsxtable.h"
#include "db/stores/metastore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cac {

namespace {

const QStringList &header()
{
    static const QStringList columns{QStringLiteral("rank"),
                                     QStringLiteral("ori"),
                                     QStringLiteral("agency"),
                                     QStringLiteral("score"),
                                     QStringLiteral("suggested_sanction"),
                                     QStringLiteral("chosen_sanction"),
                                     QStringLiteral("override_reason"),
                                     QStringLiteral("reviewed"),
                                     QStringLiteral("reasons")};
    return columns;
}

QList<QVariantList> rows(const QList<QueueEntry> &queue)
{
    QList<QVariantList> list;
    int rank = 0;
    for (const QueueEntry &e : queue) {
        QStringList reasons;
        for (const ReviewFlag &f : e.flags)
            reasons << QStringLiteral("%1 (+%2)").arg(f.sentence).arg(f.weight);
        list.append({++rank, e.agency.ori, e.agency.name, e.score, SanctionStep::code(e.suggestion.level),
                     e.override ? e.override->chosen : QString(), e.override ? e.override->reason : QString(),
                     e.reviewed ? QStringLiteral("yes") : QStringLiteral("no"), reasons.join(QStringLiteral("; "))});
    }
    return list;
}

Status saveCsv(const QString &path, const QList<QueueEntry> &queue, bool demo)
{
    return AtomicFile::write(path, AtomicFile::Kind::Csv, [&](QIODevice &file) {
        CsvWriter csv(&file);
        if (!csv.writeBom())
            return false;
        QStringList columns = header();
        if (demo)
            columns << QStringLiteral("data_notice");
        if (!csv.writeRecord(columns))
            return false;
        for (const QVariantList &row : rows(queue)) {
            QStringList texts;
            for (const QVariant &value : row)
                texts << value.toString();
            if (demo)
                texts << MetaStore::DemoNotice;
            if (!csv.writeRecord(texts))
                return false;
        }
        return true;
    });
}

} // namespace

Status QueueExport::save(const QString &path, const QList<QueueEntry> &queue, int year, bool demo, const QString &source)
{
    if (QFileInfo(path).suffix().compare(QLatin1StringView("xlsx"), Qt::CaseInsensitive) == 0)
        return XlsxTable::save(
                path, QCoreApplication::translate("QueueExport", "Queue %1").arg(year), header(), rows(queue),
                {QCoreApplication::translate("QueueExport", "Review queue, %1, highest priority first").arg(year), source, demo});
    return saveCsv(path, queue, demo);
}

} // namespace cac
