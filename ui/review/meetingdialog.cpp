#include "meetingdialog.h"

#include "meetingform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace cac {

MeetingDialog::MeetingDialog(const QList<MeetingStore::Meeting> &meetings, QWidget *parent)
    : QDialog(parent), m_existing(new QComboBox),
      m_form(new MeetingForm({0, QDate::currentDate().addDays(14), tr("CLETS Advisory Committee meeting"), QString(), QString()}))
{
    setWindowTitle(tr("Add to a meeting's agenda"));
    m_existing->addItem(tr("A new meeting…"), 0);
    for (const MeetingStore::Meeting &m : meetings)
        m_existing->addItem(QStringLiteral("%1 — %2").arg(m.heldOn.toString(Qt::ISODate), m.title), m.id);
    if (!meetings.isEmpty())
        m_existing->setCurrentIndex(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Meeting"), m_existing);
    form->addRow(m_form);
    form->addRow(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    // The new meeting's fields count only for a new meeting, which needs a title.
    const auto update = [this, ok] {
        const bool isNew = meetingId() == 0;
        m_form->setEnabled(isNew);
        ok->setEnabled(!isNew || m_form->isComplete());
    };
    connect(m_existing, &QComboBox::currentIndexChanged, this, update);
    connect(m_form, &MeetingForm::completeChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 MeetingDialog::meetingId() const
{
    return m_existing->currentData().toLongLong();
}

MeetingStore::Meeting MeetingDialog::newMeeting() const
{
    return m_form->meeting();
}

} // namespace cac
