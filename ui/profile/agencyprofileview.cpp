#include "agencyprofileview.h"

#include "ui/alertcolour.h"
#include "ui/audit/auditlogview.h"
#include "ui/charts/charthovertip.h"

#include "agencyidentityform.h"
#include "contacttablemodel.h"
#include "reporttablemodel.h"
#include "sanctiondialog.h"
#include "ui/charts/yeartrendchart.h"
#include "app/review/reviewexplanation.h"

#include "app/metrics/agencyprofileloader.h"
#include "app/editing/reviewdocument.h"
#include "app/letters/letterdrafting.h"
#include "app/charts/agencyseries.h"
#include "app/review/reviewqueue.h"
#include "db/engine/database.h"
#include "db/engine/permissions.h"
#include "db/stores/records/agencystore.h"
#include "db/stores/letters/draftstore.h"
#include "db/stores/records/reportstore.h"
#include "db/stores/records/sanctionstore.h"
#include "ui/letters/draftlistmodel.h"
#include "ui/letters/letterlauncher.h"
#include "db/model/agencykind.h"
#include "db/engine/database.h"

#include <QChart>

#include <algorithm>
#include <QChartView>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTableView>
#include <QVBoxLayout>

namespace cac {

namespace {
QTableView *makeTable(QAbstractItemModel *model)
{
    auto *table = new QTableView;
    table->setModel(model);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setWordWrap(false);
    return table;
}

// A table's cell editors are the visible widgets on its viewport (it has no index widgets).
bool hasOpenEditor(const QTableView *table)
{
    const QList<QWidget *> children = table->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    return std::any_of(children.cbegin(), children.cend(), [](const QWidget *w) { return w->isVisible(); });
}
} // namespace

AgencyProfileView::AgencyProfileView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_subtitle(new QLabel), m_message(new QLabel), m_sanctions(new QLabel),
      m_identity(new AgencyIdentityForm), m_contactModel(new ContactTableModel(this)), m_contacts(makeTable(m_contactModel)),
      m_reportModel(new ReportTableModel(this)), m_reports(makeTable(m_reportModel)), m_chart(new QChartView),
      m_tabs(new QTabWidget), m_review(new QTextBrowser), m_draftModel(new DraftListModel(this)),
      m_drafts(makeTable(m_draftModel)), m_history(new AuditLogView)
{
    m_title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    AlertColour::mark(m_message, true);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Problem"));
    m_message->hide();
    m_sanctions->setWordWrap(true);
    m_sanctions->setTextFormat(Qt::RichText);
    m_contacts->horizontalHeader()->setStretchLastSection(true);
    m_reports->setMinimumHeight(160);
    // A reload waits while a cell is being edited (someone else's change arriving meanwhile would
    // close the editor and drop the typing); it follows once the editor closes.
    for (QTableView *table : {m_reports, m_contacts}) {
        connect(
                table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
                [this] {
                    if (m_reloadWhenEdited)
                        reload();
                },
                Qt::QueuedConnection);
    }
    m_chart->setRenderHint(QPainter::Antialiasing);
    ChartHoverTip::install(m_chart);
    m_chart->setMinimumHeight(260);

    auto *addContact = new QPushButton(tr("Add contact…"));
    auto *removeContact = new QPushButton(tr("Remove contact"));
    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(addContact);
    contactButtons->addWidget(removeContact);
    contactButtons->addStretch(1);
    auto *contactPage = new QWidget;
    auto *contactLayout = new QVBoxLayout(contactPage);
    contactLayout->addWidget(m_contacts);
    contactLayout->addLayout(contactButtons);

    auto *identityPage = new QWidget;
    auto *identityLayout = new QVBoxLayout(identityPage);
    identityLayout->addWidget(m_identity);
    identityLayout->addWidget(m_sanctions);
    auto *recordSanction = new QPushButton(tr("Record a warning or sanction…"));
    recordSanction->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    identityLayout->addWidget(recordSanction);
    connect(recordSanction, &QPushButton::clicked, this, [this] {
        if (!m_document || m_agencyId == 0)
            return;
        SanctionDialog dialog(m_title->text(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const Status refused = m_document->recordSanction(dialog.sanction(m_agencyId));
        if (!refused.ok())
            showRefusal(tr("Warning or sanction"), QString(), refused.error());
    });
    identityLayout->addStretch(1);
    auto *identityScroll = new QScrollArea;
    identityScroll->setWidget(identityPage);
    identityScroll->setWidgetResizable(true);
    identityScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form fits the pane's width
    identityScroll->setFrameShape(QFrame::NoFrame);

    auto *reportPage = new QWidget;
    auto *reportLayout = new QVBoxLayout(reportPage);
    m_reportHint = new QLabel;
    m_reportHint->setObjectName(QStringLiteral("report_hint"));
    m_reportHint->setWordWrap(true);
    reportLayout->addWidget(m_reportHint);
    reportLayout->addWidget(m_reports, 2);
    reportLayout->addWidget(m_chart, 3);

    m_tabs->addTab(reportPage, tr("&Reports"));
    m_tabs->addTab(identityScroll, tr("Agenc&y"));
    m_tabs->addTab(contactPage, tr("Con&tacts"));
    m_tabs->addTab(m_review, tr("Rev&iew"));
    m_drafts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_drafts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_drafts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *newLetter = new QPushButton(tr("New letter…"));
    auto *openLetter = new QPushButton(tr("Open"));
    auto *letterButtons = new QHBoxLayout;
    letterButtons->addWidget(newLetter);
    letterButtons->addWidget(openLetter);
    letterButtons->addStretch(1);
    auto *letterPage = new QWidget;
    auto *letterLayout = new QVBoxLayout(letterPage);
    letterLayout->addWidget(m_drafts);
    letterLayout->addLayout(letterButtons);
    m_tabs->addTab(letterPage, tr("&Letters"));
    // Who changed this agency's records and when; read only while the tab is shown.
    m_tabs->addTab(m_history, tr("Hi&story"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &AgencyProfileView::reloadHistory);
    connect(newLetter, &QPushButton::clicked, this, &AgencyProfileView::newLetter);
    const auto openCurrent = [this] {
        const QModelIndex current = m_drafts->currentIndex();
        if (m_document && current.isValid())
            LetterLauncher::open(m_document->database(), m_draftModel->draftId(current.row()), this);
    };
    connect(openLetter, &QPushButton::clicked, this, openCurrent);
    connect(m_drafts, &QTableView::doubleClicked, this, openCurrent);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(addContact, &QPushButton::clicked, this, &AgencyProfileView::addContact);
    connect(removeContact, &QPushButton::clicked, this, &AgencyProfileView::removeContact);
    connect(m_identity, &AgencyIdentityForm::editRefused, this, &AgencyProfileView::showRefusal);
    connect(m_contactModel, &ContactTableModel::editRefused, this, &AgencyProfileView::showRefusal);
    connect(m_reportModel, &ReportTableModel::editRefused, this, &AgencyProfileView::showRefusal);
    m_title->setText(tr("Choose an agency in the list"));
}

void AgencyProfileView::setDocument(ReviewDocument *document, bool demo)
{
    m_document = document;
    m_demo = demo;
    m_identity->setDocument(document);
    m_history->clear();
    m_contactModel->setDocument(document);
    m_reportModel->setDocument(document);
    // A reader who may not correct figures is told so, and why, where others are told how.
    const QString why = document ? document->database().permissions().whyNot(Permissions::Action::EditRecords) : QString();
    m_reportHint->setText(why.isEmpty() ? tr("Double-click a cell to correct it; leave it blank for “not reported”.") : why);
    connect(document, &ReviewDocument::agencyChanged, this, [this](qint64 id) {
        if (id == m_agencyId || id == 0)
            reload();
    });
    m_agencyId = 0;
}

QString AgencyProfileView::heading() const
{
    return m_title->text();
}

void AgencyProfileView::showAgency(qint64 agencyId)
{
    m_agencyId = agencyId;
    m_message->hide();
    reload();
}

void AgencyProfileView::clear()
{
    m_agencyId = 0;
    m_message->hide();
    m_title->setText(tr("No agency chosen"));
    m_subtitle->setText(tr("Choose one in the list; when the list is empty, import reports (File > Import reports…)."));
    m_sanctions->clear();
    m_history->clear();
    m_tabs->hide();
}

void AgencyProfileView::reloadHistory()
{
    if (m_document && m_agencyId != 0 && m_tabs->currentWidget() == m_history)
        m_history->setSource(m_document, m_agencyId);
}

void AgencyProfileView::reload()
{
    if (!m_document || m_agencyId == 0)
        return;
    m_reloadWhenEdited = hasOpenEditor(m_reports) || hasOpenEditor(m_contacts);
    if (m_reloadWhenEdited)
        return;
    m_tabs->show();
    reloadHistory();
    const Result<AgencyProfile> profile = AgencyProfileLoader(m_document->database().connection()).load(m_agencyId);
    if (!profile.ok()) {
        showError(tr("This agency could not be read: %1").arg(profile.error()));
        return;
    }
    const AgencyRecord &a = profile.value().agency;
    m_title->setText(a.name);
    QStringList facts{a.ori, a.kind.isEmpty() ? tr("kind not recorded") : AgencyKind::label(a.kind),
                      a.county.isEmpty() ? tr("county not recorded") : tr("%1 County").arg(a.county)};
    if (!a.parentOrg.isEmpty())
        facts << a.parentOrg;
    facts << (a.swornStaff ? tr("%1 sworn staff").arg(QLocale().toString(*a.swornStaff)) : tr("sworn staff not reported"));
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));
    m_identity->setAgency(a);
    QStringList sanctions;
    for (const SanctionRecord &s : profile.value().sanctions)
        sanctions << tr("<b>%1</b> %2: %3").arg(s.issuedOn.toString(Qt::ISODate), s.kind, s.reason.toHtmlEscaped());
    m_sanctions->setText(sanctions.isEmpty() ? tr("No warnings or sanctions on record.")
                                             : tr("Warnings and sanctions:<br>") + sanctions.join(QStringLiteral("<br>")));
    m_contactModel->setContacts(profile.value().contacts);
    // Due until the year shown, or until service ended.
    int lastDue = m_year;
    if (a.serviceEndDate)
        lastDue = qMin(lastDue, a.serviceEndDate->year());
    m_reportModel->setReports(profile.value().reports, lastDue);
    m_reports->resizeColumnsToContents();
    updateChart(profile.value());
    updateReview(profile.value());
    const Result<QList<DraftStore::Draft>> drafts = DraftStore(m_document->database().connection()).forAgency(m_agencyId);
    m_draftModel->setDrafts(drafts.ok() ? drafts.value() : QList<DraftStore::Draft>());
    if (!drafts.ok())
        showError(tr("The letters of this agency could not be read: %1").arg(drafts.error()));
}

qint64 AgencyProfileView::newLetter()
{
    if (!m_document || m_agencyId == 0)
        return 0;
    QSqlDatabase db = m_document->database().connection();
    const Result<AgencyProfile> profile = AgencyProfileLoader(db).load(m_agencyId);
    // The letter for the sanction to act on: the committee's override, else the suggestion.
    const Result<QString> templateName = LetterDrafting::templateForAgency(db, m_agencyId, m_year);
    if (!profile.ok() || !templateName.ok()) {
        showError(tr("No letter was started: %1").arg(profile.ok() ? templateName.error() : profile.error()));
        return 0;
    }
    const AgencyRecord &agency = profile.value().agency;
    const qint64 id =
            LetterLauncher::newLetter(m_document->database(), agency.ori, agency.name, m_year, templateName.value(), this);
    reload();
    return id;
}

void AgencyProfileView::setYear(int year)
{
    m_year = year;
    reload();
}

void AgencyProfileView::updateReview(const AgencyProfile &profile)
{
    if (m_year == 0)
        return;
    const AgencyHistory history = AgencyHistory::whole(profile.agency, profile.reports, profile.sanctions);
    const Result<ReviewSettings> settings = ReviewQueue::loadSettings(m_document->database().connection());
    if (!settings.ok()) {
        m_review->setPlainText(tr("The review rules could not be read: %1").arg(settings.error()));
        return;
    }
    const QList<QueueEntry> entries = ReviewQueue::build({history}, m_year, settings.value());
    if (entries.isEmpty()) {
        m_review->setHtml(tr("<p>Nothing flags this agency for %1, and no sanction is suggested.</p>").arg(m_year));
        return;
    }
    m_review->setHtml(ReviewExplanation::html(entries.first(), m_year));
}

void AgencyProfileView::updateChart(const AgencyProfile &profile)
{
    // Every due year up to the one shown, so that years without a report show as gaps.
    const AgencyHistory history = AgencyHistory::whole(profile.agency, profile.reports, profile.sanctions);
    const std::optional<int> last =
            profile.reports.isEmpty() ? std::nullopt : std::optional<int>(std::max(m_year, profile.reports.last().year));
    using Metric = AgencySeries::Metric;
    const ChartData::Series investigations{tr("Investigations"),
                                           AgencySeries::points(history, Metric::Investigations, 1, std::nullopt, last)};
    const ChartData::Series violations{tr("Violations"),
                                       AgencySeries::points(history, Metric::Violations, 1, std::nullopt, last)};
    const ChartData::Series individuals{tr("Individuals"),
                                        AgencySeries::points(history, Metric::Individuals, 1, std::nullopt, last)};
    QString footnote = m_demo ? tr("Demo data, fictional agencies. ") : QString();
    footnote += tr("Source: %1. Gaps: not filed or not reported.").arg(m_document->database().displayName());
    ChartData data;
    data.title = tr("Misuse reported by year");
    data.yTitle = tr("Count");
    data.footnote = footnote;
    data.series = {investigations, violations, individuals};
    QChart *old = m_chart->chart();
    m_chart->setChart(YearTrendChart::build(data));
    delete old;
}

void AgencyProfileView::showRefusal(const QString &field, const QString &value, const QString &reason)
{
    showError(tr("%1: “%2” was not saved: %3").arg(field, value, reason));
}

void AgencyProfileView::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void AgencyProfileView::addContact()
{
    if (!m_document || m_agencyId == 0)
        return;
    bool ok = false;
    const QString name =
            QInputDialog::getText(this, tr("Add contact"), tr("Name of the contact:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    ContactRecord contact;
    contact.agencyId = m_agencyId;
    contact.name = name;
    const Status refused = m_document->addContact(contact);
    if (!refused.ok())
        showRefusal(tr("Contact"), name, refused.error());
}

void AgencyProfileView::removeContact()
{
    const QModelIndex current = m_contacts->currentIndex();
    if (!m_document || !current.isValid())
        return;
    const Status refused = m_document->removeContact(m_contactModel->contactId(current.row()));
    if (!refused.ok())
        showRefusal(tr("Contact"), QString(), refused.error());
}

} // namespace cac
