#include "sanctiondialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace cac {

SanctionDialog::SanctionDialog(const QString &agency, QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox), m_date(new QDateEdit(QDate::currentDate())), m_reason(new QLineEdit)
{
    setWindowTitle(tr("Record a warning or sanction"));
    m_kind->addItem(tr("Warning"), QStringLiteral("warning"));
    m_kind->addItem(tr("Letter of censure"), QStringLiteral("censure"));
    m_kind->addItem(tr("Suspension of service"), QStringLiteral("suspension"));
    m_kind->addItem(tr("Removal of CLETS service"), QStringLiteral("removal"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reason->setPlaceholderText(tr("e.g. did not file the 2018 misuse report"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(QStringLiteral("<b>%1</b>").arg(agency.toHtmlEscaped())));
    form->addRow(tr("What"), m_kind);
    form->addRow(tr("Given on"), m_date);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(440, 180);
}

SanctionRecord SanctionDialog::sanction(qint64 agencyId) const
{
    return {0, agencyId, m_kind->currentData().toString(), m_date->date(), std::nullopt, m_reason->text().trimmed()};
}

} // namespace cac
