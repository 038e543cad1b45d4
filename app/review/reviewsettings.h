#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace cac {

// The thresholds and weights of the review rules. They live in the database (review_setting)
// and are edited in the Settings dialog; a key not stored takes its default.
class ReviewSettings
{
public:
    struct Entry
    {
        const char *key;
        const char *label;
        double defaultValue;
        bool isWeight;
    };
    static const QList<Entry> &entries();

    ReviewSettings() = default;
    explicit ReviewSettings(QHash<QString, double> stored) : m_stored(std::move(stored)) {}

    double value(const char *key) const;
    // The date a reporting year's report is due: the set month and day of the next year (a day
    // past the month's end, such as 31 February, is its last day). The one home of the rule.
    QDate deadline(int year) const;
    void set(const char *key, double value) { m_stored.insert(QString::fromLatin1(key), value); }
    const QHash<QString, double> &stored() const { return m_stored; }

private:
    QHash<QString, double> m_stored;
};

} // namespace cac
