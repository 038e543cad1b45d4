#pragma once

#include <QString>
#include <QStringList>

namespace cac {

// The committee's sanctions, in rising order, and a suggestion of one with its reasoning.
struct SanctionStep
{
    enum Level { None, Censure, Suspension, Removal };

    Level level = None;
    QStringList reasons;

    static QString code(Level level);
    static QString label(Level level);
    static Level fromCode(const QString &code);
};

} // namespace cac
