#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace cac {

class AuditLogModel;
class ReviewDocument;

// Who changed what and when: the audit log of the whole file, or of one agency, newest first,
// filtered by the kind of record and by text (who, the agency, a value). The selected entry's
// old and new values are shown in full below the list.
class AuditLogView : public QWidget
{
    Q_OBJECT
public:
    // The newest entries read at a time; the count says how many more match.
    static constexpr int Shown = 1000;

    explicit AuditLogView(QWidget *parent = nullptr);
    // The log of the document's database; of one agency when `agencyId` is not 0 (then no agency
    // column). The connection is asked for at each read, never kept: the file may be closed.
    void setSource(ReviewDocument *document, qint64 agencyId = 0);
    void clear();

    QTableView *table() const { return m_table; }
    AuditLogModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *recordChoice() const { return m_record; }
    QLabel *countLabel() const { return m_count; }
    QPlainTextEdit *detailText() const { return m_detail; }

public slots:
    void reload();

private:
    void fillRecordChoices();
    void showDetail();

    QPointer<ReviewDocument> m_document;
    qint64 m_agencyId = 0;
    QLineEdit *m_filter;
    QComboBox *m_record;
    QLabel *m_count;
    QTableView *m_table;
    AuditLogModel *m_model;
    QPlainTextEdit *m_detail;
    QTimer *m_typing;
};

} // namespace cac
