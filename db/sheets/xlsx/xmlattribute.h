#pragma once

#include <QStringView>
#include <QXmlStreamReader>

namespace cac {

// The value of the current element's attribute with this local name, whatever its prefix
// ("r:id" and "id" alike); empty if it has none.
inline QStringView xmlAttribute(const QXmlStreamReader &xml, QStringView localName)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == localName)
            return attribute.value();
    }
    return QStringView();
}

// The same from attributes already taken (attributes() copies them: once per element, not
// once per attribute, where a sheet has millions of cells).
inline QStringView xmlAttribute(const QXmlStreamAttributes &attributes, QStringView localName)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == localName)
            return attribute.value();
    }
    return QStringView();
}

} // namespace cac
