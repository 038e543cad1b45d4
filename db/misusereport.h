#pragma once

#include "violationrange.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

// One agency's annual misuse report for one year. Every figure is optional: unset means
// "not reported", never zero.
struct MisuseReport
{
    static constexpr int OutcomeCount = 7; // in Outcome::codes() order

    qint64 id = 0;
    qint64 agencyId = 0;
    int year = 0;
    std::optional<bool> filed;
    std::optional<QDate> filedDate;
    std::optional<int> investigations;
    std::optional<ViolationRange> violations;
    std::optional<int> individuals;
    std::optional<int> pending;
    std::array<std::optional<int>, OutcomeCount> outcomes;
    QMap<QString, int> categories; // code -> count; a missing code was not reported
    QString notes;
    QString sourceFile;
    std::optional<int> sourceLine;
};
