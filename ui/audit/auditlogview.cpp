#include "ui/audit/auditlogview.h"

#include "app/audit/auditentrytext.h"
#include "app/editing/reviewdocument.h"
#include "app/format/displaytext.h"
#include "db/engine/database.h"
#include "db/stores/auditlogstore.h"
#include "ui/alertcolour.h"
#include "ui/audit/auditlogmodel.h"
#include "ui/fittedcolumns.h"
#include "ui/readonlylist.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cac {

AuditLogView::AuditLogView(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit), m_record(new QComboBox), m_count(new QLabel), m_table(new QTableView),
      m_model(new AuditLogModel(this)), m_detail(new QPlainTextEdit), m_typing(new QTimer(this))
{
    m_filter->setPlaceholderText(tr("Filter by who, agency or value"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the changes"));
    m_record->setAccessibleName(tr("Kind of record"));
    m_record->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count->setWordWrap(true);
    m_table->setModel(m_model);
    ReadOnlyList::setUp(m_table);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // In a profile's pane too, a row reads without scrolling sideways: the changes give up width
    // first (whole in the tooltip and the pane below), then the agency.
    FittedColumns::keep(m_table, {AuditLogModel::Changes, AuditLogModel::Agency, AuditLogModel::Record});
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a change to see its values in full."));
    m_detail->setAccessibleName(tr("The change in full"));

    // The log is read again once typing pauses, not at every key.
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &AuditLogView::reload);
    connect(m_filter, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_record, &QComboBox::activated, this, &AuditLogView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogView::showDetail);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_filter, 1);
    controls->addWidget(m_record);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_count);
    layout->addWidget(splitter, 1);
}

void AuditLogView::setSource(ReviewDocument *document, qint64 agencyId)
{
    const bool otherFile = document != m_document;
    m_document = document;
    m_agencyId = agencyId;
    m_table->setColumnHidden(AuditLogModel::Agency, agencyId != 0);
    if (otherFile) {
        m_filter->blockSignals(true);
        m_filter->clear();
        m_filter->blockSignals(false);
    }
    fillRecordChoices();
    reload();
}

void AuditLogView::clear()
{
    m_document = nullptr;
    m_agencyId = 0;
    m_model->setEntries({});
    m_count->clear();
    m_detail->clear();
}

void AuditLogView::fillRecordChoices()
{
    const QString chosen = m_record->currentData().toString();
    m_record->clear();
    m_record->addItem(tr("Every kind of record"), QString());
    if (!m_document)
        return;
    const Result<QStringList> tables = AuditLogStore(m_document->database().connection()).tableNames();
    for (const QString &table : tables.ok() ? tables.value() : QStringList())
        m_record->addItem(AuditEntryText::recordKind(table), table);
    m_record->setCurrentIndex(std::max(0, m_record->findData(chosen)));
}

void AuditLogView::reload()
{
    m_typing->stop();
    if (!m_document)
        return;
    const Result<AuditLogStore::Page> page =
            AuditLogStore(m_document->database().connection())
                    .search({m_agencyId, m_record->currentData().toString(), m_filter->text(), Shown});
    if (!page.ok()) {
        m_model->setEntries({});
        m_count->setText(tr("The audit log could not be read: %1").arg(page.error()));
        AlertColour::mark(m_count);
        return;
    }
    m_count->setPalette(QPalette());
    const QList<AuditLogStore::Entry> &entries = page.value().entries;
    m_model->setEntries(entries);
    const QLocale locale;
    if (page.value().total == 0)
        m_count->setText(m_filter->text().trimmed().isEmpty() && m_record->currentIndex() == 0
                                 ? tr("No changes are logged here yet.")
                                 : tr("No change matches the filter."));
    else if (page.value().total > entries.size())
        m_count->setText(tr("The latest %1 of %2 changes; filter to find older ones.")
                                 .arg(locale.toString(entries.size()), locale.toString(page.value().total)));
    else
        m_count->setText(page.value().total == 1 ? tr("1 change") : tr("%1 changes").arg(locale.toString(page.value().total)));
    showDetail();
}

void AuditLogView::showDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const AuditLogStore::Entry &e = m_model->entry(current.row());
    QString heading = tr("%1 %2 by %3, %4")
                              .arg(AuditEntryText::recordKind(e.tableName), AuditEntryText::action(e.action).toLower(),
                                   AuditEntryText::who(e), DisplayText::localTime(e.at));
    if (!e.agencyOri.isEmpty())
        heading += QStringLiteral(" (%1 %2)").arg(e.agencyOri, e.agencyName);
    m_detail->setPlainText(heading + QStringLiteral("\n\n") + AuditEntryText::details(e));
}

} // namespace cac
