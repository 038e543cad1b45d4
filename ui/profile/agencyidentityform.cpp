#include "agencyidentityform.h"

#include "app/format/displaytext.h"
#include "app/editing/reviewdocument.h"
#include "db/model/agencykind.h"
#include "db/model/servicestatus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QLabel>
#include <QVBoxLayout>

namespace cac {

AgencyIdentityForm::AgencyIdentityForm(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit), m_kind(new QComboBox), m_county(new QLineEdit), m_parent(new QLineEdit),
      m_sworn(new QLineEdit), m_status(new QComboBox), m_endDate(new QLineEdit), m_notes(new QPlainTextEdit),
      m_watch(new QCheckBox(tr("On the immigration-enforcement watch")))
{
    m_kind->addItem(DisplayText::Unknown, QString());
    for (const QString &code : AgencyKind::codes())
        m_kind->addItem(AgencyKind::label(code), code);
    for (const QString &status : ServiceStatus::codes())
        m_status->addItem(ServiceStatus::label(status), status);
    m_sworn->setPlaceholderText(tr("not reported"));
    m_endDate->setPlaceholderText(tr("YYYY-MM-DD; blank while it runs"));
    m_notes->setPlaceholderText(tr("Committee notes on this agency"));
    m_notes->setMaximumHeight(90);
    auto *saveNotes = new QPushButton(tr("Save notes"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("County"), m_county);
    form->addRow(tr("Parent organisation"), m_parent);
    form->addRow(tr("Sworn staff"), m_sworn);
    form->addRow(tr("CLETS service"), m_status);
    form->addRow(tr("Service ended on"), m_endDate);
    // The box's own text stays short; why some agencies are always watched wraps below it, so the
    // form fits a narrow pane (the profile at 1024 px) without a horizontal scroll bar.
    auto *watchNote = new QLabel(tr("DHS components are always watched, ticked or not."));
    watchNote->setWordWrap(true);
    auto *watch = new QVBoxLayout;
    watch->setSpacing(0);
    watch->addWidget(m_watch);
    watch->addWidget(watchNote);
    form->addRow(QString(), watch);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(QString(), saveNotes);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);

    // Each editor is named by its field (connectLine names the lines): the edits read the name,
    // and so can tests and accessibility tools.
    m_kind->setObjectName(QStringLiteral("kind"));
    m_status->setObjectName(QStringLiteral("service_status"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_watch->setObjectName(QStringLiteral("immigration_watch"));
    saveNotes->setObjectName(QStringLiteral("save_notes"));
    connectLine(m_name, QStringLiteral("name"), tr("Name"));
    connectLine(m_county, QStringLiteral("county"), tr("County"));
    connectLine(m_parent, QStringLiteral("parent_org"), tr("Parent organisation"));
    connectLine(m_sworn, QStringLiteral("sworn_staff"), tr("Sworn staff"));
    connectLine(m_endDate, QStringLiteral("service_end_date"), tr("Service ended on"));
    connect(m_kind, &QComboBox::activated, this,
            [this] { commit(QStringLiteral("kind"), tr("Kind"), m_kind->currentData().toString()); });
    connect(m_status, &QComboBox::activated, this,
            [this] { commit(QStringLiteral("service_status"), tr("CLETS service"), m_status->currentData().toString()); });
    connect(m_watch, &QCheckBox::clicked, this, [this](bool on) {
        commit(QStringLiteral("immigration_watch"), tr("Immigration-enforcement watch"),
               on ? QStringLiteral("yes") : QStringLiteral("no"));
    });
    connect(saveNotes, &QPushButton::clicked, this,
            [this] { commit(QStringLiteral("notes"), tr("Notes"), m_notes->toPlainText()); });
}

void AgencyIdentityForm::connectLine(QLineEdit *edit, const QString &field, const QString &label)
{
    edit->setObjectName(field);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field, label] {
        if (edit->isModified()) {
            edit->setModified(false); // left: the stored value may show again, on reload or refusal
            commit(field, label, edit->text());
        }
    });
}

void AgencyIdentityForm::setDocument(ReviewDocument *document)
{
    m_document = document;
    const bool editable = document && !document->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_kind, m_county, m_parent, m_sworn, m_status, m_endDate, m_watch})
        w->setEnabled(editable);
    m_notes->setReadOnly(!editable);
}

QString AgencyIdentityForm::storedText(const AgencyRecord &agency, const QString &field)
{
    if (field == u"name")
        return agency.name;
    if (field == u"kind")
        return agency.kind;
    if (field == u"county")
        return agency.county;
    if (field == u"parent_org")
        return agency.parentOrg;
    if (field == u"sworn_staff")
        return agency.swornStaff ? QString::number(*agency.swornStaff) : QString();
    if (field == u"service_status")
        return agency.serviceStatus;
    if (field == u"service_end_date")
        return agency.serviceEndDate ? agency.serviceEndDate->toString(Qt::ISODate) : QString();
    if (field == u"immigration_watch")
        return agency.immigrationWatch ? QStringLiteral("yes") : QStringLiteral("no");
    return agency.notes;
}

QList<QLineEdit *> AgencyIdentityForm::lines() const
{
    return {m_name, m_county, m_parent, m_sworn, m_endDate};
}

void AgencyIdentityForm::showLine(QLineEdit *edit)
{
    if (edit->isModified())
        return; // typed and not yet left: written, against the value it began from, on leaving
    const QString stored = storedText(m_agency, edit->objectName());
    edit->setText(stored);
    m_startedFrom.insert(edit->objectName(), stored);
}

void AgencyIdentityForm::showNotes()
{
    if (m_notes->document()->isModified())
        return; // unsaved notes are the reviewer's until Save notes
    if (m_notes->toPlainText() != m_agency.notes)
        m_notes->setPlainText(m_agency.notes);
    m_notes->document()->setModified(false);
    m_startedFrom.insert(QStringLiteral("notes"), m_agency.notes);
}

void AgencyIdentityForm::setAgency(const AgencyRecord &agency)
{
    if (agency.id != m_agency.id) {
        // Another agency: nothing typed for the last one applies to it.
        for (QLineEdit *edit : lines())
            edit->setModified(false);
        m_notes->document()->setModified(false);
    }
    m_agency = agency;
    for (QLineEdit *edit : lines())
        showLine(edit);
    for (const QWidget *choice : std::initializer_list<const QWidget *>{m_kind, m_status, m_watch})
        m_startedFrom.insert(choice->objectName(), storedText(agency, choice->objectName()));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(agency.kind)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(agency.serviceStatus)));
    m_watch->setChecked(agency.immigrationWatch);
    showNotes();
}

void AgencyIdentityForm::commit(const QString &field, const QString &label, const QString &text)
{
    if (!m_document)
        return;
    const bool notes = field == u"notes";
    const Status refused = m_document->editAgency(m_agency.id, field, text, m_startedFrom.value(field));
    if (refused.ok()) {
        if (notes)
            m_notes->document()->setModified(false);
        return;
    }
    // A refused edit reloaded the profile when someone else's change was the reason, so
    // m_agency is what is stored now. A line shows it again (the message keeps what was typed);
    // the notes keep what was typed, now expected to replace what is stored, once saved again.
    m_startedFrom.insert(field, storedText(m_agency, field));
    if (!notes)
        setAgency(m_agency);
    emit editRefused(label, text, refused.error());
}

} // namespace cac
