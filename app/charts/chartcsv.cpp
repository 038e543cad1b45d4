#include "chartcsv.h"

#include "db/csv/csvwriter.h"
#include "db/files/atomicfile.h"
#include "db/stores/metastore.h"

#include <QHash>

namespace cac {

namespace {
QString cell(const ChartData::Point &p)
{
    if (!p.low)
        return QString();
    const QString low = QString::number(*p.low, 'g', 12);
    if (!p.high || *p.high == *p.low)
        return low;
    return low + u'-' + QString::number(*p.high, 'g', 12);
}
} // namespace

bool ChartCsv::write(const ChartData &chart, QIODevice *device)
{
    CsvWriter csv(device);
    QStringList header{QStringLiteral("year")};
    for (const ChartData::Series &s : chart.series)
        header << s.name;
    const QList<QHash<int, ChartData::Point>> byYear = chart.pointsByYear();
    if (chart.demo)
        header << QStringLiteral("data_notice");
    if (!csv.writeBom() || !csv.writeRecord(header))
        return false;
    for (const int year : chart.years()) {
        QStringList row{QString::number(year)};
        for (const auto &points : byYear)
            row << cell(points.value(year));
        if (chart.demo)
            row << MetaStore::DemoNotice;
        if (!csv.writeRecord(row))
            return false;
    }
    return true;
}

Status ChartCsv::save(const ChartData &chart, const QString &path)
{
    return AtomicFile::write(path, AtomicFile::Kind::Csv, [&chart](QIODevice &file) { return write(chart, &file); });
}

} // namespace cac
