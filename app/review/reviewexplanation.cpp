#include "reviewexplanation.h"

#include "app/format/displaytext.h"

#include <QCoreApplication>

namespace cac {

namespace {
// This file's strings, in the translation context lupdate gathers them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReviewExplanation)
};
} // namespace

QString ReviewExplanation::html(const QueueEntry &e, int year)
{
    QString html = Text::tr("<p><b>Priority for %1: %2</b>, the sum of the weights of its reasons:</p><table cellpadding='3'>")
                           .arg(year)
                           .arg(e.score);
    for (const ReviewFlag &f : e.flags)
        html += QStringLiteral("<tr><td align='right'>+%1</td><td>%2</td></tr>").arg(f.weight).arg(f.sentence.toHtmlEscaped());
    html += QStringLiteral("<tr><td align='right'><b>= %1</b></td><td></td></tr></table>").arg(e.score);
    const QString ladder = e.suggestion.reasons.join(u' ').toHtmlEscaped();
    if (e.override) {
        // The committee's choice wins: it comes first, with its reason; the ladder's step follows.
        html += Text::tr("<p><b>Sanction to discuss: %1</b>, chosen over the ladder's step on %2 by %3, because: %4</p>")
                        .arg(SanctionStep::label(SanctionStep::fromCode(e.override->chosen)),
                             DisplayText::longDate(e.override->decidedOn), e.override->decidedBy.toHtmlEscaped(),
                             e.override->reason.toHtmlEscaped());
        html += Text::tr("<p>The ladder suggested: %1. %2</p>").arg(SanctionStep::label(e.suggestion.level), ladder);
    } else {
        html += Text::tr("<p><b>Suggested sanction: %1.</b> %2</p>").arg(SanctionStep::label(e.suggestion.level), ladder);
    }
    if (e.reviewed)
        html += Text::tr("<p>Marked as reviewed for %1.</p>").arg(year);
    return html;
}

} // namespace cac
