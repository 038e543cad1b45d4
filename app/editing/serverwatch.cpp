#include "app/editing/serverwatch.h"

#include "db/engine/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cac {

namespace {

const QString Channel = QStringLiteral("cac_changes");
// Past this many agencies at once, reloading all of them costs less than one by one.
constexpr int ManyAgencies = 200;

} // namespace

ServerWatch::ServerWatch(Database &database, QObject *parent) : QObject(parent), m_database(database)
{
    if (!m_database.isServer())
        return;
    m_batch.setSingleShot(true);
    m_batch.setInterval(200);
    connect(&m_batch, &QTimer::timeout, this, &ServerWatch::deliver);
    m_check.setInterval(30000);
    connect(&m_check, &QTimer::timeout, this, &ServerWatch::check);
    m_check.start();
    subscribe();
}

bool ServerWatch::subscribe()
{
    QSqlDriver *driver = m_database.connection().driver();
    if (!driver)
        return false;
    // A connection opened again has a new driver handle, and needs the signal anew.
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    connect(driver, &QSqlDriver::notification, this, &ServerWatch::received);
    return driver->subscribedToNotifications().contains(Channel) || driver->subscribeToNotification(Channel);
}

void ServerWatch::received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != Channel || source == QSqlDriver::SelfSource)
        return;
    bool isNumber = false;
    const qint64 agency = payload.toString().toLongLong(&isNumber);
    if (isNumber && agency > 0)
        m_pending.insert(agency);
    else
        m_everything = true;
    if (!m_batch.isActive())
        m_batch.start();
}

void ServerWatch::deliver()
{
    const bool everything = m_everything || m_pending.size() > ManyAgencies;
    const QSet<qint64> agencies = std::exchange(m_pending, {});
    m_everything = false;
    if (everything) {
        emit agencyChanged(0);
        return;
    }
    for (const qint64 agency : agencies)
        emit agencyChanged(agency);
}

void ServerWatch::check()
{
    if (!m_database.isServer())
        return;
    QSqlQuery ping(m_database.connection());
    if (ping.exec(QStringLiteral("SELECT 1")))
        return;
    const Status reopened = m_database.reconnect();
    if (!reopened.ok()) {
        if (!m_lost)
            emit connectionNotice(tr("The connection to %1 was lost; trying again every half minute (%2)")
                                          .arg(m_database.displayName(), reopened.error()));
        m_lost = true;
        return;
    }
    m_lost = false;
    subscribe();
    emit connectionNotice(tr("Connected to %1 again; the views show what changed meanwhile.").arg(m_database.displayName()));
    emit agencyChanged(0);
}

} // namespace cac
