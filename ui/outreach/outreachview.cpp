#include "outreachview.h"

#include "calldialog.h"
#include "outreachtablemodel.h"
#include "ui/charts/yeartrendchart.h"

#include "app/letters/reminderletters.h"
#include "app/outreach/callsheet.h"
#include "app/outreach/filingweeks.h"
#include "app/outreach/outreachlist.h"
#include "app/outreach/reportingforms.h"
#include "app/review/reviewqueue.h"
#include "db/stores/records/contactstore.h"
#include "db/engine/database.h"
#include "db/stores/metastore.h"
#include "db/model/osuser.h"
#include "db/stores/outreach/outreachstore.h"
#include "ui/fittedcolumns.h"
#include "ui/readonlylist.h"
#include "ui/statusnote.h"

#include "ui/files/filedialogs.h"
#include "ui/files/writtenfilenotice.h"
#include "ui/printing/documentpreview.h"
#include "ui/files/demoflag.h"
#include "app/format/displaytext.h"
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cac {

OutreachView::OutreachView(QWidget *parent)
    : QWidget(parent), m_model(new OutreachTableModel(this)), m_table(new QTableView), m_order(new QComboBox),
      m_progress(new QLabel), m_chart(new QChartView)
{
    m_order->addItem(tr("Highest priority first"), int(OutreachList::Order::Priority));
    m_order->addItem(tr("By county"), int(OutreachList::Order::County));
    m_order->addItem(tr("By follow-up date"), int(OutreachList::Order::FollowUp));
    m_table->setModel(m_model);
    ReadOnlyList::setUp(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several to assign at once
    m_table->setWordWrap(false);
    // Who to call and how, whole where the window is wide enough; on a narrow screen the long
    // texts (why first, the agency's name last) give up width, elided, with their
    // whole text in the tooltip, so that a row reads without scrolling sideways. The phone, the
    // years and the dates are never cut.
    FittedColumns::keep(m_table,
                        {OutreachTableModel::Why, OutreachTableModel::Email, OutreachTableModel::Contact,
                         OutreachTableModel::LastCall, OutreachTableModel::Agency});
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(300);
    m_progress->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Order:")));
    top->addWidget(m_order);
    top->addWidget(m_progress, 1);
    auto *buttons = new QHBoxLayout;
    const std::pair<QString, std::function<void()>> actions[] = {
            {tr("&Log a call…"), [this] { logCall(); }},
            {tr("A&ssign…"), [this] { assign(); }},
            {tr("E&xport list…"), [this] { exportList(false); }}, // CSV or .xlsx
            {tr("Call sheet PDF…"), [this] { exportList(true); }},
            {tr("Print call sheet…"), [this] { previewCallSheet(); }},
            {tr("Reminder letters…"), [this] { reminderLetters(); }},
            {tr("Reporting &forms…"), [this] { reportingForms(); }},
    };
    for (const auto &[label, action] : actions) {
        auto *button = new QPushButton(label);
        connect(button, &QPushButton::clicked, this, action);
        buttons->addWidget(button);
        if (label == tr("&Log a call…") || label == tr("A&ssign…") || label == tr("Reporting &forms…"))
            m_writeButtons << button; // they write to the database
    }
    buttons->addStretch(1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    connect(m_order, &QComboBox::currentIndexChanged, this, &OutreachView::reload);
}

void OutreachView::setDatabase(Database *database, const QString &notAllowed)
{
    m_database = database;
    m_notAllowed = notAllowed;
    m_readOnly = !notAllowed.isEmpty();
    for (QPushButton *button : std::as_const(m_writeButtons)) {
        button->setEnabled(!m_readOnly);
        button->setToolTip(m_notAllowed);
    }
    reload();
}

void OutreachView::setYear(int year)
{
    m_year = year;
    reload();
}

void OutreachView::reload()
{
    if (!m_database || m_year == 0 || !isVisible())
        return; // drawn when shown: it reads every agency's history
    QSqlDatabase db = m_database->connection();
    Result<OutreachList::Listing> listing = OutreachList::read(db, m_year);
    if (!listing.ok()) {
        // Said as such: an empty list would read as "nobody to call".
        m_model->setEntries({});
        m_progress->setText(tr("The call list for %1 could not be read: %2").arg(m_year).arg(listing.error()));
        return;
    }
    QList<OutreachEntry> entries = std::move(listing.value().entries);
    OutreachList::sort(entries, OutreachList::Order(m_order->currentData().toInt()));
    const OutreachList::Progress p = OutreachList::progress(entries, listing.value().filed, listing.value().calls);
    m_progress->setText(tr("%1 to call for %2: %3 outstanding, %4 reached, %5 promised, %6 unreachable, %7 refused; "
                           "%8 filed since a call.")
                                .arg(entries.size())
                                .arg(m_year)
                                .arg(p.outstanding)
                                .arg(p.reached)
                                .arg(p.promised)
                                .arg(p.unreachable)
                                .arg(p.refused)
                                .arg(p.filedSinceCalled));
    // The rows chosen stay chosen, by ORI, though a call or an assignment reorders the list.
    const QStringList chosen = selectedOris();
    const QString current = currentRow() >= 0 ? m_model->entry(currentRow()).agency.ori : QString();
    m_model->setEntries(entries);
    select(chosen, current);
    const QDate deadline = listing.value().settings.deadline(m_year);
    QChart *old = m_chart->chart();
    const Result<ChartData> weeks = FilingWeeks::chart(db, m_year, deadline);
    if (!weeks.ok())
        m_progress->setText(m_progress->text() + u' ' + tr("The week-by-week chart could not be read: %1").arg(weeks.error()));
    m_chart->setChart(YearTrendChart::build(weeks.ok() ? weeks.value() : ChartData()));
    delete old;
}

void OutreachView::reminderLetters()
{
    if (!m_database || m_model->rowCount() == 0)
        return;
    const QString folder = FileDialogs::existingFolder(this, tr("Folder for the reminder letters"));
    if (folder.isEmpty())
        return;
    const Result<int> written = ReminderLetters::writeAll(m_database->connection(), m_model->entries(), m_year, folder);
    if (!written.ok())
        QMessageBox::warning(this, tr("Reminder letters"), written.error());
    else
        QMessageBox::information(this, tr("Reminder letters"),
                                 DisplayText::plural<OutreachView>(QT_TR_NOOP("Wrote %1 letter to %2."),
                                                                   QT_TR_NOOP("Wrote %1 letters to %2."), written.value())
                                         .arg(written.value())
                                         .arg(folder));
}

// The year's enhanced reporting forms, one workbook per agency due, in a folder the user picks.
// Written on this thread (they are recorded as issued in this database), with progress and
// Cancel, which keeps no form; about 3 ms a form, so a statewide set takes a few seconds.
void OutreachView::reportingForms()
{
    if (!m_database)
        return;
    if (m_readOnly) {
        QMessageBox::information(this, tr("Reporting forms"),
                                 tr("Forms are recorded as issued in the database, so none can be made: %1").arg(m_notAllowed));
        return;
    }
    const QString folder = FileDialogs::existingFolder(this, tr("Folder for the %1 reporting forms").arg(m_year));
    if (folder.isEmpty())
        return;
    QProgressDialog progress(tr("Writing the reporting forms…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic_bool cancelled{false};
    ReportingForms::Request request;
    request.year = m_year;
    request.folder = folder;
    request.source = m_database->displayName();
    const std::optional<bool> demo = DemoFlag::read(*m_database, this);
    if (!demo)
        return;
    request.demo = *demo;
    request.cancel = &cancelled;
    request.progress = [&progress, &cancelled](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        cancelled = progress.wasCanceled();
    };
    const Result<QStringList> written = ReportingForms::write(m_database->connection(), request);
    progress.reset();
    if (!written.ok()) {
        QMessageBox::warning(this, tr("Reporting forms"), written.error());
        return;
    }
    QMessageBox::information(
            this, tr("Reporting forms"),
            DisplayText::plural<OutreachView>(QT_TR_NOOP("Wrote %n reporting form for %1 to %2.%3 Returned forms are read with "
                                                         "File > Import a folder of reports…."),
                                              QT_TR_NOOP("Wrote %n reporting forms for %1 to %2.%3 Returned forms are read with "
                                                         "File > Import a folder of reports…."),
                                              written.value().size())
                    .arg(m_year)
                    .arg(QDir::toNativeSeparators(folder),
                         request.demo ? QStringLiteral(" (%1.)").arg(MetaStore::DemoNotice) : QString()));
}

int OutreachView::currentRow() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

QList<int> OutreachView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList OutreachView::selectedOris() const
{
    QStringList oris;
    for (const int row : selectedRows())
        oris << m_model->entry(row).agency.ori;
    return oris;
}

void OutreachView::select(const QStringList &oris, const QString &current)
{
    QItemSelection selection;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString ori = m_model->entry(row).agency.ori;
        if (oris.contains(ori))
            selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
        if (ori == current)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void OutreachView::logCall()
{
    const int row = currentRow();
    if (row < 0 || !m_database || m_readOnly)
        return;
    const OutreachEntry &e = m_model->entry(row);
    CallDialog dialog(e.agency.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<qint64> logged = OutreachStore(m_database->connection()).logCall(dialog.call(e.agency.id, m_year));
    if (!logged.ok())
        QMessageBox::warning(this, tr("Log a call"), logged.error());
    reload();
}

namespace {
QString assignedText(int agencies, const QString &staff)
{
    if (staff.isEmpty())
        return agencies == 1 ? OutreachView::tr("1 agency has nobody assigned now.")
                             : OutreachView::tr("%1 agencies have nobody assigned now.").arg(agencies);
    return agencies == 1 ? OutreachView::tr("Assigned 1 agency to %1.").arg(staff)
                         : OutreachView::tr("Assigned %1 agencies to %2.").arg(agencies).arg(staff);
}
} // namespace

void OutreachView::assign()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || !m_database || m_readOnly)
        return;
    QList<qint64> agencies;
    for (const int row : rows)
        agencies << m_model->entry(row).agency.id;
    const OutreachEntry &first = m_model->entry(rows.first());
    const QString question = rows.size() == 1 ? tr("Who calls %1? (blank: nobody)").arg(first.agency.name)
                                              : tr("Who calls these %1 agencies? (blank: nobody)").arg(rows.size());
    bool ok = false;
    const QString staff = QInputDialog::getText(this, tr("Assign"), question, QLineEdit::Normal,
                                                first.assignedTo.isEmpty() ? OsUser::name() : first.assignedTo, &ok);
    if (!ok)
        return;
    const Status assigned = OutreachStore(m_database->connection()).assign(agencies, m_year, staff);
    if (!assigned.ok())
        QMessageBox::warning(this, tr("Assign"), assigned.error());
    reload();
    if (assigned.ok())
        StatusNote::say(this, assignedText(int(agencies.size()), staff.trimmed()));
}

void OutreachView::previewCallSheet()
{
    if (!m_database)
        return;
    const std::optional<bool> demo = DemoFlag::read(*m_database, this);
    if (!demo)
        return;
    const QString source = m_database->displayName();
    DocumentPreview::show(this, tr("Outreach call sheet %1").arg(m_year), CallSheet::pageLayout(),
                          [&] { return CallSheet::document(m_model->entries(), m_year, *demo, source); });
}

void OutreachView::exportList(bool pdf)
{
    if (!m_database)
        return;
    QString path = FileDialogs::saveFile(this, pdf ? tr("Call sheet") : tr("Outreach list"),
                                         pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"),
                                         pdf ? QStringLiteral("call-sheet-%1.pdf").arg(m_year)
                                             : QStringLiteral("outreach-%1.csv").arg(m_year));
    if (path.isEmpty())
        return;
    const std::optional<bool> isDemo = DemoFlag::read(*m_database, this);
    if (!isDemo)
        return;
    const bool demo = *isDemo;
    const QString source = m_database->displayName();
    Status status = Status::success();
    if (pdf) {
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".pdf");
        status = CallSheet::savePdf(m_model->entries(), m_year, demo, source, path);
    } else {
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".csv");
        status = path.endsWith(QLatin1StringView(".xlsx"), Qt::CaseInsensitive)
                ? OutreachList::saveXlsx(m_model->entries(), m_year, demo, source, path)
                : OutreachList::saveCsv(m_model->entries(), demo, path);
    }
    if (!status.ok())
        QMessageBox::warning(this, tr("Export"), status.error());
    else
        WrittenFileNotice::show(this, path);
}

} // namespace cac
