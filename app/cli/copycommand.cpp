#include "clicommands.h"
#include "cliio.h"

#include "app/letters/shippedtemplates.h"
#include "app/metrics/statewidemetrics.h"
#include "db/engine/databasetransfer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace cac {

namespace {
// This file's strings, in the translation context lupdate gathers them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CopyCommand)
};

// The letter templates a database stores at first use (server-setup stores them on a new server)
// are no one's work: a destination that holds nothing else counts as empty.
bool onlyShippedTemplates(Database &database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT name, body FROM letter_template")))
        return false;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString body = q.value(1).toString();
        if (!ShippedTemplates::isShipped(name) ||
            (body != ShippedTemplates::body(name) && !ShippedTemplates::earlierBodies(name).contains(body)))
            return false;
    }
    return true;
}

// The audit log holds nothing but the storing of those templates.
bool onlyTemplatesLogged(Database &database)
{
    QSqlQuery q(database.connection());
    return q.exec(QStringLiteral(
                   "SELECT count(*) FROM audit_log WHERE NOT (table_name = 'letter_template' AND action = 'insert')")) &&
            q.next() && q.value(0).toLongLong() == 0;
}

QString described(const QList<DatabaseTransfer::Table> &tables)
{
    QStringList parts;
    for (const DatabaseTransfer::Table &table : tables)
        parts << QStringLiteral("%1 %2").arg(CliIo::thousands(table.rows), table.name);
    return parts.join(QStringLiteral(", "));
}

} // namespace

int Cli::copyCommand(const QStringList &arguments)
{
    using namespace CliIo;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Text::tr("Copies a whole database into another: a file into a team's server, or a server into a file (a snapshot "
                     "to take home). Every table keeps its rows and ids; each table's rows are counted and checksummed on "
                     "both sides before the copy is saved, all or nothing. The destination must be empty, unless --replace, "
                     "which deletes what it holds first, after you confirm (on a server, only its owner may)."));
    const QCommandLineOption from(QStringLiteral("from"), Text::tr("The database to copy (a file or a server's address)."),
                                  QStringLiteral("SRC"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("Where to copy it (a new file, or a server's empty database)."),
                                QStringLiteral("DST"));
    const QCommandLineOption replace(QStringLiteral("replace"), Text::tr("Delete what the destination holds first (asks)."));
    parser.addOptions({from, to, replace});
    if (const std::optional<int> stop =
                parse(parser, QStringLiteral("cac-review copy --from SRC --to DST [--replace]"), arguments, {from, to}))
        return *stop;
    std::unique_ptr<Database> source = openDatabase(parser.value(from), Database::Mode::OpenExisting);
    if (!source)
        return 1;
    const QString target = parser.value(to);
    const bool newFile = !Database::namesServer(target) && !QFileInfo::exists(target);
    int status = 1;
    {
        std::unique_ptr<Database> destination = openDatabase(target, Database::Mode::CreateIfMissing);
        if (!destination)
            return 1;
        Result<QList<DatabaseTransfer::Table>> held = DatabaseTransfer::contents(*destination);
        if (!held.ok())
            return readError(*destination, held.error());
        QList<DatabaseTransfer::Table> lost = held.value();
        if (onlyShippedTemplates(*destination)) {
            lost.removeIf([&](const DatabaseTransfer::Table &t) {
                return t.name == u"letter_template" || (t.name == u"audit_log" && onlyTemplatesLogged(*destination));
            });
        }
        if (!lost.isEmpty() && !parser.isSet(replace)) {
            err() << Text::tr("%1 is not empty (%2); nothing was copied. --replace deletes what it holds first.")
                             .arg(destination->displayName(), described(lost))
                  << "\n";
            err().flush();
            return 1;
        }
        if (!lost.isEmpty()) {
            err() << Text::tr("Replacing %1 deletes %2. Type yes to go on: ").arg(destination->displayName(), described(lost));
            err().flush();
            QTextStream in(stdin);
            if (in.readLine().trimmed() != u"yes") {
                err() << Text::tr("Nothing was copied.") << "\n";
                err().flush();
                return 1;
            }
        }
        const Result<QList<DatabaseTransfer::Table>> copied =
                DatabaseTransfer::copy(*source, *destination, !held.value().isEmpty());
        if (copied.ok()) {
            // The statewide figures are derived, not copied: kept again as after an import.
            std::ignore = StatewideMetrics(destination->connection()).keepStatewide();
            out() << Text::tr("Copied %1 into %2: %3; counts and checksums match.")
                             .arg(source->displayName(), destination->displayName(), described(copied.value()))
                  << "\n";
            status = 0;
        } else {
            err() << copied.error() << "\n";
            err().flush();
        }
    }
    // A file made for a copy that failed would be an empty database nobody asked for.
    if (status != 0 && newFile) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(target + suffix);
    }
    return status;
}

} // namespace cac
