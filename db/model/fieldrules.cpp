#include "db/model/fieldrules.h"

#include "db/model/agencykind.h"

#include <QCoreApplication>
#include <QString>

#include <tuple>

namespace cac {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isDash(QChar c)
{
    return c == u'-' || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2212);
}

// Digits, optionally grouped by thousands ("1,250"); nothing else.
std::optional<qint64> parseDigits(QStringView s)
{
    if (s.isEmpty())
        return std::nullopt;
    const bool grouped = s.contains(u',');
    qint64 value = 0;
    int digitsInGroup = 0;
    bool firstGroup = true;
    for (const QChar c : s) {
        if (c == u',') {
            if (digitsInGroup == 0 || (firstGroup && digitsInGroup > 3) || (!firstGroup && digitsInGroup != 3))
                return std::nullopt;
            firstGroup = false;
            digitsInGroup = 0;
            continue;
        }
        if (!isAsciiDigit(c))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
        if (value > 2'000'000'000)
            return qint64(-1); // too large; reported by the caller
        ++digitsInGroup;
    }
    if (grouped && digitsInGroup != 3)
        return std::nullopt;
    return value;
}

} // namespace

bool FieldRules::isUnknown(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return true;
    if (t.size() == 1)
        return isDash(t.at(0));
    return t.compare(QLatin1StringView("n/a"), Qt::CaseInsensitive) == 0 ||
            t.compare(QLatin1StringView("na"), Qt::CaseInsensitive) == 0 ||
            t.compare(QLatin1StringView("unknown"), Qt::CaseInsensitive) == 0 ||
            t.compare(QLatin1StringView("not reported"), Qt::CaseInsensitive) == 0;
}

FieldValue<QString> FieldRules::ori(QStringView text)
{
    const QString t = text.trimmed().toString().toUpper();
    if (t.isEmpty())
        return FieldValue<QString>::invalid(QCoreApplication::translate("FieldRules", "an ORI is required"));
    bool ok = t.size() == 9 && t.startsWith(QLatin1StringView("CA"));
    for (qsizetype i = 2; ok && i < t.size(); ++i) {
        const QChar c = t.at(i);
        ok = isAsciiDigit(c) || (c >= u'A' && c <= u'Z');
    }
    if (!ok)
        return FieldValue<QString>::invalid(
                QCoreApplication::translate("FieldRules", "not an ORI: CA and 7 letters or digits, e.g. CA0010900"));
    return FieldValue<QString>::of(t);
}

FieldValue<int> FieldRules::year(QStringView text)
{
    const QStringView t = text.trimmed();
    if (isUnknown(t))
        return FieldValue<int>::invalid(QCoreApplication::translate("FieldRules", "a year is required"));
    bool ok = false;
    const int y = t.toInt(&ok);
    if (!ok)
        return FieldValue<int>::invalid(QCoreApplication::translate("FieldRules", "not a year"));
    if (y < FirstYear || y > LastYear)
        return FieldValue<int>::invalid(
                QCoreApplication::translate("FieldRules", "year out of range (%1 to %2)").arg(FirstYear).arg(LastYear));
    return FieldValue<int>::of(y);
}

FieldValue<int> FieldRules::count(QStringView text)
{
    const QStringView t = text.trimmed();
    if (isUnknown(t))
        return FieldValue<int>::unknown();
    if (isDash(t.at(0)) && t.size() > 1 && isAsciiDigit(t.at(1)))
        return FieldValue<int>::invalid(QCoreApplication::translate("FieldRules", "a count cannot be negative"));
    const std::optional<qint64> value = parseDigits(t);
    if (!value)
        return FieldValue<int>::invalid(QCoreApplication::translate("FieldRules", "not a whole number"));
    if (*value < 0)
        return FieldValue<int>::invalid(QCoreApplication::translate("FieldRules", "too large for a count"));
    return FieldValue<int>::of(int(*value));
}

FieldValue<ViolationRange> FieldRules::violations(QStringView text)
{
    const QStringView t = text.trimmed();
    if (isUnknown(t))
        return FieldValue<ViolationRange>::unknown();
    qsizetype dash = -1;
    for (qsizetype i = 1; i < t.size(); ++i) {
        if (isDash(t.at(i))) {
            dash = i;
            break;
        }
    }
    if (dash < 0) {
        const FieldValue<int> single = count(t);
        if (!single.ok())
            return FieldValue<ViolationRange>::invalid(
                    isDash(t.at(0)) ? single.error
                                    : QCoreApplication::translate("FieldRules", "not a count or a range such as 15-25"));
        return FieldValue<ViolationRange>::of({*single.value, *single.value});
    }
    const FieldValue<int> low = count(t.left(dash));
    const FieldValue<int> high = count(t.mid(dash + 1));
    if (!low.ok() || !high.ok() || !low.value || !high.value)
        return FieldValue<ViolationRange>::invalid(
                QCoreApplication::translate("FieldRules", "not a count or a range such as 15-25"));
    if (*low.value > *high.value)
        return FieldValue<ViolationRange>::invalid(
                QCoreApplication::translate("FieldRules", "the low end of the range is above the high end"));
    return FieldValue<ViolationRange>::of({*low.value, *high.value});
}

FieldValue<bool> FieldRules::filed(QStringView text)
{
    const QStringView t = text.trimmed();
    if (isUnknown(t))
        return FieldValue<bool>::unknown();
    const auto is = [t](const char *word) { return t.compare(QLatin1StringView(word), Qt::CaseInsensitive) == 0; };
    if (is("yes") || is("y") || is("true") || is("1"))
        return FieldValue<bool>::of(true);
    if (is("no") || is("n") || is("false") || is("0"))
        return FieldValue<bool>::of(false);
    return FieldValue<bool>::invalid(QCoreApplication::translate("FieldRules", "not yes or no"));
}

FieldValue<QDate> FieldRules::date(QStringView text)
{
    const QStringView t = text.trimmed();
    if (isUnknown(t))
        return FieldValue<QDate>::unknown();
    QDate d;
    if (t.size() == 10 && t.at(4) == u'-' && t.at(7) == u'-') {
        d = QDate::fromString(t, Qt::ISODate);
    } else {
        const QList<QStringView> parts = t.split(u'/');
        bool okM = false, okD = false, okY = false;
        if (parts.size() == 3 && parts.at(2).size() == 4) {
            const int m = parts.at(0).toInt(&okM);
            const int day = parts.at(1).toInt(&okD);
            const int y = parts.at(2).toInt(&okY);
            if (okM && okD && okY)
                d = QDate(y, m, day);
        }
    }
    if (!d.isValid())
        return FieldValue<QDate>::invalid(QCoreApplication::translate("FieldRules", "not a date (YYYY-MM-DD or M/D/YYYY)"));
    if (d.year() < FirstYear || d.year() > LastYear)
        return FieldValue<QDate>::invalid(
                QCoreApplication::translate("FieldRules", "date out of range (%1 to %2)").arg(FirstYear).arg(LastYear));
    return FieldValue<QDate>::of(d);
}

FieldValue<QString> FieldRules::agencyKind(QStringView text)
{
    if (isUnknown(text))
        return FieldValue<QString>::unknown();
    const QString code = AgencyKind::fromText(text.toString());
    if (code.isEmpty())
        return FieldValue<QString>::invalid(QCoreApplication::translate("FieldRules", "not a known kind of agency (%1)")
                                                    .arg(AgencyKind::codes().join(QStringLiteral(", "))));
    return FieldValue<QString>::of(code);
}

FieldValue<QString> FieldRules::email(QStringView text)
{
    const QStringView t = text.trimmed();
    if (isUnknown(t))
        return FieldValue<QString>::unknown();
    const qsizetype at = t.indexOf(u'@');
    if (at <= 0 || at == t.size() - 1 || t.contains(u' ') || t.indexOf(u'@', at + 1) >= 0)
        return FieldValue<QString>::invalid(QCoreApplication::translate("FieldRules", "not an email address"));
    return FieldValue<QString>::of(t.toString());
}

namespace {

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7f && c <= 0x9f);
}

FieldValue<QString> boundedText(QStringView text, int maxLength)
{
    const QStringView t = text.trimmed();
    if (FieldRules::isUnknown(t))
        return FieldValue<QString>::unknown();
    if (t.size() > maxLength)
        return FieldValue<QString>::invalid(
                QCoreApplication::translate("FieldRules", "%1 characters; at most %2 are taken").arg(t.size()).arg(maxLength));
    if (const qsizetype at = FieldRules::controlCharacterAt(t); at >= 0)
        return FieldValue<QString>::invalid(
                QCoreApplication::translate("FieldRules", "holds a control character (U+%1) at character %2; remove it")
                        .arg(int(t.at(at).unicode()), 4, 16, QLatin1Char('0'))
                        .arg(at + 1));
    return FieldValue<QString>::of(t.toString());
}

} // namespace

qsizetype FieldRules::controlCharacterAt(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isControl(text.at(i).unicode()))
            return i;
    }
    return -1;
}

QString FieldRules::quoted(QStringView value)
{
    constexpr qsizetype Shown = 60;
    QString shown;
    for (qsizetype i = 0; i < value.size() && i < Shown; ++i) {
        const char16_t c = value.at(i).unicode();
        shown += isControl(c) ? QStringLiteral("U+%1").arg(int(c), 4, 16, QLatin1Char('0')) : QString(QChar(c));
    }
    if (value.size() > Shown)
        shown += QCoreApplication::translate("FieldRules", "… (%1 characters)").arg(value.size());
    return shown;
}

FieldValue<QString> FieldRules::text(QStringView text)
{
    return boundedText(text, MaxTextLength);
}

FieldValue<QString> FieldRules::notes(QStringView text)
{
    return boundedText(text, MaxNotesLength);
}

QString FieldRules::withoutFormulaGuard(const QString &cell)
{
    const QStringView unguarded = withoutFormulaGuard(QStringView(cell));
    return unguarded.size() == cell.size() ? cell : unguarded.toString();
}

QStringView FieldRules::withoutFormulaGuard(QStringView cell)
{
    // "'=x" was "=x"; "''=x" was "'=x" (a cell that itself looked guarded).
    if (cell.size() > 1 && cell.at(0) == u'\'') {
        const QStringView rest = cell.mid(1);
        const QChar next = rest.at(0);
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t' || next == u'\r' ||
            withoutFormulaGuard(rest) != rest)
            return rest;
    }
    return cell;
}

QString FieldRules::withFormulaGuard(const QString &cell)
{
    return needsFormulaGuard(cell) ? u'\'' + cell : cell;
}

bool FieldRules::needsFormulaGuard(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    // A cell that already looks guarded gets a second quote, so that reading it back is exact.
    if (withoutFormulaGuard(cell).size() != cell.size())
        return true;
    const QChar first = cell.at(0);
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return false;
    bool isNumber = false;
    std::ignore = cell.toDouble(&isNumber);
    return !isNumber;
}

} // namespace cac
