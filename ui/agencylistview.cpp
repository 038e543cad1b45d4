#include "agencylistview.h"

#include "agencyfilterproxy.h"
#include "agencytablemodel.h"
#include "headermemory.h"
#include "readonlylist.h"

#include "db/model/agencykind.h"
#include "app/format/displaytext.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace cac {

AgencyListView::AgencyListView(AgencyTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new AgencyFilterProxy(this)), m_search(new QLineEdit(this)),
      m_table(new QTableView(this)), m_count(new QLabel(this)), m_kind(new QComboBox(this)), m_county(new QComboBox(this)),
      m_filing(new QComboBox(this))
{
    m_proxy->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search name, ORI or county (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search agencies"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &code : AgencyKind::codes())
        m_kind->addItem(AgencyKind::label(code), code);
    m_kind->setAccessibleName(tr("Filter by kind"));
    m_county->setAccessibleName(tr("Filter by county"));
    m_filing->addItem(tr("Filed or not"), -1);
    m_filing->addItem(tr("Filed"), int(AgencyOverview::Filing::Filed));
    m_filing->addItem(tr("Not filed"), int(AgencyOverview::Filing::NotFiled));
    m_filing->addItem(tr("Not due"), int(AgencyOverview::Filing::NotDue));
    m_filing->setAccessibleName(tr("Filter by filing status"));
    refillCounties();

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AgencyTableModel::Ori, Qt::AscendingOrder);
    ReadOnlyList::setUp(m_table);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Widths from the font, not from the rows: measuring 20,000 rows would stall the first paint.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&metrics](const char *sample) { return metrics.horizontalAdvance(QString::fromLatin1(sample)) + 16; };
    header->resizeSection(AgencyTableModel::Ori, width("CAZ000000W"));
    header->resizeSection(AgencyTableModel::Name, width("Santa Orsola District Attorney's"));
    header->resizeSection(AgencyTableModel::Kind, width("Municipal police"));
    header->resizeSection(AgencyTableModel::County, width("San Bernardino"));
    header->resizeSection(AgencyTableModel::ParentOrg, width("U.S. Department of"));
    header->resizeSection(AgencyTableModel::Filed, width("Filed 2025W"));
    header->resizeSection(AgencyTableModel::YearsNotFiled, width("Years not filed"));
    header->resizeSection(AgencyTableModel::Investigations, width("Investigations"));
    header->resizeSection(AgencyTableModel::Violations, width("Violations"));
    // After the defaults: what the user set last time, if anything, wins.
    HeaderMemory::keep(m_table, QStringLiteral("agencies")); // the user's widths and sort, next time too
    header->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->installEventFilter(this);
    m_search->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_kind);
    top->addWidget(m_county);
    top->addWidget(m_filing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &AgencyFilterProxy::setSearchText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setKind(m_kind->currentData().toString()); });
    connect(m_county, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setCounty(m_county->currentData().toString()); });
    connect(m_filing, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setFiling(m_filing->currentData().toInt()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &AgencyListView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AgencyListView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AgencyListView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgencyListView::refillCounties);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentAgencyChanged(currentAgencyId()); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { emit agencyActivated(currentAgencyId()); });
    // Several at once (Shift/Ctrl+click), and what to do with them from the context menu.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *compare = new QAction(tr("&Compare selected in Charts"), m_table);
    auto *agenda = new QAction(tr("Add selected to an &agenda…"), m_table);
    auto *reviewed = new QAction(tr("Mark selected &reviewed"), m_table);
    auto *letters = new QAction(tr("&Draft letters for selected"), m_table);
    for (QAction *action : {compare, agenda, reviewed, letters})
        m_table->addAction(action);
    connect(compare, &QAction::triggered, this, [this] {
        QStringList oris;
        for (const int row : selectedRows())
            oris << m_proxy->index(row, AgencyTableModel::Ori).data().toString();
        emit compareRequested(oris);
    });
    connect(agenda, &QAction::triggered, this, [this] { emit agendaRequested(selectedAgencyIds()); });
    connect(reviewed, &QAction::triggered, this, [this] { emit markReviewedRequested(selectedAgencyIds()); });
    connect(letters, &QAction::triggered, this, [this] { emit lettersRequested(selectedAgencyIds()); });
    updateCount();
}

QList<int> AgencyListView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<qint64> AgencyListView::selectedAgencyIds() const
{
    QList<qint64> ids;
    for (const int row : selectedRows())
        ids << m_proxy->index(row, 0).data(AgencyTableModel::AgencyIdRole).toLongLong();
    return ids;
}

bool AgencyListView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_table && enter && currentAgencyId() != 0) {
            emit agencyActivated(currentAgencyId());
            return true;
        }
        // Down from the search box goes to the list, so the keyboard never has to leave it.
        if (watched == m_search && (key->key() == Qt::Key_Down || enter) && m_proxy->rowCount() > 0) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

qint64 AgencyListView::currentAgencyId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(AgencyTableModel::AgencyIdRole).toLongLong() : 0;
}

void AgencyListView::selectAgency(qint64 agencyId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(AgencyTableModel::AgencyIdRole).toLongLong() == agencyId) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return;
        }
    }
}

void AgencyListView::reselect(const QList<qint64> &agencyIds)
{
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (agencyIds.contains(index.data(AgencyTableModel::AgencyIdRole).toLongLong()))
            selection.select(index, m_proxy->index(row, m_proxy->columnCount() - 1));
    }
    if (!selection.isEmpty())
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

int AgencyListView::visibleCount() const
{
    return m_proxy->rowCount();
}

void AgencyListView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AgencyListView::refillCounties()
{
    const QString current = m_county->currentData().toString();
    const QSignalBlocker block(m_county);
    m_county->clear();
    m_county->addItem(tr("All counties"), QString());
    for (const QString &county : m_model->counties())
        m_county->addItem(county, county);
    m_county->setCurrentIndex(qMax(0, m_county->findData(current)));
    m_proxy->setCounty(m_county->currentData().toString());
}

void AgencyListView::updateCount()
{
    // An empty file says how to fill it, rather than "0 of 0 agencies".
    m_count->setText(m_model->rowCount() == 0
                             ? tr("No agencies yet: import reports with File > Import reports… "
                                  "or Import a folder of reports…")
                             : DisplayText::plural<AgencyListView>(QT_TR_NOOP("%1 of %2 agency"), QT_TR_NOOP("%1 of %2 agencies"),
                                                                   m_model->rowCount())
                                       .arg(m_proxy->rowCount())
                                       .arg(m_model->rowCount()));
}

} // namespace cac
