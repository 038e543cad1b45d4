#pragma once

#include <QList>
#include <QString>

namespace cac {

// Checks a letter template before it is used: every {{tag}} must name a known placeholder
// (inside a list's section, that list's names too), sections must close in order, and nothing
// may bypass escaping ({{{ }}}, {{& }}) or change delimiters. Problems carry their line and column.
namespace TemplateCheck {
struct Issue
{
    int line = 0;
    int column = 0;
    QString name;
    QString message;
    QString toString() const;
};
QList<Issue> check(const QString &body);
} // namespace TemplateCheck

} // namespace cac
