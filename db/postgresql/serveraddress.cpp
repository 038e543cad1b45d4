#include "db/postgresql/serveraddress.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <libpq-fe.h>

namespace cac {

namespace {

QString quotedValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

// A host other than this machine gets sslmode=verify-full unless the address says otherwise:
// libpq's own default ("prefer") would send the password in the clear to a server that offers no
// TLS. Addresses through a service file keep the service's settings (an administrator chose them).
bool wantsVerifiedTls(const ServerAddress &address)
{
    return !address.isLocal() && address.value(QStringLiteral("sslmode")).isEmpty() &&
            address.value(QStringLiteral("service")).isEmpty();
}

} // namespace

bool ServerAddress::names(const QString &text)
{
    if (text.startsWith(QLatin1StringView("postgresql://")) || text.startsWith(QLatin1StringView("postgres://")))
        return true;
    return text.contains(u'=') && !QFileInfo::exists(text);
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(text.toUtf8().constData(), &error);
    if (!options) {
        const QString why = error ? QString::fromUtf8(error).trimmed() : QStringLiteral("out of memory");
        PQfreemem(error);
        // The text may hold a password: the message quotes libpq's reason, never the text.
        return Result<ServerAddress>::failure(
                QCoreApplication::translate("ServerAddress", "The server address is not a libpq connection string: %1").arg(why));
    }
    ServerAddress address;
    for (const PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val && *option->val)
            address.m_values.append({QString::fromUtf8(option->keyword), QString::fromUtf8(option->val)});
    }
    PQconninfoFree(options);
    if (wantsVerifiedTls(address))
        address.m_values.append({QStringLiteral("sslmode"), QStringLiteral("verify-full")});
    return address;
}

QString ServerAddress::value(const QString &keyword) const
{
    for (const auto &[key, value] : m_values) {
        if (key == keyword)
            return value;
    }
    return QString();
}

QString ServerAddress::displayName() const
{
    const QString service = value(QStringLiteral("service"));
    QString where = host().isEmpty() ? QStringLiteral("localhost") : host();
    if (where.startsWith(u'/'))
        where = QStringLiteral("localhost");
    if (!port().isEmpty())
        where += u':' + port();
    QString name = user().isEmpty() ? where : user() + u'@' + where;
    if (!databaseName().isEmpty())
        name += u'/' + databaseName();
    if (!service.isEmpty())
        name = host().isEmpty() && databaseName().isEmpty() ? QStringLiteral("service=%1").arg(service)
                                                            : QStringLiteral("%1 (service=%2)").arg(name, service);
    return name;
}

bool ServerAddress::isLocal() const
{
    const QString hosts = host().isEmpty() ? value(QStringLiteral("hostaddr")) : host();
    if (hosts.isEmpty())
        return true;
    for (const QString &one : hosts.split(u',')) {
        const QString h = one.trimmed();
        if (!(h.startsWith(u'/') || h == u"localhost" || h.startsWith(QLatin1StringView("127.")) || h == u"::1"))
            return false;
    }
    return true;
}

ServerAddress ServerAddress::withPassword(const QString &password) const
{
    ServerAddress copy = withoutPassword();
    copy.m_values.append({QStringLiteral("password"), password});
    return copy;
}

ServerAddress ServerAddress::withoutPassword() const
{
    ServerAddress copy;
    for (const auto &pair : m_values) {
        if (pair.first != u"password")
            copy.m_values.append(pair);
    }
    return copy;
}

QString ServerAddress::connectionString() const
{
    QStringList pairs;
    for (const auto &[key, value] : m_values)
        pairs << key + u'=' + quotedValue(value);
    return pairs.join(u' ');
}

} // namespace cac
