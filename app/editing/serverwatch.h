#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>

namespace cac {

class Database;

// What other people change in a server database, as they commit. The server notifies the
// channel cac_changes with an agency's id, or '*' when a change concerns every agency (resources/
// schema/postgresql: its notify triggers); the notices of a moment are gathered and handed on as
// agencyChanged(id), 0 meaning "reload everything". This program's own changes are left out: the
// document has handed them on already. Every half minute the connection is checked: one dropped by
// sleep or the network is opened again, the channel subscribed again, everything reloaded (what
// changed meanwhile was not heard), and connectionNotice says so. A file has no such channel: the
// watch then does nothing.
class ServerWatch : public QObject
{
    Q_OBJECT
public:
    explicit ServerWatch(Database &database, QObject *parent = nullptr);

    // Checks the connection now (the timer does it every half minute); for tests and for the
    // moment the computer wakes.
    void check();

signals:
    void agencyChanged(qint64 agencyId);
    void connectionNotice(const QString &message);

private:
    bool subscribe();
    void received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void deliver();

    Database &m_database;
    QSet<qint64> m_pending;
    bool m_everything = false;
    bool m_lost = false;
    QTimer m_batch;
    QTimer m_check;
};

} // namespace cac
