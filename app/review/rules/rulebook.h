#pragma once

#include "app/review/rules/reviewrule.h"

#include <QList>

#include <memory>

namespace cac {

// Every review rule, in the order their reasons are told.
namespace Rulebook {
const QList<std::shared_ptr<const ReviewRule>> &rules();
QList<ReviewFlag> evaluate(const AgencyHistory &history, int year, const ReviewSettings &settings);
} // namespace Rulebook

} // namespace cac
