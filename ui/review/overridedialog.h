#pragma once

#include "app/review/sanctionstep.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace cac {

// Choose a sanction other than the suggested one, and say why; the reason is required and kept.
class OverrideDialog : public QDialog
{
    Q_OBJECT
public:
    OverrideDialog(const QString &agency, SanctionStep::Level suggested, QWidget *parent = nullptr);
    SanctionStep::Level chosen() const;
    QString reason() const;

private:
    QComboBox *m_level;
    QPlainTextEdit *m_reason;
    QPushButton *m_ok;
};

} // namespace cac
