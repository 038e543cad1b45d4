#pragma once

#include <QByteArray>
#include <QString>

namespace cac {

// Finishes the ODT that Qt's writer makes (content.xml only) into a document LibreOffice opens
// as the letter it is: a styles.xml with US Letter pages, one-inch side margins, the default
// typeface and size, and a footer with the date, the demo notice where so, and "Page N of M";
// list bullets get room before the text. Returns the new package, or empty on failure.
namespace OdtPackage {
struct Look
{
    QString bodyFamily;
    double bodyPoints = 11;
    QString footerFamily;
    QString footerNote;
};
QByteArray finish(const QByteArray &qtOdt, const Look &look);
} // namespace OdtPackage

} // namespace cac
