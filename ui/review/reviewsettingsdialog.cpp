#include "reviewsettingsdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace cac {

ReviewSettingsDialog::ReviewSettingsDialog(const ReviewSettings &settings, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Review rules"));
    auto *thresholds = new QFormLayout;
    auto *weights = new QFormLayout;
    for (const ReviewSettings::Entry &e : ReviewSettings::entries()) {
        auto *box = new QDoubleSpinBox;
        box->setRange(0, 100000);
        box->setDecimals(0);
        box->setValue(settings.value(e.key));
        box->setToolTip(tr("Default: %1").arg(e.defaultValue));
        // Shift+F1 or the title bar's "?" on a field: what it does, in a sentence or two.
        box->setWhatsThis(e.isWeight ? tr("<b>%1</b><p>Added to an agency's priority each time this reason applies to it "
                                          "for the reporting year; the queue lists the highest priority first. 0 keeps "
                                          "the reason as a note without raising the priority. Default: %2.</p>"
                                          "<p>Help > Guide > Review rules says when each rule applies.</p>")
                                               .arg(QCoreApplication::translate("ReviewSettings", e.label))
                                               .arg(e.defaultValue)
                                     : tr("<b>%1</b><p>A threshold of the review rules: where a rule starts to apply. "
                                          "Default: %2.</p><p>Help > Guide > Review rules says what each rule looks at.</p>")
                                               .arg(QCoreApplication::translate("ReviewSettings", e.label))
                                               .arg(e.defaultValue));
        m_boxes.insert(QString::fromLatin1(e.key), box);
        (e.isWeight ? weights : thresholds)->addRow(tr(e.label), box);
    }
    auto *thresholdBox = new QGroupBox(tr("Thresholds"));
    thresholdBox->setLayout(thresholds);
    auto *weightBox = new QGroupBox(tr("Weights (added to an agency's priority for each reason)"));
    weightBox->setLayout(weights);
    auto *columns = new QHBoxLayout;
    columns->addWidget(thresholdBox);
    columns->addWidget(weightBox);
    auto *buttons = m_buttons =
            new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &ReviewSettingsDialog::restoreDefaults);
}

void ReviewSettingsDialog::setReadOnly(const QString &why)
{
    setWindowTitle(tr("Review rules (read only)"));
    for (QDoubleSpinBox *box : std::as_const(m_boxes))
        box->setReadOnly(true);
    for (const QDialogButtonBox::StandardButton which : {QDialogButtonBox::Save, QDialogButtonBox::RestoreDefaults}) {
        m_buttons->button(which)->setEnabled(false);
        m_buttons->button(which)->setToolTip(why);
    }
}

void ReviewSettingsDialog::restoreDefaults()
{
    for (const ReviewSettings::Entry &e : ReviewSettings::entries())
        m_boxes.value(QString::fromLatin1(e.key))->setValue(e.defaultValue);
}

ReviewSettings ReviewSettingsDialog::settings() const
{
    ReviewSettings s;
    for (const ReviewSettings::Entry &e : ReviewSettings::entries())
        s.set(e.key, m_boxes.value(QString::fromLatin1(e.key))->value());
    return s;
}

} // namespace cac
