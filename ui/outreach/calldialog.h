#pragma once

#include "db/model/outreachcall.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace cac {

// Log a call to an agency: when, who called, what came of it, what was promised, when to call
// again.
class CallDialog : public QDialog
{
    Q_OBJECT
public:
    CallDialog(const QString &agency, QWidget *parent = nullptr);
    OutreachCall call(qint64 agencyId, int year) const;

private:
    QDateTimeEdit *m_when;
    QLineEdit *m_caller;
    QComboBox *m_outcome;
    QCheckBox *m_hasPromise;
    QDateEdit *m_promisedBy;
    QCheckBox *m_hasFollowUp;
    QDateEdit *m_followUp;
    QPlainTextEdit *m_notes;
};

} // namespace cac
