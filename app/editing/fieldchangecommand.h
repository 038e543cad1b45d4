#pragma once

#include <QUndoCommand>
#include <QVariantMap>

#include <optional>

class ReviewDocument;

// An edit of fields of one row (agency, contact, report, a report's category counts included),
// undone by writing the old values back. The document has already made the change when the
// command is pushed, so the first redo() does nothing.
class FieldChangeCommand : public QUndoCommand
{
public:
    struct Change
    {
        QString table;       // agency, contact or misuse_report
        qint64 id = 0;       // the row
        qint64 agencyId = 0; // whose views to refresh
        QVariantMap before;  // column -> value (null: not reported)
        QVariantMap after;
    };

    FieldChangeCommand(ReviewDocument *document, Change change, const QString &text);
    void undo() override;
    void redo() override;

private:
    void write(const QVariantMap &values);
    ReviewDocument *m_document;
    Change m_change;
    bool m_done = true;
};
