#include "letterdrafting.h"

#include "lettercontext.h"
#include "letterrenderer.h"
#include "shippedtemplates.h"

#include "app/review/reviewqueue.h"
#include "db/stores/records/agencystore.h"
#include "db/stores/letters/draftstore.h"
#include "db/stores/letters/lettertemplatestore.h"
#include "db/model/osuser.h"

#include <QCoreApplication>

namespace cac {

Result<qint64> LetterDrafting::create(QSqlDatabase db, const QString &ori, const QString &templateName, int year,
                                      const QHash<QString, QString> &overrides)
{
    using R = Result<qint64>;
    const Status stored = ShippedTemplates::ensureStored(db);
    if (!stored.ok())
        return R::failure(stored.error());
    const Result<std::optional<LetterTemplateStore::Template>> found = LetterTemplateStore(db).latest(templateName);
    if (!found.ok())
        return R::failure(found.error());
    const std::optional<LetterTemplateStore::Template> &chosen = found.value();
    if (!chosen)
        return R::failure(QCoreApplication::translate("LetterDrafting", "No template is named %1").arg(templateName));
    const Result<QVariantMap> context = LetterContext::build(db, ori, year, overrides);
    if (!context.ok())
        return R::failure(context.error());
    const Result<QString> html = LetterRenderer::render(chosen->body, context.value());
    if (!html.ok())
        return R::failure(html.error());
    // Read again after the context, which found it: it may have gone since (another program).
    const Result<std::optional<AgencyRecord>> agencyFound = AgencyStore(db).findByOri(ori.trimmed().toUpper());
    if (!agencyFound.ok())
        return R::failure(agencyFound.error());
    const std::optional<AgencyRecord> &agency = agencyFound.value();
    if (!agency)
        return R::failure(QCoreApplication::translate("LetterDrafting", "No agency has the ORI %1").arg(ori));
    DraftStore::Draft draft;
    draft.agencyId = agency->id;
    draft.year = year;
    draft.templateName = chosen->name;
    draft.templateVersion = chosen->version;
    draft.title = QStringLiteral("%1: %2 (%3)").arg(chosen->title, agency->name).arg(year);
    return DraftStore(db).create(draft, html.value(), OsUser::name());
}

Result<QString> LetterDrafting::templateForAgency(QSqlDatabase db, qint64 agencyId, int year)
{
    const Result<QList<QueueEntry>> entries = ReviewQueue::loadFor(db, {agencyId}, year);
    if (!entries.ok())
        return Result<QString>::failure(entries.error());
    // An agency nothing flags is not in the queue: no sanction, a reminder.
    return templateFor(entries.value().isEmpty() ? QStringLiteral("none") : entries.value().first().chosenSanction());
}

QString LetterDrafting::templateFor(const QString &sanctionCode)
{
    if (sanctionCode == u"censure" || sanctionCode == u"suspension" || sanctionCode == u"removal")
        return sanctionCode;
    return QStringLiteral("reminder");
}

} // namespace cac
