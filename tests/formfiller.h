#pragma once

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QString>

#include <zip.h>

namespace cac {

// Fills in a reporting form as an agency's script would: rewrites cells of its Form sheet
// (xl/worksheets/sheet1.xml) in place, keeping each cell's style. A value that reads as a
// whole number is written as a number, anything else as text; a date is given as its serial
// number with FormFiller::date. `sheetPart` allows editing another sheet (the hidden one).
namespace FormFiller {
inline QString date(int year, int month, int day)
{
    return QString::number(QDate(1899, 12, 30).daysTo(QDate(year, month, day)));
}

inline bool fill(const QString &path, const QHash<QString, QString> &cells, const char *sheetPart = "xl/worksheets/sheet1.xml")
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), 0, &error);
    if (!archive)
        return false;
    const zip_int64_t index = zip_name_locate(archive, sheetPart, 0);
    zip_stat_t stat;
    zip_file_t *file = index >= 0 && zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0
            ? zip_fopen_index(archive, zip_uint64_t(index), 0)
            : nullptr;
    if (!file) {
        zip_discard(archive);
        return false;
    }
    QByteArray xml(qsizetype(stat.size), Qt::Uninitialized);
    const bool read = zip_fread(file, xml.data(), stat.size) == zip_int64_t(stat.size);
    zip_fclose(file);
    QString sheet = QString::fromUtf8(xml);
    for (auto it = cells.cbegin(); read && it != cells.cend(); ++it) {
        const QRegularExpression cell(QStringLiteral("<c r=\"%1\"( s=\"\\d+\")?[^>]*?(/>|>.*?</c>)").arg(it.key()));
        bool number = false;
        it.value().toLongLong(&number);
        const QString content = number
                ? QStringLiteral("><v>%1</v></c>").arg(it.value())
                : QStringLiteral(" t=\"inlineStr\"><is><t>%1</t></is></c>").arg(it.value().toHtmlEscaped());
        const QRegularExpressionMatch found = cell.match(sheet);
        if (!found.hasMatch())
            return zip_discard(archive), false;
        sheet.replace(found.capturedStart(), found.capturedLength(),
                      QStringLiteral("<c r=\"%1\"%2%3").arg(it.key(), found.captured(1), content));
    }
    // libzip reads the buffer at zip_close: it must live until then.
    static QByteArray written;
    written = sheet.toUtf8();
    zip_source_t *source = zip_source_buffer(archive, written.constData(), zip_uint64_t(written.size()), 0);
    if (!read || !source || zip_file_replace(archive, zip_uint64_t(index), source, 0) != 0) {
        zip_discard(archive);
        return false;
    }
    return zip_close(archive) == 0;
}
} // namespace FormFiller

} // namespace cac
