#pragma once

#include <QString>
#include <QStringList>

namespace cac {

// The misuse categories of DOJ's April 2018 bulletin (and the PPP's immigration rule), by the
// codes the schema, the CSV columns (cat_<code>) and the metrics share.
namespace MisuseCategory {
constexpr int Count = 10;
const QStringList &codes();
bool isCode(const QString &code);
// Its column in misuse_report and in the CSV: cat_<code>.
QString column(const QString &code);
// column(code) for every code, in the order of codes().
const QStringList &columns();
QString label(const QString &code);
// The category as DOJ's April 2018 bulletin words it, for the reporting form.
QString bulletinWording(const QString &code);
// A word or two, for chart legends.
QString shortLabel(const QString &code);
} // namespace MisuseCategory

} // namespace cac
