#pragma once

#include "app/review/reviewsettings.h"

#include <QDialog>
#include <QHash>

class QDoubleSpinBox;

// The review rules' thresholds and weights, as stored in the database, each with its default.
class ReviewSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReviewSettingsDialog(const ReviewSettings &settings, QWidget *parent = nullptr);
    ReviewSettings settings() const;

private:
    void restoreDefaults();
    QHash<QString, QDoubleSpinBox *> m_boxes;
};
