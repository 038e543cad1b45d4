#include "letterlauncher.h"

#include "drafteditor.h"
#include "newletterdialog.h"

#include "app/letters/letterdrafting.h"
#include "app/letters/shippedtemplates.h"
#include "db/engine/database.h"
#include "db/stores/letters/lettertemplatestore.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace cac {

namespace {
// This file's strings, in the translation context lupdate gathers them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LetterLauncher)
};
} // namespace

qint64 LetterLauncher::newLetter(Database &database, const QString &ori, const QString &agencyName, int year,
                                 const QString &suggestedTemplate, QWidget *parent)
{
    if (database.isReadOnly()) {
        QMessageBox::information(parent, Text::tr("New letter"),
                                 Text::tr("This file is read-only: no letter can be drafted in it."));
        return 0;
    }
    if (const Status stored = ShippedTemplates::ensureStored(database.connection()); !stored.ok()) {
        QMessageBox::warning(parent, Text::tr("New letter"),
                             Text::tr("The shipped letter templates could not be stored: %1").arg(stored.error()));
        return 0;
    }
    const LetterTemplateStore store(database.connection());
    QList<std::pair<QString, QString>> templates;
    const Result<QStringList> names = store.names();
    if (!names.ok()) {
        QMessageBox::warning(parent, Text::tr("New letter"),
                             Text::tr("The letter templates could not be read: %1").arg(names.error()));
        return 0;
    }
    for (const QString &name : names.value()) {
        const Result<std::optional<LetterTemplateStore::Template>> latest = store.latest(name);
        if (!latest.ok()) {
            QMessageBox::warning(parent, Text::tr("New letter"),
                                 Text::tr("The letter templates could not be read: %1").arg(latest.error()));
            return 0;
        }
        templates.append({name, latest.value() ? latest.value()->title : QString()});
    }
    NewLetterDialog dialog(agencyName, templates, suggestedTemplate, parent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const Result<qint64> draft =
            LetterDrafting::create(database.connection(), ori, dialog.templateName(), year, dialog.overrides());
    if (!draft.ok()) {
        QMessageBox::warning(parent, Text::tr("The letter could not be drafted"), draft.error());
        return 0;
    }
    open(database, draft.value(), parent);
    return draft.value();
}

void LetterLauncher::open(Database &database, qint64 draftId, QWidget *parent)
{
    auto *editor = new DraftEditor(database, draftId, parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->show();
}

} // namespace cac
