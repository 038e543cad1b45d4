#pragma once

#include <QSettings>

namespace cac {

// Who the program is to Qt: the names QSettings and QStandardPaths build paths from.
//
// Earlier versions named only an organisation *domain*, "cac-review.invalid", so their settings
// sat in ~/.config/cac-review.invalid/. The program now names its organisation "cac-review", and
// settings are in ~/.config/cac-review/cac-review.conf. The default database does not move with
// them: DefaultDatabase pins its path, and apply() carries the earlier settings over once.
namespace ProgramIdentity {

inline constexpr char Name[] = "cac-review";
inline constexpr char EarlierOrganization[] = "cac-review.invalid";

// Names the program, then carries the settings of an earlier version over (see carrySettings).
void apply();

// Copies every key of `earlier` that `now` does not have yet (a key set since wins), then
// empties `earlier` and writes both out. Returns how many keys were carried.
int carrySettings(QSettings &earlier, QSettings &now);

} // namespace ProgramIdentity

} // namespace cac
