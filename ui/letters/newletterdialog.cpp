#include "newletterdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

NewLetterDialog::NewLetterDialog(const QString &agency, const QStringList &templates, const QString &suggested, QWidget *parent)
    : QDialog(parent), m_template(new QComboBox), m_meetingDate(new QLineEdit), m_chair(new QLineEdit)
{
    setWindowTitle(tr("New letter"));
    m_template->addItems(templates);
    m_template->setCurrentIndex(qMax(0, m_template->findText(suggested)));
    m_meetingDate->setPlaceholderText(tr("e.g. December 10, 2026 (optional)"));
    m_chair->setPlaceholderText(tr("the committee chair's name (optional)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(QStringLiteral("<b>%1</b>").arg(agency.toHtmlEscaped())));
    form->addRow(tr("Template"), m_template);
    form->addRow(tr("Meeting"), m_meetingDate);
    form->addRow(tr("Chair"), m_chair);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString NewLetterDialog::templateName() const
{
    return m_template->currentText();
}

QHash<QString, QString> NewLetterDialog::overrides() const
{
    QHash<QString, QString> values;
    if (!m_meetingDate->text().trimmed().isEmpty())
        values.insert(QStringLiteral("meeting.date"), m_meetingDate->text().trimmed());
    if (!m_chair->text().trimmed().isEmpty())
        values.insert(QStringLiteral("meeting.chair"), m_chair->text().trimmed());
    return values;
}
