#include "db/postgresql/copytext.h"

void CopyText::appendText(QByteArray &line, const QString &value)
{
    if (value.isEmpty()) {
        line += "\\N";
        return;
    }
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

void CopyText::appendNumber(QByteArray &line, std::optional<qint64> value)
{
    if (value)
        line += QByteArray::number(*value);
    else
        line += "\\N";
}
