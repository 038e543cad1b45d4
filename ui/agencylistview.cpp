#include "agencylistview.h"

#include "agencyfilterproxy.h"
#include "agencytablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

AgencyListView::AgencyListView(AgencyTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new AgencyFilterProxy(this)), m_search(new QLineEdit(this)),
      m_table(new QTableView(this)), m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search name, ORI or county (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search agencies"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AgencyTableModel::Ori, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AgencyTableModel::Name, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &AgencyFilterProxy::setSearchText);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AgencyListView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AgencyListView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AgencyListView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AgencyListView::updateCount);
    updateCount();
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

void AgencyListView::updateCount()
{
    m_count->setText(tr("%1 of %2 agencies").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}
