#include "meetingdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

MeetingDialog::MeetingDialog(const QList<MeetingStore::Meeting> &meetings, QWidget *parent)
    : QDialog(parent), m_existing(new QComboBox), m_date(new QDateEdit(QDate::currentDate().addDays(14))),
      m_title(new QLineEdit(tr("CLETS Advisory Committee meeting"))), m_chair(new QLineEdit)
{
    setWindowTitle(tr("Add to a meeting's agenda"));
    m_existing->addItem(tr("A new meeting…"), 0);
    for (const MeetingStore::Meeting &m : meetings)
        m_existing->addItem(QStringLiteral("%1 — %2").arg(m.heldOn.toString(Qt::ISODate), m.title), m.id);
    if (!meetings.isEmpty())
        m_existing->setCurrentIndex(1);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_chair->setPlaceholderText(tr("optional"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Meeting"), m_existing);
    form->addRow(tr("New meeting on"), m_date);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Chair"), m_chair);
    form->addRow(buttons);
    const auto updateNewFields = [this] {
        const bool isNew = meetingId() == 0;
        for (QWidget *w : std::initializer_list<QWidget *>{m_date, m_title, m_chair})
            w->setEnabled(isNew);
    };
    connect(m_existing, &QComboBox::currentIndexChanged, this, updateNewFields);
    updateNewFields();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 MeetingDialog::meetingId() const
{
    return m_existing->currentData().toLongLong();
}

MeetingStore::Meeting MeetingDialog::newMeeting() const
{
    return {0, m_date->date(), m_title->text().trimmed(), m_chair->text().trimmed()};
}
