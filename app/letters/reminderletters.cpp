#include "reminderletters.h"

#include "lettercontext.h"
#include "letterexporter.h"
#include "letterrenderer.h"
#include "shippedtemplates.h"

#include "db/stores/letters/lettertemplatestore.h"
#include "db/stores/metastore.h"

#include <QDir>
#include <QCoreApplication>

namespace cac {

Result<int> ReminderLetters::writeAll(QSqlDatabase db, const QList<OutreachEntry> &entries, int year, const QString &folder)
{
    using R = Result<int>;
    if (const Status stored = ShippedTemplates::ensureStored(db); !stored.ok())
        return R::failure(stored.error());
    const Result<std::optional<LetterTemplateStore::Template>> found = LetterTemplateStore(db).latest(QStringLiteral("reminder"));
    if (!found.ok())
        return R::failure(found.error());
    const std::optional<LetterTemplateStore::Template> &reminder = found.value();
    if (!reminder)
        return R::failure(QCoreApplication::translate("ReminderLetters", "The reminder template is missing"));
    if (!QDir().mkpath(folder))
        return R::failure(QCoreApplication::translate("ReminderLetters", "Cannot create the folder %1").arg(folder));
    const Result<bool> isDemo = MetaStore(db).isDemo();
    if (!isDemo.ok())
        return R::failure(isDemo.error());
    const bool demo = isDemo.value();
    int written = 0;
    for (const OutreachEntry &e : entries) {
        const Result<QVariantMap> context = LetterContext::build(db, e.agency.ori, year);
        if (!context.ok())
            return R::failure(context.error());
        const Result<QString> html = LetterRenderer::render(reminder->body, context.value());
        if (!html.ok())
            return R::failure(html.error());
        const QString path = QDir(folder).filePath(QStringLiteral("%1-reminder-%2.pdf").arg(e.agency.ori).arg(year));
        const Status saved = LetterExporter::save(html.value(), reminder->title, demo, path);
        if (!saved.ok())
            return R::failure(saved.error());
        ++written;
    }
    return written;
}

} // namespace cac
