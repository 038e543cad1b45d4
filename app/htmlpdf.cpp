#include "htmlpdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QPdfWriter>
#include <QTextDocument>

Status HtmlPdf::save(const QString &html, const QString &title, QPageLayout::Orientation orientation, const QString &path)
{
    {
        QPdfWriter pdf(path);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), orientation, QMarginsF(12, 12, 12, 12),
                                      QPageLayout::Millimeter));
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("CAC Review"));
        QFont font(QStringLiteral("sans-serif"));
        font.setStyleStrategy(QFont::PreferNoShaping);
        QTextDocument document;
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&pdf);
    } // the writer finishes the file here
    if (!QFile::exists(path) || QFile(path).size() == 0)
        return Status::failure(QCoreApplication::translate("HtmlPdf", "Cannot write %1").arg(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Status::success();
}
