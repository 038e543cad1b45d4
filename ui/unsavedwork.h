#pragma once

#include <QString>

class QWidget;

namespace cac {

// The question every editor with unsaved work asks before it is closed, switched or quit:
// Save, Discard or Cancel, Save by default (the desktop convention). Nothing is discarded
// without this question.
namespace UnsavedWork {
enum class Choice { Save, Discard, Cancel };
Choice ask(QWidget *parent, const QString &what);
} // namespace UnsavedWork

} // namespace cac
