#include "commandline.h"

#include "clicommands.h"
#include "cliio.h"

#include <QCoreApplication>

namespace cac {

namespace {
struct CommandEntry
{
    const char *name;
    CommandLine::Run run;
    const char *summary;
    bool needsGui;
};

QList<CommandEntry> &commands()
{
    static QList<CommandEntry> list = {
            {"import", Cli::importCommand,
             QT_TRANSLATE_NOOP("CommandLine", "import misuse reports from CSV files, workbooks or returned forms"), false},
            {"export", Cli::exportCommand, QT_TRANSLATE_NOOP("CommandLine", "export misuse reports as CSV or .xlsx"), false},
            {"demo", Cli::demoCommand, QT_TRANSLATE_NOOP("CommandLine", "fill a database with fictional demo data"), false},
            {"summary", Cli::summaryCommand, QT_TRANSLATE_NOOP("CommandLine", "print statewide figures by year"), false},
            {"flags", Cli::flagsCommand, QT_TRANSLATE_NOOP("CommandLine", "print the review queue of a year, with reasons"),
             false},
            // The PDF call sheet lays out text, which needs a (headless) GUI application.
            {"outreach", Cli::outreachCommand, QT_TRANSLATE_NOOP("CommandLine", "write the outreach call list as CSV or PDF"),
             true},
            {"form", Cli::formCommand, QT_TRANSLATE_NOOP("CommandLine", "write the reporting forms of a year as .xlsx"), false},
            {"letter", Cli::letterCommand, QT_TRANSLATE_NOOP("CommandLine", "fill a letter template as PDF, ODT or HTML"), true},
            {"copy", Cli::copyCommand,
             QT_TRANSLATE_NOOP("CommandLine", "copy a whole database between a file and a team's server"), false},
            {"server-setup", Cli::serverSetupCommand,
             QT_TRANSLATE_NOOP("CommandLine", "make a team's PostgreSQL database ready: schema and roles"), false},
    };
    return list;
}
} // namespace

void CommandLine::addCommand(const char *name, Run run, const char *summary, bool needsGui)
{
    commands().append({name, run, summary, needsGui});
}

bool CommandLine::needsGui(const QString &word)
{
    for (const CommandEntry &c : commands()) {
        if (word == QLatin1StringView(c.name))
            return c.needsGui;
    }
    return false;
}

QString CommandLine::overview()
{
    QString text = QCoreApplication::translate("CommandLine",
                                               "Usage: cac-review [--db FILE]     open the window\n"
                                               "       cac-review COMMAND --help  help on a command\n\n"
                                               "Commands:\n");
    for (const CommandEntry &c : commands())
        text += QStringLiteral("  %1  %2\n")
                        .arg(QLatin1StringView(c.name), -8)
                        .arg(QCoreApplication::translate("CommandLine", c.summary));
    return text;
}

int CommandLine::run(const QString &command, const QStringList &arguments)
{
    for (const CommandEntry &c : commands()) {
        if (command == QLatin1StringView(c.name))
            return c.run(arguments);
    }
    CliIo::err() << QCoreApplication::translate("CommandLine", "Unknown command: %1").arg(command) << "\n" << overview();
    CliIo::err().flush();
    return 2;
}

} // namespace cac
