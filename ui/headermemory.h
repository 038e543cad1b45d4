#pragma once

#include <QHeaderView>
#include <QSettings>
#include <QString>
#include <QTableView>

namespace cac {

// A table's column widths, order and sort column, remembered across sessions under a name
// ("tables/reviewQueue"): restored now, saved whenever the user changes them.
namespace HeaderMemory {
inline void keep(QTableView *table, const QString &name)
{
    QHeaderView *header = table->horizontalHeader();
    const QString key = QStringLiteral("tables/") + name;
    const QByteArray saved = QSettings().value(key).toByteArray();
    if (!saved.isEmpty() && header->restoreState(saved) && table->isSortingEnabled())
        table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    const auto save = [header, key] { QSettings().setValue(key, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
}
} // namespace HeaderMemory

} // namespace cac
