#include "ui/audit/auditlogwindow.h"

#include "app/editing/reviewdocument.h"
#include "db/engine/database.h"
#include "ui/audit/auditlogview.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPushButton>
#include <QVBoxLayout>

namespace cac {

AuditLogWindow::AuditLogWindow(ReviewDocument &document, bool demo, QWidget *parent) : QDialog(parent), m_view(new AuditLogView)
{
    setAttribute(Qt::WA_DeleteOnClose);
    const QString file = document.database().displayName();
    setWindowTitle(demo ? tr("Audit log of %1 (demo data, fictional agencies)").arg(file) : tr("Audit log of %1").arg(file));
    m_view->setSource(&document);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the log again, with what other programs wrote since (F5)"));
    connect(refresh, &QPushButton::clicked, m_view, &AuditLogView::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(&document, &ReviewDocument::agencyChanged, m_view, &AuditLogView::reload);
    // The log of a file that is no longer open is not left on screen.
    connect(&document, &QObject::destroyed, this, &QDialog::close);
    resize(980, 560);
}

} // namespace cac
