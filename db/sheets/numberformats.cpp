#include "db/sheets/numberformats.h"

#include <QDate>

#include <cmath>

namespace cac {

namespace {
bool isBuiltInDate(int id)
{
    // ECMA-376 Part 1, 18.8.30: 14-22 dates and times, 45-47 times; 27-36 and 50-58 are the
    // East Asian date formats.
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// The code with what is not a format letter taken out: "quoted text", \x escapes, _x spacing,
// *x fill, and [bracketed] sections other than elapsed time ([h], [mm], [ss]).
QString withoutLiterals(QStringView code, QString *literals)
{
    QString out;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            const qsizetype stop = end < 0 ? code.size() : end;
            literals->append(code.mid(i + 1, stop - i - 1));
            i = stop;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            if (i + 1 < code.size())
                literals->append(code.at(i + 1));
            ++i;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            const qsizetype stop = end < 0 ? code.size() : end;
            const QString inside = code.mid(i + 1, stop - i - 1).toString().toLower();
            const bool elapsed = !inside.isEmpty() &&
                    std::all_of(inside.cbegin(), inside.cend(), [](QChar x) { return x == u'h' || x == u'm' || x == u's'; });
            if (elapsed)
                out += inside;
            i = stop;
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

CellKind NumberFormats::kindOf(int formatId, QStringView code)
{
    if (isBuiltInDate(formatId))
        return CellKind::Date;
    if (code.isEmpty())
        return CellKind::Number;
    QString literals;
    const QString bare = withoutLiterals(code, &literals).toLower();
    if (bare.contains(QLatin1StringView("general")))
        return CellKind::Number;
    for (const QChar c : bare) {
        if (c == u'd' || c == u'm' || c == u'y' || c == u'h' || c == u's')
            return CellKind::Date;
    }
    // LibreOffice's boolean format: nothing but literals TRUE and FALSE between the semicolons.
    const QString upper = literals.toUpper();
    if (upper.contains(QLatin1StringView("TRUE")) && upper.contains(QLatin1StringView("FALSE")))
        return CellKind::Boolean;
    return CellKind::Number;
}

QString NumberFormats::dateText(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465) // 9999-12-31
        return QString();
    // Excel's 1900 system counts a 29 February 1900 that never was: from 1899-12-30, serials
    // from 61 on are right, and below it, one day late (a date before March 1900 is no report's).
    const QDate epoch = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    return epoch.addDays(qint64(std::floor(serial))).toString(Qt::ISODate);
}

QString NumberFormats::numberText(QStringView stored)
{
    // Most cells hold a short whole number as written ("12"): it is its own text.
    if (!stored.isEmpty() && stored.size() <= 15 && (stored.size() == 1 || stored.front() != u'0')) {
        bool digits = true;
        for (const QChar c : stored)
            digits = digits && c >= u'0' && c <= u'9';
        if (digits)
            return stored.toString();
    }
    bool ok = false;
    const double value = stored.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return stored.toString();
    const double whole = std::round(value);
    if (std::fabs(whole) < 1e15 && std::fabs(value - whole) < 1e-9)
        return QString::number(qint64(whole));
    return stored.toString();
}

} // namespace cac
