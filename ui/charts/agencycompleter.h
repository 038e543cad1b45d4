#pragma once

#include <QCompleter>

class QSqlDatabase;

namespace cac {

// Completes agencies in a comma-separated list as the user types a name or an ORI
// ("corv" -> "Corvina Bay Police Department (CAZ000005)"), one entry at a time, and reads such a
// list back as ORIs: an entry is an ORI, "Name (ORI)", or a name that matches one agency.
class AgencyCompleter : public QCompleter
{
    Q_OBJECT
public:
    explicit AgencyCompleter(QObject *parent = nullptr);
    void setDatabase(QSqlDatabase db);

    struct Reading
    {
        QStringList oris;
        QStringList unknown; // entries that name no agency here, or several
    };
    Reading read(const QString &text) const;

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QStringList m_entries; // "Name (ORI)"
};

} // namespace cac
