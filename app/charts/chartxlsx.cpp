#include "chartxlsx.h"

#include "db/sheets/xlsx/xlsxtable.h"

#include <QCoreApplication>
#include <QHash>

namespace cac {

Status ChartXlsx::save(const ChartData &chart, const QString &path)
{
    QStringList header{QStringLiteral("year")};
    for (const ChartData::Series &s : chart.series)
        header << s.name;
    const QList<QHash<int, ChartData::Point>> byYear = chart.pointsByYear();
    QList<QVariantList> rows;
    for (const int year : chart.years()) {
        QVariantList row{year};
        for (const auto &points : byYear) {
            const ChartData::Point p = points.value(year);
            if (!p.low)
                row << QVariant();
            else if (!p.high || *p.high == *p.low)
                row << *p.low;
            else
                row << QStringLiteral("%1-%2").arg(*p.low, 0, 'g', 12).arg(*p.high, 0, 'g', 12);
        }
        rows << row;
    }
    const QString sheet = QCoreApplication::translate("ChartXlsx", "Numbers");
    return XlsxTable::save(path, sheet, header, rows, {chart.title, chart.footnote, chart.demo});
}

} // namespace cac
