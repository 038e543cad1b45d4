#pragma once

#include "db/model/agencyrecord.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace cac {

class ReviewDocument;

// The agency's own fields, edited in place: each is written when the reviewer leaves it, checked
// with the import's rules; a refused value is put back and the reason announced. Each edit
// expects the value its editor started from, so that a change someone else made meanwhile is
// refused rather than overwritten; a reload while the reviewer is typing keeps the typing.
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
    // The field as stored, in the text the field rules read.
    static QString storedText(const AgencyRecord &agency, const QString &field);
    // The one-line editors, each named by its field.
    QList<QLineEdit *> lines() const;
    // Puts the stored value in a line unless the reviewer has typed into it and not left it.
    void showLine(QLineEdit *edit);
    void showNotes();

    ReviewDocument *m_document = nullptr;
    AgencyRecord m_agency;
    QHash<QString, QString> m_startedFrom; // field -> stored text its editor began from
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

} // namespace cac
