#pragma once

#include <QDialog>

namespace cac {

class AuditLogView;
class ReviewDocument;

// The audit log of the whole file, in a window of its own beside the main one (View > Audit
// log). It follows the document's changes while open, and closes when its database is closed.
class AuditLogWindow : public QDialog
{
    Q_OBJECT
public:
    AuditLogWindow(ReviewDocument &document, bool demo, QWidget *parent = nullptr);
    AuditLogView *view() const { return m_view; }

private:
    AuditLogView *m_view;
};

} // namespace cac
