#include "callsheet.h"

#include "app/documents/htmlpdf.h"

#include <QCoreApplication>
#include <QDate>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CallSheet", text);
}
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

QString CallSheet::html(const QList<OutreachEntry> &entries, int year, bool demo, const QString &source)
{
    QString html = QStringLiteral("<html><body style='font-family: sans-serif; font-size: 9pt;'>");
    html += tr("<h2>Outreach call sheet: %1 misuse reports</h2>").arg(year);
    if (demo)
        html += tr("<p><b>Demo data, fictional agencies.</b></p>");
    html += tr("<p>%1 agencies to call. Printed %2 from %3.</p>").arg(entries.size()).arg(QDate::currentDate().toString(Qt::ISODate), esc(source));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>");
    for (const QString &h : {tr("Agency"), tr("Contact"), tr("Why"), tr("Last call"), tr("Outcome, promised date, notes")})
        html += QStringLiteral("<th align='left'>%1</th>").arg(h);
    html += QStringLiteral("</tr>");
    for (const OutreachEntry &e : entries) {
        const QString contact = e.contact.name.isEmpty()
                ? tr("no contact on record")
                : QStringLiteral("%1<br>%2<br>%3<br>%4").arg(esc(e.contact.name), esc(e.contact.role), esc(e.contact.phone), esc(e.contact.email));
        const QString last = e.lastCall ? QStringLiteral("%1<br>%2<br>%3")
                                                  .arg(e.lastCall->calledAt.toString(QStringLiteral("yyyy-MM-dd")),
                                                       esc(OutreachCall::outcomeLabel(e.lastCall->outcome)), esc(e.lastCall->notes))
                                        : tr("not called yet");
        QStringList why;
        for (const QString &r : e.reasons)
            why << esc(r);
        if (e.yearsNotFiled > 1)
            why << tr("%1 years not filed").arg(e.yearsNotFiled);
        html += QStringLiteral("<tr><td width='20%'><b>%1</b><br>%2 · %3</td><td width='20%'>%4</td><td width='22%'>%5</td>"
                               "<td width='14%'>%6</td><td width='24%'><br><br><br><br></td></tr>")
                        .arg(esc(e.agency.name), e.agency.ori, esc(e.agency.county), contact, why.join(QStringLiteral("<br>")), last);
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

Status CallSheet::savePdf(const QList<OutreachEntry> &entries, int year, bool demo, const QString &source, const QString &path)
{
    return HtmlPdf::save(html(entries, year, demo, source), tr("Outreach call sheet %1").arg(year), QPageLayout::Landscape,
                         path);
}
