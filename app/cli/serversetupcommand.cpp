#include "clicommands.h"
#include "db/engine/database.h"
#include "db/engine/schemamigrator.h"
#include "cliio.h"

#include "app/letters/shippedtemplates.h"
#include "db/postgresql/serversetup.h"

#include <QCoreApplication>

namespace cac {

namespace {
// This file's strings, in the translation context lupdate gathers them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetupCommand)
};
} // namespace

int Cli::serverSetupCommand(const QStringList &arguments)
{
    using namespace CliIo;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Text::tr("Makes a team's PostgreSQL database ready: its schema, the shipped letter templates, and the roles "
                     "PREFIXcommittee (reads everything, records review decisions, drafts letters), PREFIXstaff (also "
                     "imports, edits records, works the outreach list) and PREFIXadmin (also edits review rules and letter "
                     "templates). Run it as a login that owns the database and may create roles; running it again changes "
                     "nothing. Then give each person a login of their own in one role, e.g. "
                     "CREATE ROLE ana LOGIN PASSWORD '...' IN ROLE cac_staff;"));
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("The server database (postgresql://USER@HOST/DATABASE)."),
                                QStringLiteral("URI"));
    const QCommandLineOption prefix(QStringLiteral("role-prefix"),
                                    Text::tr("The start of the roles' names (default cac_): roles belong to the whole server."),
                                    QStringLiteral("PREFIX"), ServerSetup::defaultPrefix());
    parser.addOptions({db, prefix});
    if (const std::optional<int> stop =
                parse(parser, QStringLiteral("cac-review server-setup --db URI [--role-prefix PREFIX]"), arguments, {db}))
        return *stop;
    if (!ServerSetup::isValidPrefix(parser.value(prefix))) {
        err() << "--role-prefix: " << parser.value(prefix) << ": "
              << Text::tr("lower-case letters, digits and underscores, starting with a letter") << "\n";
        err().flush();
        return 2;
    }
    if (!Database::namesServer(parser.value(db))) {
        err() << "--db: "
              << Text::tr("a server's address is needed (postgresql://USER@HOST/DATABASE or service=NAME); a file "
                          "has no roles")
              << "\n";
        err().flush();
        return 2;
    }
    std::unique_ptr<Database> database = openDatabase(parser.value(db), Database::Mode::OpenExisting);
    if (!database)
        return 1;
    for (const Status &step :
         {ShippedTemplates::ensureStored(database->connection()), ServerSetup::grantRoles(*database, parser.value(prefix))}) {
        if (!step.ok()) {
            err() << step.error() << "\n";
            err().flush();
            return 1;
        }
    }
    const QString p = parser.value(prefix);
    out() << Text::tr("%1 is ready: schema version %2, roles %3committee, %3staff and %3admin.")
                     .arg(database->displayName())
                     .arg(SchemaMigrator::latestVersion(SqlDialect::Engine::PostgreSQL))
                     .arg(p)
          << "\n";
    return 0;
}

} // namespace cac
