#pragma once

#include "db/stores/review/meetingstore.h"

#include <QDialog>

namespace cac {

class MeetingForm;

// A meeting's date, title and chair, for a new meeting or to correct one.
class MeetingFormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MeetingFormDialog(const MeetingStore::Meeting &meeting, QWidget *parent = nullptr);
    MeetingStore::Meeting meeting() const; // with the id it was given

private:
    MeetingForm *m_form;
};

} // namespace cac
