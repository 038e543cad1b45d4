#include "documentpreview.h"

#include "app/documents/pageddocument.h"

#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QCoreApplication>

namespace cac {

namespace {

void setUp(QPrinter &printer, const QString &title, const QPageLayout &layout)
{
    printer.setPageLayout(layout);
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("CAC Review"));
}

} // namespace

void DocumentPreview::show(QWidget *parent, const QString &title, const QPageLayout &layout, const Make &make)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, title, layout);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("DocumentPreview", "Print preview: %1").arg(title));
    // The preview paints again when the user changes the page setup; each time from a fresh
    // document, since laying out marks page breaks into it.
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&make](QPrinter *target) {
        if (std::unique_ptr<PagedDocument> document = make())
            document->print(*target);
    });
    dialog.exec();
}

bool DocumentPreview::print(QWidget *parent, const QString &title, const QPageLayout &layout, const Make &make)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, title, layout);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    std::unique_ptr<PagedDocument> document = make();
    if (!document)
        return false;
    if (!document->print(printer)) {
        QMessageBox::warning(parent, QCoreApplication::translate("DocumentPreview", "Print"),
                             QCoreApplication::translate("DocumentPreview", "The printer could not be started: %1")
                                     .arg(printer.printerName()));
        return false;
    }
    return true;
}

} // namespace cac
