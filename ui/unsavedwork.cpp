#include "unsavedwork.h"

#include <QMessageBox>

namespace cac {

UnsavedWork::Choice UnsavedWork::ask(QWidget *parent, const QString &what)
{
    QMessageBox box(QMessageBox::Warning, QMessageBox::tr("Unsaved changes"),
                    QMessageBox::tr("%1 has changes that are not saved.").arg(what),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(QMessageBox::tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Choice::Save;
    case QMessageBox::Discard:
        return Choice::Discard;
    default:
        return Choice::Cancel;
    }
}

} // namespace cac
