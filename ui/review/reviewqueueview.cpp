#include "reviewqueueview.h"

#include "overridedialog.h"
#include "queuefilterproxy.h"
#include "queuetablemodel.h"

#include "app/editing/reviewdocument.h"
#include "app/letters/letterdrafting.h"
#include "app/review/reviewdecisions.h"
#include "app/review/queueexport.h"
#include "app/review/reviewexplanation.h"
#include "app/review/reviewqueue.h"
#include "app/review/rules/rulebook.h"
#include "db/model/agencykind.h"
#include "db/engine/database.h"
#include "db/stores/metastore.h"
#include "ui/files/filedialogs.h"
#include "ui/files/writtenfilenotice.h"
#include "ui/review/queueselectionactions.h"
#include "ui/statusnote.h"
#include "ui/letters/letterlauncher.h"
#include "ui/headermemory.h"
#include "ui/readonlylist.h"
#include "ui/files/demoflag.h"
#include "app/format/displaytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cac {

ReviewQueueView::ReviewQueueView(QWidget *parent)
    : QWidget(parent), m_model(new QueueTableModel(this)), m_proxy(new QueueFilterProxy(this)), m_table(new QTableView),
      m_detail(new QTextBrowser), m_rule(new QComboBox), m_kind(new QComboBox), m_county(new QComboBox),
      m_hideReviewed(new QCheckBox(tr("Hide reviewed"))), m_count(new QLabel), m_reviewed(new QPushButton(tr("Mark &reviewed"))),
      m_override(new QPushButton(tr("&Override sanction…"))), m_agenda(new QPushButton(tr("Add to &agenda…"))),
      m_open(new QPushButton(tr("Open &profile"))), m_letter(new QPushButton(tr("Draft a &letter…")))
{
    m_proxy->setSourceModel(m_model);
    m_rule->addItem(tr("Every reason"), QString());
    for (const auto &rule : Rulebook::rules())
        m_rule->addItem(rule->title(), rule->code());
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &code : AgencyKind::codes())
        m_kind->addItem(AgencyKind::label(code), code);
    m_county->addItem(tr("All counties"), QString());
    for (QComboBox *box : {m_rule, m_kind, m_county})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QueueTableModel::Priority, Qt::DescendingOrder);
    ReadOnlyList::setUp(m_table);
    // Several at once (Shift/Ctrl+click): mark reviewed, add to an agenda, draft letters.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 20; };
    header->resizeSection(QueueTableModel::Priority, header->sectionSizeHint(QueueTableModel::Priority)); // with its sort arrow
    header->resizeSection(QueueTableModel::Ori, width(QStringLiteral("CAZ000000")));
    // Narrow enough that "Why" keeps a fair share at 1024 px; every cell's whole text is in its
    // tooltip and the pane below.
    header->resizeSection(QueueTableModel::Agency, width(QStringLiteral("Las Palomitas Sheriff's Dep")));
    header->resizeSection(QueueTableModel::Kind, width(QStringLiteral("Municipal police")));
    header->resizeSection(QueueTableModel::County, width(QStringLiteral("San Bernardino")));
    header->resizeSection(QueueTableModel::Sanction, width(QStringLiteral("Letter of censure (overridden)")));
    header->resizeSection(QueueTableModel::Reviewed, header->sectionSizeHint(QueueTableModel::Reviewed));
    header->setSectionResizeMode(QueueTableModel::Reasons, QHeaderView::Stretch);
    // After the defaults: what the user set last time, if anything, wins.
    HeaderMemory::keep(m_table, QStringLiteral("reviewQueue")); // the user's widths and sort, next time too
    m_detail->setOpenLinks(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:")));
    filters->addWidget(m_rule);
    filters->addWidget(m_kind);
    filters->addWidget(m_county);
    filters->addWidget(m_hideReviewed);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto *exportButton = new QPushButton(tr("E&xport…"));
    exportButton->setToolTip(tr("Save the agencies shown, in this order, as CSV or as an Excel workbook"));
    connect(exportButton, &QPushButton::clicked, this, &ReviewQueueView::exportShown);
    filters->addWidget(exportButton);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_reviewed, m_override, m_agenda, m_letter, m_open})
        actions->addWidget(b);
    actions->addStretch(1);
    auto *detailPane = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(actions);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(detailPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    m_count->setObjectName(QStringLiteral("queueCount"));
    m_count->setWordWrap(true); // two lines rather than cut, in a narrow window
    m_count->setToolTip(
            tr("Notes only: reasons that weigh 0 (priority 0), such as licensing checks; listed, not counted as flagged."));
    const auto updateCount = [this] { m_count->setText(countText()); };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setRule(m_rule->currentData().toString()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setKind(m_kind->currentData().toString()); });
    connect(m_county, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setCounty(m_county->currentData().toString()); });
    connect(m_hideReviewed, &QCheckBox::toggled, m_proxy, &QueueFilterProxy::setHideReviewed);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewQueueView::showDetail);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (const QueueEntry *e = current())
            emit openAgency(e->agency.id);
    });
    connect(m_reviewed, &QPushButton::clicked, this, &ReviewQueueView::toggleReviewed);
    connect(m_override, &QPushButton::clicked, this, &ReviewQueueView::overrideSanction);
    connect(m_agenda, &QPushButton::clicked, this, &ReviewQueueView::addToAgenda);
    connect(m_letter, &QPushButton::clicked, this, [this] {
        const QList<QueueEntry> chosen = selectedEntries();
        if (chosen.size() > 1 && m_database && m_document) {
            QueueSelectionActions actions(*m_database, *m_document, this);
            const QString said = actions.draftLetters(chosen, m_year);
            report(actions.error());
            StatusNote::say(this, said);
            return;
        }
        const QueueEntry *e = current();
        if (!e || !m_database)
            return;
        // The letter for the chosen sanction: an override, or else the suggestion.
        LetterLauncher::newLetter(*m_database, e->agency.ori, e->agency.name, m_year,
                                  LetterDrafting::templateFor(e->chosenSanction()), this);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QueueEntry *e = current())
            emit openAgency(e->agency.id);
    });
    showDetail();
}

// The queue as the reviewer sees it: the rows the filters show, in the table's order.
void ReviewQueueView::exportShown()
{
    if (!m_database)
        return;
    QString path = FileDialogs::saveFile(this, tr("Export the review queue"), tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"),
                                         QStringLiteral("review-queue-%1.csv").arg(m_year));
    if (path.isEmpty())
        return;
    const std::optional<bool> demo = DemoFlag::read(*m_database, this);
    if (!demo)
        return;
    QList<QueueEntry> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown << m_model->entry(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    const Status saved = QueueExport::save(path, shown, m_year, *demo, m_database->displayName());
    if (!saved.ok())
        QMessageBox::warning(this, tr("Export the review queue"), saved.error());
    else
        WrittenFileNotice::show(this, path);
}

void ReviewQueueView::setDocument(ReviewDocument *document)
{
    m_document = document;
}

void ReviewQueueView::setDatabase(Database *database, const QString &notAllowed)
{
    m_database = database;
    m_notAllowed = notAllowed;
    m_readOnly = !notAllowed.isEmpty();
    reload();
}

void ReviewQueueView::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    reload();
}

void ReviewQueueView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ReviewQueueView::reload()
{
    if (!m_database || m_year == 0)
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const qint64 selected = current() ? current()->agency.id : 0;
    const QSet<qint64> chosen = selectedAgencies(); // kept, by agency, across the reload
    const Result<QList<QueueEntry>> queue = ReviewQueue::load(m_database->connection(), m_year);
    m_model->setEntries(queue.ok() ? queue.value() : QList<QueueEntry>());
    if (!queue.ok()) {
        // Said as such: an empty queue would read as "nothing needs attention".
        m_count->setText(tr("The review queue for %1 could not be read").arg(m_year));
        m_detail->setPlainText(tr("The review queue could not be read from the database: %1").arg(queue.error()));
        return;
    }
    refillCounties();
    const int row = m_model->indexOfAgency(selected);
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    else if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    if (chosen.size() > 1) {
        QItemSelection selection;
        for (const qint64 agency : chosen) {
            const int r = m_model->indexOfAgency(agency);
            if (r >= 0) {
                const QModelIndex shown = m_proxy->mapFromSource(m_model->index(r, 0));
                selection.select(shown, shown.siblingAtColumn(m_proxy->columnCount() - 1));
            }
        }
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    showDetail();
}

void ReviewQueueView::agencyChanged(qint64 agencyId)
{
    if (!m_database || m_year == 0)
        return;
    if (agencyId == 0 || !isVisible() || m_stale)
        return reload(); // hidden: marked stale, read in full when shown
    // A decision or an edit touches one agency: its rules run again, not every agency's.
    const Result<QList<QueueEntry>> entry = ReviewQueue::loadFor(m_database->connection(), {agencyId}, m_year);
    if (!entry.ok())
        return reload(); // which says what could not be read
    m_model->updateAgency(agencyId, entry.value().isEmpty() ? std::nullopt : std::optional(entry.value().first()));
    refillCounties();
    showDetail();
}

void ReviewQueueView::refillCounties()
{
    const QString chosen = m_county->currentData().toString();
    QStringList counties;
    for (int i = 0; i < m_model->rowCount(); ++i)
        counties << m_model->entry(i).agency.county;
    counties.removeAll(QString());
    counties.removeDuplicates();
    counties.sort();
    const QSignalBlocker block(m_county);
    m_county->clear();
    m_county->addItem(tr("All counties"), QString());
    for (const QString &c : counties)
        m_county->addItem(c, c);
    m_county->setCurrentIndex(qMax(0, m_county->findData(chosen)));
}

const QueueEntry *ReviewQueueView::current() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    return index.isValid() ? &m_model->entry(index.row()) : nullptr;
}

void ReviewQueueView::showDetail()
{
    const QueueEntry *e = current();
    for (QPushButton *b : {m_reviewed, m_override, m_agenda, m_letter, m_open}) {
        b->setEnabled(e && (b == m_open || !m_readOnly));
        b->setToolTip(b == m_open ? QString() : m_notAllowed);
    }
    if (!e) {
        m_detail->setHtml(tr("<p>No agency chosen. The queue lists the agencies with a reason to look at them for "
                             "the reporting year, highest priority first.</p>"));
        return;
    }
    m_reviewed->setText(e->reviewed ? tr("Mark not &reviewed") : tr("Mark &reviewed"));
    m_detail->setHtml(tr("<h3>%1 <small>(%2)</small></h3>").arg(e->agency.name.toHtmlEscaped(), e->agency.ori) +
                      ReviewExplanation::html(*e, m_year));
}

void ReviewQueueView::report(const QString &failure)
{
    if (!failure.isEmpty())
        QMessageBox::warning(this, tr("Review queue"), failure);
}

void ReviewQueueView::toggleReviewed()
{
    const QList<QueueEntry> chosen = selectedEntries();
    if (chosen.isEmpty() || !m_document || !m_database)
        return;
    // The document announces each change, and the queue reloads from that (as after an undo).
    QueueSelectionActions actions(*m_database, *m_document, this);
    const QString said = actions.markReviewed(chosen, m_year);
    report(actions.error());
    StatusNote::say(this, said);
}

QList<QueueEntry> ReviewQueueView::selectedEntries() const
{
    QList<int> rows; // in the order shown
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<QueueEntry> entries;
    for (const int row : rows)
        entries << m_model->entry(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    if (entries.isEmpty() && current())
        entries << *current();
    return entries;
}

QSet<qint64> ReviewQueueView::selectedAgencies() const
{
    QSet<qint64> ids;
    for (const QueueEntry &e : selectedEntries())
        ids.insert(e.agency.id);
    return ids;
}

void ReviewQueueView::overrideSanction()
{
    const QueueEntry *e = current();
    if (!e || !m_document)
        return;
    const qint64 agency = e->agency.id;
    const SanctionStep::Level suggested = e->suggestion.level;
    OverrideDialog dialog(e->agency.name, suggested, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(ReviewDecisions(*m_document).overrideSanction(agency, m_year, suggested, dialog.chosen(), dialog.reason()));
}

void ReviewQueueView::addToAgenda()
{
    QList<qint64> inOrder; // as the queue shows them
    for (const QueueEntry &e : selectedEntries())
        inOrder << e.agency.id;
    if (inOrder.isEmpty() || !m_database || !m_document)
        return;
    QueueSelectionActions actions(*m_database, *m_document, this);
    const QString said = actions.addToAgenda(inOrder);
    report(actions.error());
    if (!said.isEmpty())
        StatusNote::say(this, said);
}

QString ReviewQueueView::countText() const
{
    int flagged = 0;
    int shownFlagged = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        flagged += m_model->entry(row).isFlagged() ? 1 : 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shownFlagged += m_model->entry(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).isFlagged() ? 1 : 0;
    const int notesOnly = m_proxy->rowCount() - shownFlagged;
    QString text = DisplayText::plural<ReviewQueueView>(QT_TR_NOOP("%1 of %2 agency flagged for %3"),
                                                        QT_TR_NOOP("%1 of %2 agencies flagged for %3"), flagged)
                           .arg(shownFlagged)
                           .arg(flagged)
                           .arg(m_year);
    if (notesOnly > 0)
        text += notesOnly == 1 ? tr(", 1 more with notes only") : tr(", %1 more with notes only").arg(notesOnly);
    return text;
}

} // namespace cac
