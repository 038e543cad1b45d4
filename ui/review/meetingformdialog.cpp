#include "meetingformdialog.h"

#include "meetingform.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cac {

MeetingFormDialog::MeetingFormDialog(const MeetingStore::Meeting &meeting, QWidget *parent)
    : QDialog(parent), m_form(new MeetingForm(meeting))
{
    setWindowTitle(meeting.id ? tr("Meeting") : tr("New meeting"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_form->isComplete()); // a meeting needs a title: OK waits for one
    connect(m_form, &MeetingForm::completeChanged, ok, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MeetingStore::Meeting MeetingFormDialog::meeting() const
{
    return m_form->meeting();
}

} // namespace cac
