#include "commandline.h"

#include "clicommands.h"
#include "cliio.h"

#include <QCoreApplication>

namespace {
struct CommandEntry
{
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
};

const CommandEntry commands[] = {
    {"import", Cli::importCommand, QT_TRANSLATE_NOOP("CommandLine", "import misuse reports from a CSV file")},
    {"export", Cli::exportCommand, QT_TRANSLATE_NOOP("CommandLine", "export misuse reports as CSV")},
    {"demo", Cli::demoCommand, QT_TRANSLATE_NOOP("CommandLine", "fill a database with fictional demo data")},
    {"summary", Cli::summaryCommand, QT_TRANSLATE_NOOP("CommandLine", "print statewide figures by year")},
    {"flags", Cli::flagsCommand, QT_TRANSLATE_NOOP("CommandLine", "print the review queue of a year, with reasons")},
};
} // namespace

bool CommandLine::isCommand(const QString &word)
{
    for (const CommandEntry &c : commands) {
        if (word == QLatin1StringView(c.name))
            return true;
    }
    return false;
}

QString CommandLine::overview()
{
    QString text = QCoreApplication::translate("CommandLine",
                                               "Usage: cac-review [--db FILE]     open the window\n"
                                               "       cac-review COMMAND --help  help on a command\n\n"
                                               "Commands:\n");
    for (const CommandEntry &c : commands)
        text += QStringLiteral("  %1  %2\n").arg(QLatin1StringView(c.name), -8).arg(QCoreApplication::translate("CommandLine", c.summary));
    return text;
}

int CommandLine::run(const QString &command, const QStringList &arguments)
{
    for (const CommandEntry &c : commands) {
        if (command == QLatin1StringView(c.name))
            return c.run(arguments);
    }
    CliIo::err() << QCoreApplication::translate("CommandLine", "Unknown command: %1").arg(command) << "\n" << overview();
    CliIo::err().flush();
    return 2;
}
