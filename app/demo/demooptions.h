#pragma once

#include <QtGlobal>

namespace cac {

// What `cac-review demo` makes: how many agencies, which years, from which seed.
struct DemoOptions
{
    int agencies = 150;
    int fromYear = 2010;
    int toYear = 2025;
    quint32 seed = 2019;
    // Every agency has a row for every year (filed or not): for benchmarks of a known size.
    bool completeGrid = false;
};

} // namespace cac
