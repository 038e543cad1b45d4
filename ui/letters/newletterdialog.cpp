#include "newletterdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace cac {

NewLetterDialog::NewLetterDialog(const QString &agency, const QList<std::pair<QString, QString>> &templates,
                                 const QString &suggested, QWidget *parent)
    : QDialog(parent), m_template(new QComboBox), m_meetingDate(new QLineEdit), m_chair(new QLineEdit)
{
    setWindowTitle(tr("New letter"));
    for (const auto &[name, title] : templates)
        m_template->addItem(title.isEmpty() ? name : title, name);
    m_template->setCurrentIndex(qMax(0, m_template->findData(suggested)));
    m_meetingDate->setPlaceholderText(tr("optional, such as December 10, 2026"));
    m_chair->setPlaceholderText(tr("optional: the chair's name"));
    // Wide enough for its hints and the longest title, whole.
    const int width = std::max(m_meetingDate->fontMetrics().horizontalAdvance(m_meetingDate->placeholderText()),
                               m_template->sizeHint().width());
    for (QWidget *field : std::initializer_list<QWidget *>{m_template, m_meetingDate, m_chair})
        field->setMinimumWidth(width + 24);
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
    return m_template->currentData().toString();
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

} // namespace cac
