#pragma once

#include "app/demo/demoagency.h"
#include "app/demo/demooptions.h"

#include <QDate>
#include <QIODevice>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace cac {

// Makes the demo data set: fictional agencies' annual misuse reports in the CSV import format,
// so that demo data passes through the same import rules as real data, and the warnings,
// sanctions and service endings that the CSV format does not carry. Deterministic: the same
// options give the same bytes.
class DemoGenerator
{
public:
    struct SanctionEvent
    {
        QString ori;
        QString kind; // warning, censure, suspension, removal
        QDate issuedOn;
        QString reason;
    };

    explicit DemoGenerator(const DemoOptions &options);

    bool writeCsv(QIODevice *device);
    const QList<DemoAgency> &agencies() const { return m_agencies; }
    const QList<SanctionEvent> &sanctions() const { return m_sanctions; }

private:
    QStringList rowFor(const DemoAgency &agency, int year);
    bool files(const DemoAgency &agency, int year);
    int poisson(double mean);
    void fillCase(const DemoAgency &agency, int year, QStringList &row);
    void fillOrdinary(const DemoAgency &agency, int year, QStringList &row);
    void recordSanctions(const DemoAgency &agency);

    DemoOptions m_options;
    QRandomGenerator m_random;
    QList<DemoAgency> m_agencies;
    QList<SanctionEvent> m_sanctions;
};

} // namespace cac
