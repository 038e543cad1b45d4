#include "fieldedits.h"

#include "db/model/fieldrules.h"
#include "db/model/misusecategory.h"
#include "db/model/outcome.h"
#include "db/model/servicestatus.h"

#include <QCoreApplication>
#include <QVariant>

namespace cac {

namespace {

using Values = Result<QVariantMap>;

template <typename T, typename ToVariant>
Values one(const QString &column, const FieldValue<T> &v, ToVariant toVariant, QMetaType::Type nullType)
{
    if (!v.ok())
        return Values::failure(v.error);
    return QVariantMap{{column, v.value ? toVariant(*v.value) : QVariant(QMetaType(nullType))}};
}

Values count(const QString &column, const QString &text)
{
    return one(
            column, FieldRules::count(text), [](int n) { return QVariant(n); }, QMetaType::Int);
}

Values plainText(const QString &column, const QString &text, bool required)
{
    // The import's rules: notes may be long, names may not; neither may hold control characters.
    const FieldValue<QString> v = column == u"notes" ? FieldRules::notes(text) : FieldRules::text(text);
    if (required && !v.value)
        return Values::failure(QCoreApplication::translate("FieldEdits", "cannot be blank"));
    return one(
            column, v, [](const QString &s) { return QVariant(s); }, QMetaType::QString);
}

Values date(const QString &column, const QString &text)
{
    return one(
            column, FieldRules::date(text), [](const QDate &d) { return QVariant(d.toString(Qt::ISODate)); }, QMetaType::QString);
}

Values agencyField(const QString &field, const QString &text)
{
    if (field == u"name")
        return plainText(field, text, true);
    if (field == u"county" || field == u"parent_org" || field == u"notes")
        return plainText(field, text, false);
    if (field == u"kind")
        return one(
                field, FieldRules::agencyKind(text), [](const QString &s) { return QVariant(s); }, QMetaType::QString);
    if (field == u"sworn_staff")
        return count(field, text);
    if (field == u"service_end_date")
        return date(field, text);
    if (field == u"immigration_watch") {
        const FieldValue<bool> v = FieldRules::filed(text); // the same yes/no words
        if (!v.ok() || !v.value)
            return Values::failure(QCoreApplication::translate("FieldEdits", "not yes or no"));
        return QVariantMap{{field, *v.value ? 1 : 0}};
    }
    if (field == u"service_status") {
        const QString status = text.trimmed().toLower();
        if (!ServiceStatus::isCode(status))
            return Values::failure(QCoreApplication::translate("FieldEdits", "not a service status (%1)")
                                           .arg(ServiceStatus::codes().join(QStringLiteral(", "))));
        return QVariantMap{{field, status}};
    }
    return Values::failure(QCoreApplication::translate("FieldEdits", "%1 cannot be edited").arg(field));
}

Values contactField(const QString &field, const QString &text)
{
    if (field == u"name")
        return plainText(field, text, true);
    if (field == u"role" || field == u"phone")
        return plainText(field, text, false);
    if (field == u"email")
        return one(
                field, FieldRules::email(text), [](const QString &s) { return QVariant(s); }, QMetaType::QString);
    return Values::failure(QCoreApplication::translate("FieldEdits", "%1 cannot be edited").arg(field));
}

Values reportField(const QString &field, const QString &text)
{
    if (field == u"filed")
        return one(
                field, FieldRules::filed(text), [](bool b) { return QVariant(b ? 1 : 0); }, QMetaType::Int);
    if (field == u"filed_date")
        return date(field, text);
    if (field == u"notes")
        return plainText(field, text, false);
    if (field == u"violations") {
        const FieldValue<ViolationRange> v = FieldRules::violations(text);
        if (!v.ok())
            return Values::failure(v.error);
        const QVariant none{QMetaType(QMetaType::Int)};
        return QVariantMap{{QStringLiteral("violations_low"), v.value ? QVariant(v.value->low) : none},
                           {QStringLiteral("violations_high"), v.value ? QVariant(v.value->high) : none}};
    }
    if (field == u"investigations" || field == u"individuals" || field == u"pending" || Outcome::codes().contains(field) ||
        MisuseCategory::columns().contains(field))
        return count(field, text);
    return Values::failure(QCoreApplication::translate("FieldEdits", "%1 cannot be edited").arg(field));
}

} // namespace

Result<QVariantMap> FieldEdits::parse(const QString &table, const QString &field, const QString &text)
{
    if (table == u"agency")
        return agencyField(field, text);
    if (table == u"contact")
        return contactField(field, text);
    if (table == u"misuse_report")
        return reportField(field, text);
    return Values::failure(QCoreApplication::translate("FieldEdits", "%1 cannot be edited").arg(table));
}

} // namespace cac
