#pragma once

#include "db/model/agencyrecord.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class ReviewDocument;

// The agency's own fields, edited in place: each is written when the reviewer leaves it, checked
// with the import's rules; a refused value is put back and the reason announced.
class AgencyIdentityForm : public QWidget
{
    Q_OBJECT
public:
    explicit AgencyIdentityForm(QWidget *parent = nullptr);
    void setDocument(ReviewDocument *document);
    void setAgency(const AgencyRecord &agency);

signals:
    void editRefused(const QString &field, const QString &value, const QString &reason);

private:
    void commit(const QString &field, const QString &label, const QString &text);
    void connectLine(QLineEdit *edit, const QString &field, const QString &label);

    ReviewDocument *m_document = nullptr;
    AgencyRecord m_agency;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_county;
    QLineEdit *m_parent;
    QLineEdit *m_sworn;
    QComboBox *m_status;
    QLineEdit *m_endDate;
    QPlainTextEdit *m_notes;
    QCheckBox *m_watch;
};
