#pragma once

#include "db/stores/review/meetingstore.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;

namespace cac {

// The fields of a meeting (held on, title, chair), for the meeting dialogs.
class MeetingForm : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingForm(const MeetingStore::Meeting &meeting, QWidget *parent = nullptr);
    MeetingStore::Meeting meeting() const; // with the id it was given
    bool isComplete() const;               // a meeting needs a title

signals:
    void completeChanged(bool complete);

private:
    qint64 m_id;
    QDateEdit *m_date;
    QLineEdit *m_title;
    QLineEdit *m_chair;
    QLineEdit *m_place;
};

} // namespace cac
