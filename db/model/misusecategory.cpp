#include "db/model/misusecategory.h"

#include <QCoreApplication>
#include <QHash>

namespace cac {

const QStringList &MisuseCategory::codes()
{
    static const QStringList list = {
            QStringLiteral("self_or_acquaintance"),    QStringLiteral("unauthorized_disclosure"),
            QStringLiteral("shared_credentials"),      QStringLiteral("allowed_others"),
            QStringLiteral("licensing_employment"),    QStringLiteral("firearm_prepurchase"),
            QStringLiteral("dmv_unauthorized"),        QStringLiteral("high_profile"),
            QStringLiteral("immigration_enforcement"), QStringLiteral("other"),
    };
    return list;
}

bool MisuseCategory::isCode(const QString &code)
{
    return codes().contains(code);
}

QString MisuseCategory::column(const QString &code)
{
    return QStringLiteral("cat_") + code;
}

const QStringList &MisuseCategory::columns()
{
    static const QStringList list = [] {
        QStringList l;
        for (const QString &code : codes())
            l << column(code);
        return l;
    }();
    return list;
}

QString MisuseCategory::shortLabel(const QString &code)
{
    static const QHash<QString, const char *> labels = {
            {QStringLiteral("self_or_acquaintance"), QT_TRANSLATE_NOOP("MisuseCategory", "Self or acquaintance")},
            {QStringLiteral("unauthorized_disclosure"), QT_TRANSLATE_NOOP("MisuseCategory", "Disclosure")},
            {QStringLiteral("shared_credentials"), QT_TRANSLATE_NOOP("MisuseCategory", "Shared login")},
            {QStringLiteral("allowed_others"), QT_TRANSLATE_NOOP("MisuseCategory", "Others' use")},
            {QStringLiteral("licensing_employment"), QT_TRANSLATE_NOOP("MisuseCategory", "Licensing")},
            {QStringLiteral("firearm_prepurchase"), QT_TRANSLATE_NOOP("MisuseCategory", "Firearm check")},
            {QStringLiteral("dmv_unauthorized"), QT_TRANSLATE_NOOP("MisuseCategory", "DMV")},
            {QStringLiteral("high_profile"), QT_TRANSLATE_NOOP("MisuseCategory", "High-profile")},
            {QStringLiteral("immigration_enforcement"), QT_TRANSLATE_NOOP("MisuseCategory", "Immigration")},
            {QStringLiteral("other"), QT_TRANSLATE_NOOP("MisuseCategory", "Other")},
    };
    const auto it = labels.constFind(code);
    return it == labels.constEnd() ? code : QCoreApplication::translate("MisuseCategory", it.value());
}

QString MisuseCategory::label(const QString &code)
{
    static const QHash<QString, const char *> labels = {
            {QStringLiteral("self_or_acquaintance"), QT_TRANSLATE_NOOP("MisuseCategory", "Self, family or acquaintance")},
            {QStringLiteral("unauthorized_disclosure"), QT_TRANSLATE_NOOP("MisuseCategory", "Unauthorized disclosure")},
            {QStringLiteral("shared_credentials"), QT_TRANSLATE_NOOP("MisuseCategory", "Shared user ID or password")},
            {QStringLiteral("allowed_others"), QT_TRANSLATE_NOOP("MisuseCategory", "Let others use own access")},
            {QStringLiteral("licensing_employment"), QT_TRANSLATE_NOOP("MisuseCategory", "Licensing or employment checks")},
            {QStringLiteral("firearm_prepurchase"), QT_TRANSLATE_NOOP("MisuseCategory", "Firearm check before purchase")},
            {QStringLiteral("dmv_unauthorized"), QT_TRANSLATE_NOOP("MisuseCategory", "Unauthorized DMV query")},
            {QStringLiteral("high_profile"), QT_TRANSLATE_NOOP("MisuseCategory", "High-profile people")},
            {QStringLiteral("immigration_enforcement"), QT_TRANSLATE_NOOP("MisuseCategory", "Immigration enforcement")},
            {QStringLiteral("other"), QT_TRANSLATE_NOOP("MisuseCategory", "Other")},
    };
    const auto it = labels.constFind(code);
    return it == labels.constEnd() ? code : QCoreApplication::translate("MisuseCategory", it.value());
}

QString MisuseCategory::bulletinWording(const QString &code)
{
    static const QHash<QString, const char *> wording = {
            {QStringLiteral("self_or_acquaintance"),
             QT_TRANSLATE_NOOP("MisuseCategory", "Querying yourself, a family member, friend or acquaintance")},
            {QStringLiteral("unauthorized_disclosure"),
             QT_TRANSLATE_NOOP("MisuseCategory",
                               "Giving CLETS information to another person, agency or company for "
                               "unauthorized purposes")},
            {QStringLiteral("shared_credentials"), QT_TRANSLATE_NOOP("MisuseCategory", "Sharing user IDs or passwords")},
            {QStringLiteral("allowed_others"),
             QT_TRANSLATE_NOOP("MisuseCategory", "Logging in and letting others use your access")},
            {QStringLiteral("licensing_employment"),
             QT_TRANSLATE_NOOP("MisuseCategory",
                               "Criminal-history queries for licensing, employment or certification "
                               "(e.g. concealed-carry permits)")},
            {QStringLiteral("firearm_prepurchase"),
             QT_TRANSLATE_NOOP("MisuseCategory", "Checking whether a firearm is stolen before buying it")},
            {QStringLiteral("dmv_unauthorized"),
             QT_TRANSLATE_NOOP("MisuseCategory",
                               "DMV queries for unauthorized address, registration or insurance "
                               "information")},
            {QStringLiteral("high_profile"), QT_TRANSLATE_NOOP("MisuseCategory", "Querying high-profile people in the media")},
            {QStringLiteral("immigration_enforcement"),
             QT_TRANSLATE_NOOP("MisuseCategory", "Using non-criminal-history data for immigration enforcement")},
            {QStringLiteral("other"), QT_TRANSLATE_NOOP("MisuseCategory", "Any other misuse")},
    };
    const auto it = wording.constFind(code);
    return it == wording.constEnd() ? label(code) : QCoreApplication::translate("MisuseCategory", it.value());
}

} // namespace cac
