#pragma once

#include <QString>

class QWidget;

namespace cac {

class Database;

// Starts a letter from the queue or a profile: asks which template, drafts it, opens the editor.
namespace LetterLauncher {
// Returns the new draft's id, or 0 when cancelled or refused (the reason is shown).
qint64 newLetter(Database &database, const QString &ori, const QString &agencyName, int year, const QString &suggestedTemplate,
                 QWidget *parent);
void open(Database &database, qint64 draftId, QWidget *parent);
} // namespace LetterLauncher

} // namespace cac
