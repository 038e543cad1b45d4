#pragma once

#include "db/stores/review/meetingstore.h"

#include <QDialog>

class QComboBox;

namespace cac {

class MeetingForm;

// Pick the meeting whose agenda an agency joins, or describe a new one.
class MeetingDialog : public QDialog
{
    Q_OBJECT
public:
    MeetingDialog(const QList<MeetingStore::Meeting> &meetings, QWidget *parent = nullptr);
    // The chosen meeting's id, or 0 for a new one (see newMeeting()).
    qint64 meetingId() const;
    MeetingStore::Meeting newMeeting() const;

private:
    QComboBox *m_existing;
    MeetingForm *m_form;
};

} // namespace cac
