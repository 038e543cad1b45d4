#pragma once

#include "db/model/sanctionrecord.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace cac {

// Record a warning or sanction given to an agency: what, when, and why.
class SanctionDialog : public QDialog
{
    Q_OBJECT
public:
    SanctionDialog(const QString &agency, QWidget *parent = nullptr);
    SanctionRecord sanction(qint64 agencyId) const;

private:
    QComboBox *m_kind;
    QDateEdit *m_date;
    QLineEdit *m_reason;
};

} // namespace cac
