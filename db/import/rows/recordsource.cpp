#include "db/import/rows/recordsource.h"

namespace cac {

bool SourceRecord::isBlank() const
{
    for (const QStringView field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace cac
