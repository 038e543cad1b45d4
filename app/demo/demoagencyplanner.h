#pragma once

#include "app/demo/demoagency.h"
#include "app/demo/demooptions.h"

#include <QList>
#include <QRandomGenerator>

namespace cac {

// Draws the fictional agencies of a demo data set: names from invented places (never a real
// agency), real California counties, a realistic mix of kinds and sizes, and one agency for each
// public case of DOMAIN.md. The same options always give the same agencies.
class DemoAgencyPlanner
{
public:
    explicit DemoAgencyPlanner(const DemoOptions &options);
    QList<DemoAgency> plan();

private:
    DemoAgency makeAgency(int index, const QString &kind);
    QString placeName(int index) const;
    QString pick(const QStringList &list);

    DemoOptions m_options;
    QRandomGenerator m_random;
};

} // namespace cac
