#pragma once

#include "db/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace cac {

// Starts a letter: fills the latest version of a template for an agency and year, and stores the
// result as a new draft (status "draft", version 1). The template name for a suggested sanction.
namespace LetterDrafting {
Result<qint64> create(QSqlDatabase db, const QString &ori, const QString &templateName, int year,
                      const QHash<QString, QString> &overrides = {});
// "censure", "suspension", "removal" for those sanctions; "reminder" otherwise.
QString templateFor(const QString &sanctionCode);
// The template for an agency's letter of a year: for the committee's override where there is
// one, else for the suggested sanction.
Result<QString> templateForAgency(QSqlDatabase db, qint64 agencyId, int year);
} // namespace LetterDrafting

} // namespace cac
