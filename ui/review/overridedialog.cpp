#include "overridedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace cac {

OverrideDialog::OverrideDialog(const QString &agency, SanctionStep::Level suggested, QWidget *parent)
    : QDialog(parent), m_level(new QComboBox), m_reason(new QPlainTextEdit)
{
    setWindowTitle(tr("Override the suggested sanction"));
    for (SanctionStep::Level level : {SanctionStep::None, SanctionStep::Censure, SanctionStep::Suspension, SanctionStep::Removal})
        m_level->addItem(SanctionStep::label(level), int(level));
    m_level->setCurrentIndex(m_level->findData(int(suggested)));
    m_reason->setPlaceholderText(tr("Why the committee should do otherwise (required; kept with the decision)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("<b>%1</b><br>Suggested: %2").arg(agency.toHtmlEscaped(), SanctionStep::label(suggested))));
    form->addRow(tr("Sanction"), m_level);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_reason->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 260);
}

SanctionStep::Level OverrideDialog::chosen() const
{
    return SanctionStep::Level(m_level->currentData().toInt());
}

QString OverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace cac
