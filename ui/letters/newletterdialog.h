#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QLineEdit;

namespace cac {

// Start a letter to an agency: which template, and the meeting it comes from.
class NewLetterDialog : public QDialog
{
    Q_OBJECT
public:
    // `templates`: name -> title; the list shows titles ("Letter of censure"), not names.
    NewLetterDialog(const QString &agency, const QList<std::pair<QString, QString>> &templates, const QString &suggested,
                    QWidget *parent = nullptr);
    QString templateName() const;
    QHash<QString, QString> overrides() const;

private:
    QComboBox *m_template;
    QLineEdit *m_meetingDate;
    QLineEdit *m_chair;
};

} // namespace cac
