#include "agencycompleter.h"

#include "app/documents/textfolding.h"
#include "db/stores/records/agencystore.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>

namespace cac {

AgencyCompleter::AgencyCompleter(QObject *parent) : QCompleter(parent)
{
    setModel(new QStringListModel(this));
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
}

void AgencyCompleter::setDatabase(QSqlDatabase db)
{
    m_entries.clear();
    const Result<QList<AgencyRecord>> agencies = AgencyStore(db).all();
    if (agencies.ok()) {
        for (const AgencyRecord &a : agencies.value())
            m_entries << QStringLiteral("%1 (%2)").arg(a.name, a.ori);
    }
    static_cast<QStringListModel *>(model())->setStringList(m_entries);
}

QStringList AgencyCompleter::splitPath(const QString &path) const
{
    return {path.section(u',', -1).trimmed()}; // the entry being typed
}

QString AgencyCompleter::pathFromIndex(const QModelIndex &index) const
{
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    const QString typed = edit ? edit->text() : QString();
    const qsizetype comma = typed.lastIndexOf(u',');
    const QString before = comma < 0 ? QString() : typed.left(comma + 1) + u' ';
    return before + index.data().toString();
}

AgencyCompleter::Reading AgencyCompleter::read(const QString &text) const
{
    static const QRegularExpression inParentheses(QStringLiteral("\\(([A-Za-z0-9]+)\\)\\s*$"));
    Reading reading;
    for (const QString &raw : text.split(u',', Qt::SkipEmptyParts)) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        const QRegularExpressionMatch ori = inParentheses.match(entry);
        if (ori.hasMatch()) {
            reading.oris << ori.captured(1).toUpper();
            continue;
        }
        // An ORI as typed, or the one agency whose name matches (accents and case aside).
        QStringList found;
        const QString folded = TextFolding::fold(entry);
        for (const QString &e : m_entries) {
            const QString o = inParentheses.match(e).captured(1);
            if (o.compare(entry, Qt::CaseInsensitive) == 0) {
                found = {o};
                break;
            }
            if (TextFolding::fold(e.section(QStringLiteral(" ("), 0, 0)) == folded)
                found << o;
        }
        if (found.size() == 1)
            reading.oris << found.first();
        else
            reading.unknown << entry;
    }
    return reading;
}

} // namespace cac
