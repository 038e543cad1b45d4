#pragma once

#include "app/review/reviewsettings.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QDoubleSpinBox;

namespace cac {

// The review rules' thresholds and weights, as stored in the database, each with its default.
class ReviewSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReviewSettingsDialog(const ReviewSettings &settings, QWidget *parent = nullptr);
    ReviewSettings settings() const;
    // Shows the rules without letting them change (a read-only file, a server role that may not):
    // the values read only, Save and Restore Defaults greyed out, saying `why` as their tooltip.
    void setReadOnly(const QString &why);

private:
    void restoreDefaults();
    QHash<QString, QDoubleSpinBox *> m_boxes;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cac
