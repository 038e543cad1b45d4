#pragma once

#include "app/review/queueentry.h"

#include <QString>

namespace cac {

// An agency's place in the review queue told in HTML: each reason with its weight, the sum,
// the suggested sanction with its reasoning, and any override. Shown by the queue and the profile.
namespace ReviewExplanation {
QString html(const QueueEntry &entry, int year);
}

} // namespace cac
