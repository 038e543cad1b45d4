#include "meetingform.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace cac {

MeetingForm::MeetingForm(const MeetingStore::Meeting &meeting, QWidget *parent)
    : QWidget(parent), m_id(meeting.id), m_date(new QDateEdit(meeting.heldOn)), m_title(new QLineEdit(meeting.title)),
      m_chair(new QLineEdit(meeting.chair)), m_place(new QLineEdit(meeting.place))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_chair->setPlaceholderText(tr("optional"));
    m_place->setPlaceholderText(tr("optional, such as \u201cSacramento, Hearing Room 1\u201d"));
    m_title->setMinimumWidth(m_title->fontMetrics().averageCharWidth() * 44); // a whole usual title
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Held on"), m_date);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("C&hair"), m_chair);
    form->addRow(tr("&Place"), m_place);
    connect(m_title, &QLineEdit::textChanged, this, [this] { emit completeChanged(isComplete()); });
}

MeetingStore::Meeting MeetingForm::meeting() const
{
    return {m_id, m_date->date(), m_title->text().trimmed(), m_chair->text().trimmed(), m_place->text().trimmed()};
}

bool MeetingForm::isComplete() const
{
    return !m_title->text().trimmed().isEmpty();
}

} // namespace cac
