#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QLineEdit;

// Start a letter to an agency: which template, and the meeting it comes from.
class NewLetterDialog : public QDialog
{
    Q_OBJECT
public:
    NewLetterDialog(const QString &agency, const QStringList &templates, const QString &suggested, QWidget *parent = nullptr);
    QString templateName() const;
    QHash<QString, QString> overrides() const;

private:
    QComboBox *m_template;
    QLineEdit *m_meetingDate;
    QLineEdit *m_chair;
};
