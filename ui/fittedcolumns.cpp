#include "ui/fittedcolumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace cac {

FittedColumns::FittedColumns(QTableView *table, QList<int> yielding)
    : QObject(table), m_table(table), m_yielding(std::move(yielding))
{
}

void FittedColumns::keep(QTableView *table, const QList<int> &yielding)
{
    auto *fitted = new FittedColumns(table, yielding);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    table->setTextElideMode(Qt::ElideRight);
    table->viewport()->installEventFilter(fitted);
    fitted->m_viewport = table->viewport();
    // Only a drag of the header is the user's: the header also resizes its last, stretched
    // section itself whenever the view's width changes.
    header->viewport()->installEventFilter(fitted);
    fitted->m_headerViewport = header->viewport();
    connect(header, &QHeaderView::sectionResized, fitted, [fitted] {
        if (fitted->m_dragging && !fitted->m_fitting)
            fitted->m_userSized = true;
    });
    // After the rows change, once the view has them laid out.
    const auto later = [fitted] { QTimer::singleShot(0, fitted, &FittedColumns::fit); };
    QAbstractItemModel *model = table->model();
    connect(model, &QAbstractItemModel::modelReset, fitted, later);
    connect(model, &QAbstractItemModel::layoutChanged, fitted, later);
    connect(model, &QAbstractItemModel::rowsInserted, fitted, later);
}

bool FittedColumns::eventFilter(QObject *watched, QEvent *event)
{
    // Compared by address only: events still reach the filter while the table is being destroyed,
    // when calling into it is undefined (UBSan saw it).
    if (watched == m_headerViewport) {
        if (event->type() == QEvent::MouseButtonPress)
            m_dragging = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_dragging = false;
    } else if (event->type() == QEvent::Resize && watched == m_viewport) {
        fit();
    }
    return QObject::eventFilter(watched, event);
}

void FittedColumns::fit()
{
    if (m_userSized || m_fitting)
        return;
    m_fitting = true;
    QHeaderView *header = m_table->horizontalHeader();
    const int columns = header->count();
    QList<int> widths(columns, 0);
    int total = 0;
    for (int c = 0; c < columns; ++c) {
        if (header->isSectionHidden(c))
            continue;
        // Public as QAbstractItemView, protected as QTableView: asked through the base.
        const QAbstractItemView *view = m_table;
        widths[c] = std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        total += widths[c];
    }
    const int available = m_table->viewport()->width();
    const int floor = m_table->fontMetrics().averageCharWidth() * 16;
    // In the order given: the first yields down to the floor before the next yields anything.
    int excess = total - available;
    for (const int c : std::as_const(m_yielding)) {
        if (excess <= 0 || c < 0 || c >= columns)
            break;
        const int cut = std::min(excess, std::max(0, widths.at(c) - floor));
        widths[c] -= cut;
        excess -= cut;
    }
    for (int c = 0; c < columns; ++c) {
        if (!header->isSectionHidden(c))
            header->resizeSection(c, widths.at(c));
    }
    m_fitting = false;
}

} // namespace cac
