#include "calldialog.h"

#include "db/model/osuser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace cac {

CallDialog::CallDialog(const QString &agency, QWidget *parent)
    : QDialog(parent), m_when(new QDateTimeEdit(QDateTime::currentDateTime())), m_caller(new QLineEdit(OsUser::name())),
      m_outcome(new QComboBox), m_hasPromise(new QCheckBox(tr("Promised to file by"))),
      m_promisedBy(new QDateEdit(QDate::currentDate().addDays(14))), m_hasFollowUp(new QCheckBox(tr("Call again on"))),
      m_followUp(new QDateEdit(QDate::currentDate().addDays(7))), m_notes(new QPlainTextEdit)
{
    setWindowTitle(tr("Log a call"));
    for (const QString &o : OutreachCall::outcomes())
        m_outcome->addItem(OutreachCall::outcomeLabel(o), o);
    for (QDateEdit *d : {m_promisedBy, m_followUp}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_hasFollowUp->setChecked(true);
    m_promisedBy->setEnabled(false);
    connect(m_hasPromise, &QCheckBox::toggled, m_promisedBy, &QWidget::setEnabled);
    connect(m_hasFollowUp, &QCheckBox::toggled, m_followUp, &QWidget::setEnabled);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        if (m_outcome->currentData().toString() == u"promised")
            m_hasPromise->setChecked(true);
    });
    auto *promise = new QHBoxLayout;
    promise->addWidget(m_hasPromise);
    promise->addWidget(m_promisedBy);
    auto *followUp = new QHBoxLayout;
    followUp->addWidget(m_hasFollowUp);
    followUp->addWidget(m_followUp);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(QStringLiteral("<b>%1</b>").arg(agency.toHtmlEscaped())));
    form->addRow(tr("When"), m_when);
    form->addRow(tr("Caller"), m_caller);
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(QString(), promise);
    form->addRow(QString(), followUp);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

OutreachCall CallDialog::call(qint64 agencyId, int year) const
{
    OutreachCall c;
    c.agencyId = agencyId;
    c.year = year;
    c.calledAt = m_when->dateTime();
    c.caller = m_caller->text().trimmed().isEmpty() ? OsUser::name() : m_caller->text().trimmed();
    c.outcome = m_outcome->currentData().toString();
    if (m_hasPromise->isChecked())
        c.promisedBy = m_promisedBy->date();
    c.notes = m_notes->toPlainText().trimmed();
    if (m_hasFollowUp->isChecked())
        c.nextFollowUp = m_followUp->date();
    return c;
}

} // namespace cac
