#include "db/import/reportcolumns.h"

#include "db/model/misusecategory.h"
#include "db/model/outcome.h"

namespace cac {

const QStringList &ReportColumns::names()
{
    static const QStringList list = [] {
        QStringList l = {QStringLiteral("ori"),         QStringLiteral("year"),
                         QStringLiteral("agency"),      QStringLiteral("agency_kind"),
                         QStringLiteral("county"),      QStringLiteral("parent_org"),
                         QStringLiteral("sworn_staff"), QStringLiteral("filed"),
                         QStringLiteral("filed_date"),  QStringLiteral("investigations"),
                         QStringLiteral("violations"),  QStringLiteral("individuals"),
                         QStringLiteral("pending")};
        l << Outcome::codes();
        l << MisuseCategory::columns();
        l << QStringLiteral("contact_name") << QStringLiteral("contact_role") << QStringLiteral("contact_phone")
          << QStringLiteral("contact_email") << QStringLiteral("notes") << QStringLiteral("data_notice");
        Q_ASSERT(l.size() == Count);
        return l;
    }();
    return list;
}

const QStringList &ReportColumns::importNames()
{
    static const QStringList list =
            names() + QStringList{QStringLiteral("violations_low"), QStringLiteral("violations_high"), QStringLiteral("form_id")};
    return list;
}

} // namespace cac
