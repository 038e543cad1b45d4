#include "db/engine/sqlscript.h"

namespace cac {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// The keyword that starts at i, if it stands as a whole word.
bool keywordAt(const QString &s, qsizetype i, QLatin1StringView word)
{
    if (i > 0 && isWordChar(s.at(i - 1)))
        return false;
    if (i + word.size() > s.size())
        return false;
    if (QStringView(s).mid(i, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype end = i + word.size();
    return end == s.size() || !isWordChar(s.at(end));
}

} // namespace

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    int blockDepth = 0; // BEGIN/CASE ... END nesting, as in trigger bodies
    qsizetype i = 0;
    const qsizetype n = script.size();
    auto flush = [&] {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements << trimmed;
        current.clear();
    };
    while (i < n) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            const qsizetype end = script.indexOf(QLatin1StringView("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == close) {
                    if (close != u']' && j + 1 < n && script.at(j + 1) == close) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype end = qMin(j + 1, n);
            current += QStringView(script).mid(i, end - i);
            i = end;
            continue;
        }
        if (keywordAt(script, i, QLatin1StringView("BEGIN")) || keywordAt(script, i, QLatin1StringView("CASE"))) {
            // A bare "BEGIN;" (a transaction) opens no block.
            qsizetype k = i + 5;
            while (k < n && script.at(k).isSpace())
                ++k;
            const bool transaction = script.at(i).toUpper() == u'B' &&
                    (k >= n || script.at(k) == u';' || keywordAt(script, k, QLatin1StringView("TRANSACTION")) ||
                     keywordAt(script, k, QLatin1StringView("IMMEDIATE")) ||
                     keywordAt(script, k, QLatin1StringView("EXCLUSIVE")) || keywordAt(script, k, QLatin1StringView("DEFERRED")));
            if (!transaction)
                ++blockDepth;
        } else if (keywordAt(script, i, QLatin1StringView("END")) && blockDepth > 0) {
            --blockDepth;
        }
        if (c == u';' && blockDepth == 0) {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}

} // namespace cac
