#include "db/model/agencykind.h"

#include <QCoreApplication>
#include <QHash>

namespace cac {

namespace {
struct KindEntry
{
    const char *code;
    const char *label;
};
const KindEntry kinds[] = {
        {"municipal_police", QT_TRANSLATE_NOOP("AgencyKind", "Municipal police")},
        {"sheriff", QT_TRANSLATE_NOOP("AgencyKind", "County sheriff")},
        {"district_attorney", QT_TRANSLATE_NOOP("AgencyKind", "District attorney")},
        {"probation", QT_TRANSLATE_NOOP("AgencyKind", "Probation")},
        {"state_agency", QT_TRANSLATE_NOOP("AgencyKind", "State agency")},
        {"court", QT_TRANSLATE_NOOP("AgencyKind", "Court")},
        {"tribal_police", QT_TRANSLATE_NOOP("AgencyKind", "Tribal police")},
        {"federal", QT_TRANSLATE_NOOP("AgencyKind", "Federal agency")},
        {"other", QT_TRANSLATE_NOOP("AgencyKind", "Other")},
};

QString normalised(const QString &text)
{
    QString s = text.trimmed().toLower();
    s.replace(u' ', u'_').replace(u'-', u'_');
    return s;
}
} // namespace

const QStringList &AgencyKind::codes()
{
    static const QStringList list = [] {
        QStringList l;
        for (const KindEntry &k : kinds)
            l << QString::fromLatin1(k.code);
        return l;
    }();
    return list;
}

QString AgencyKind::label(const QString &code)
{
    for (const KindEntry &k : kinds) {
        if (code == QLatin1StringView(k.code))
            return QCoreApplication::translate("AgencyKind", k.label);
    }
    return code;
}

QString AgencyKind::fromText(const QString &text)
{
    // Every accepted spelling, normalised once: codes, English labels, and common spellings in
    // DOJ's own lists. (An import asks once per row.)
    static const QHash<QString, QString> spellings = [] {
        QHash<QString, QString> h = {
                {QStringLiteral("police"), QStringLiteral("municipal_police")},
                {QStringLiteral("police_department"), QStringLiteral("municipal_police")},
                {QStringLiteral("sheriff's_office"), QStringLiteral("sheriff")},
                {QStringLiteral("sheriffs_office"), QStringLiteral("sheriff")},
                {QStringLiteral("da"), QStringLiteral("district_attorney")},
                {QStringLiteral("state"), QStringLiteral("state_agency")},
                {QStringLiteral("tribal"), QStringLiteral("tribal_police")},
        };
        for (const KindEntry &k : kinds) {
            h.insert(QString::fromLatin1(k.code), QString::fromLatin1(k.code));
            h.insert(normalised(QString::fromLatin1(k.label)), QString::fromLatin1(k.code));
        }
        return h;
    }();
    return spellings.value(normalised(text));
}

} // namespace cac
