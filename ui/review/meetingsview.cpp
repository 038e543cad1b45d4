#include "meetingsview.h"

#include "agendatablemodel.h"
#include "meetingdocuments.h"
#include "meetingformdialog.h"

#include "app/editing/reviewdocument.h"
#include "app/review/reviewdecisions.h"
#include "app/review/reviewexplanation.h"
#include "db/engine/database.h"
#include "db/stores/metastore.h"
#include "ui/fittedcolumns.h"
#include "ui/readonlylist.h"
#include "ui/review/meetinglistmodel.h"

#include "ui/files/filedialogs.h"
#include "app/format/displaytext.h"
#include <QDate>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cac {

MeetingsView::MeetingsView(QWidget *parent)
    : QWidget(parent), m_meetings(new QListView), m_meetingModel(new MeetingListModel(this)), m_model(new AgendaTableModel(this)),
      m_agenda(new QTableView), m_detail(new QTextBrowser), m_message(new QLabel), m_new(new QPushButton(tr("&New meeting…"))),
      m_edit(new QPushButton(tr("&Edit…"))), m_delete(new QPushButton(tr("&Delete"))), m_up(new QPushButton(tr("Move &up"))),
      m_down(new QPushButton(tr("Move do&wn"))), m_remove(new QPushButton(tr("&Take off the agenda"))),
      m_open(new QPushButton(tr("Open &agency"))), m_documents(new MeetingDocuments(this))
{
    m_meetings->setModel(m_meetingModel);
    m_meetings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_meetings->setAccessibleName(tr("Meetings"));
    m_meetings->setWordWrap(true);
    m_meetings->setSpacing(2);
    m_agenda->setModel(m_model);
    m_agenda->setAccessibleName(tr("Agenda"));
    ReadOnlyList::setUp(m_agenda);
    m_agenda->horizontalHeader()->setStretchLastSection(true);
    m_agenda->setWordWrap(false);
    // Every column in view at 1024 px: the agency's name, then the sanction, give up width first,
    // elided, whole in their tooltips.
    FittedColumns::keep(m_agenda, {AgendaTableModel::Agency, AgendaTableModel::County, AgendaTableModel::Sanction});
    m_message->setWordWrap(true);
    m_message->setText(tr("Agencies join an agenda from the Review queue (Add to agenda)."));

    auto *meetingButtons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_edit, m_delete})
        meetingButtons->addWidget(b);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(new QLabel(tr("Meetings, latest first")));
    leftLayout->addWidget(m_meetings, 1);
    leftLayout->addLayout(meetingButtons);

    auto *agendaButtons = new QHBoxLayout;
    for (QPushButton *b : {m_up, m_down, m_remove, m_open})
        agendaButtons->addWidget(b);
    agendaButtons->addStretch(1);
    agendaButtons->addWidget(m_documents->button());
    auto *agendaSplit = new QSplitter(Qt::Vertical);
    agendaSplit->addWidget(m_agenda);
    agendaSplit->addWidget(m_detail);
    agendaSplit->setStretchFactor(0, 3);
    agendaSplit->setStretchFactor(1, 2);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(agendaSplit, 1);
    rightLayout->addLayout(agendaButtons);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({320, 960});
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_meetings->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { loadAgenda(); });
    connect(m_meetings, &QListView::activated, this, &MeetingsView::editMeeting);
    connect(m_agenda->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MeetingsView::showDetail);
    connect(m_agenda, &QTableView::activated, this, [this] { emit openAgency(currentAgency()); });
    connect(m_new, &QPushButton::clicked, this, &MeetingsView::newMeeting);
    connect(m_edit, &QPushButton::clicked, this, &MeetingsView::editMeeting);
    connect(m_delete, &QPushButton::clicked, this, &MeetingsView::deleteMeeting);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QPushButton::clicked, this, &MeetingsView::removeCurrent);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openAgency(currentAgency()); });
    updateButtons();
}

void MeetingsView::setDocument(ReviewDocument *document)
{
    m_document = document;
    if (m_document)
        connect(m_document, &ReviewDocument::agencyChanged, this, &MeetingsView::reload); // when visible
}

void MeetingsView::setDatabase(Database *database, const QString &notAllowed)
{
    m_database = database;
    m_notAllowed = notAllowed;
    m_readOnly = !notAllowed.isEmpty();
    reload();
}

void MeetingsView::setYear(int year)
{
    m_year = year;
    if (isVisible())
        loadAgenda(currentAgency());
}

void MeetingsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // agencies may have joined an agenda from the review queue
}

void MeetingsView::reload()
{
    if (!m_database || !isVisible())
        return;
    const qint64 chosen = currentMeeting();
    const Result<QList<MeetingStore::Meeting>> meetings = MeetingStore(m_database->connection()).all();
    {
        const QSignalBlocker blocker(m_meetings->selectionModel());
        m_meetingModel->setMeetings(meetings.ok() ? meetings.value() : QList<MeetingStore::Meeting>());
        const int row = m_meetingModel->rowOf(chosen);
        if (m_meetingModel->rowCount() > 0)
            m_meetings->setCurrentIndex(m_meetingModel->index(row >= 0 ? row : 0));
    }
    if (!report(meetings.ok() ? QString() : tr("The meetings could not be read: %1").arg(meetings.error())))
        return;
    loadAgenda(currentAgency());
}

std::optional<MeetingStore::Meeting> MeetingsView::current() const
{
    const QModelIndex index = m_meetings->currentIndex();
    return index.isValid() ? std::optional(m_meetingModel->meeting(index.row())) : std::nullopt;
}

qint64 MeetingsView::currentMeeting() const
{
    const std::optional<MeetingStore::Meeting> meeting = current();
    return meeting ? meeting->id : 0;
}

qint64 MeetingsView::currentAgency() const
{
    const QModelIndex index = m_agenda->currentIndex();
    return index.isValid() ? m_model->items().at(index.row()).agency.id : 0;
}

void MeetingsView::loadAgenda(qint64 selectAgency)
{
    const qint64 meeting = currentMeeting();
    if (!m_database || meeting == 0) {
        m_model->setItems({});
        m_message->setText(m_meetingModel->rowCount() == 0 ? tr("No meetings yet: add one here, or from the Review queue "
                                                                "(Add to agenda).")
                                                           : QString());
        showDetail();
        return;
    }
    const Result<QList<MeetingAgenda::Item>> items = MeetingAgenda::load(m_database->connection(), meeting, m_year);
    m_model->setItems(items.ok() ? items.value() : QList<MeetingAgenda::Item>());
    m_message->setText(items.ok() ? DisplayText::plural<MeetingsView>(
                                            QT_TR_NOOP("%1 agency on the agenda; priorities and sanctions for %2."),
                                            QT_TR_NOOP("%1 agencies on the agenda; priorities and sanctions for %2."),
                                            m_model->rowCount())
                                            .arg(m_model->rowCount())
                                            .arg(m_year)
                                  : tr("The agenda could not be read: %1").arg(items.error()));
    const int row = m_model->rowOfAgency(selectAgency);
    if (m_model->rowCount() > 0)
        m_agenda->selectRow(row >= 0 ? row : 0);
    showDetail();
}

void MeetingsView::showDetail()
{
    const QModelIndex index = m_agenda->currentIndex();
    if (!index.isValid()) {
        m_detail->clear();
    } else if (const MeetingAgenda::Item &item = m_model->items().at(index.row()); item.entry) {
        m_detail->setHtml(ReviewExplanation::html(*item.entry, m_year));
    } else {
        m_detail->setHtml(tr("<p>Nothing flags %1 for %2, and no sanction is suggested.</p>")
                                  .arg(item.agency.name.toHtmlEscaped())
                                  .arg(m_year));
    }
    updateButtons();
}

void MeetingsView::updateButtons()
{
    const bool meeting = currentMeeting() != 0;
    const int row = m_agenda->currentIndex().isValid() ? m_agenda->currentIndex().row() : -1;
    const bool writable = m_database && !m_readOnly;
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && meeting);
    m_delete->setEnabled(writable && meeting);
    m_up->setEnabled(writable && row > 0);
    m_down->setEnabled(writable && row >= 0 && row < m_model->rowCount() - 1);
    m_remove->setEnabled(writable && row >= 0);
    for (QWidget *button : std::initializer_list<QWidget *>{m_new, m_edit, m_delete, m_up, m_down, m_remove})
        button->setToolTip(m_notAllowed);
    m_open->setEnabled(row >= 0);
    m_documents->setContext(m_database, m_year, current(), m_model->items());
}

bool MeetingsView::report(const QString &failure)
{
    if (failure.isEmpty())
        return true;
    QMessageBox::warning(this, tr("Meetings"), failure);
    return false;
}

// Meetings and agenda changes are the reviewer's decisions, undoable from the Edit menu; the
// document announces each, and the view reloads from that (as after an undo).
void MeetingsView::moveCurrent(int step)
{
    const qint64 agency = currentAgency();
    if (m_document && agency != 0)
        report(ReviewDecisions(*m_document).moveOnAgenda(currentMeeting(), agency, step));
}

void MeetingsView::removeCurrent()
{
    const qint64 agency = currentAgency();
    if (m_document && agency != 0)
        report(ReviewDecisions(*m_document).removeFromAgenda(currentMeeting(), agency));
}

void MeetingsView::newMeeting()
{
    if (!m_database)
        return;
    MeetingFormDialog dialog({0, QDate::currentDate().addDays(14), tr("CLETS Advisory Committee meeting"), QString(), QString()},
                             this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_document)
        return;
    const Result<qint64> added = ReviewDecisions(*m_document).addMeeting(dialog.meeting());
    if (!report(added.ok() ? QString() : added.error()))
        return;
    if (const int row = m_meetingModel->rowOf(added.value()); row >= 0)
        m_meetings->setCurrentIndex(m_meetingModel->index(row));
}

void MeetingsView::editMeeting()
{
    const std::optional<MeetingStore::Meeting> meeting = current();
    if (!m_database || !meeting || m_readOnly)
        return;
    MeetingFormDialog dialog(*meeting, this);
    if (dialog.exec() == QDialog::Accepted && m_document)
        report(ReviewDecisions(*m_document).updateMeeting(dialog.meeting()));
}

void MeetingsView::deleteMeeting()
{
    const std::optional<MeetingStore::Meeting> meeting = current();
    if (!m_database || !meeting)
        return;
    const auto answer = QMessageBox::question(
            this, tr("Delete meeting"),
            DisplayText::plural<MeetingsView>(QT_TR_NOOP("Delete “%1” and its agenda of %2 agency? The agency stays in "
                                                         "the database."),
                                              QT_TR_NOOP("Delete “%1” and its agenda of %2 agencies? The agencies stay in "
                                                         "the database."),
                                              m_model->rowCount())
                    .arg(meeting->title)
                    .arg(m_model->rowCount()));
    if (answer == QMessageBox::Yes && m_document)
        report(ReviewDecisions(*m_document).removeMeeting(currentMeeting()));
}

bool MeetingsView::saveBriefing(const QString &path)
{
    return m_documents->saveBriefing(path);
}

} // namespace cac
