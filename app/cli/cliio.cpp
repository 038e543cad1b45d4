#include "cliio.h"

#include "terminalsafedevice.h"

#include "db/model/fieldrules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace cac {

QTextStream &CliIo::out()
{
    static TerminalSafeDevice device(stdout);
    static QTextStream stream(&device);
    return stream;
}

QTextStream &CliIo::err()
{
    static TerminalSafeDevice device(stderr);
    static QTextStream stream(&device);
    return stream;
}

std::optional<int> CliIo::parse(QCommandLineParser &parser, const QString &usage, const QStringList &arguments,
                                const QList<QCommandLineOption> &required)
{
    const QCommandLineOption help = parser.addHelpOption();
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("cac-review"));
    if (!parser.parse(withProgram)) {
        err() << parser.errorText() << "\n" << QCoreApplication::translate("Cli", "Usage: ") << usage << "\n";
        err().flush();
        return 2;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = text.mid(text.indexOf(u'\n') + 1); // Qt's own usage line names the binary's path
        out() << QCoreApplication::translate("Cli", "Usage: ") << usage << "\n" << text;
        out().flush();
        return 0;
    }
    for (const QCommandLineOption &option : required) {
        if (!parser.isSet(option))
            return usageError(QCoreApplication::translate("Cli", "--%1 %2 is required")
                                      .arg(option.names().constFirst(), option.valueName()),
                              usage);
    }
    return std::nullopt;
}

std::optional<int> CliIo::oneOf(const QString &option, const QString &value, const QStringList &accepted, const QString &usage)
{
    if (accepted.contains(value))
        return std::nullopt;
    return usageError(QCoreApplication::translate("Cli", "--%1: %2 is not one of: %3")
                              .arg(option, value, accepted.join(QStringLiteral(", "))),
                      usage);
}

std::optional<int> CliIo::suffixOneOf(const QString &option, const QString &path, const QStringList &suffixes,
                                      const QString &usage)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffixes.contains(suffix))
        return std::nullopt;
    QStringList dotted;
    for (const QString &s : suffixes)
        dotted << u'.' + s;
    return usageError(QCoreApplication::translate("Cli",
                                                  "--%1: %2: the program writes %3 files here; name the file "
                                                  "with one of those extensions")
                              .arg(option, path, dotted.join(QStringLiteral(", "))),
                      usage);
}

int CliIo::usageError(const QString &message, const QString &usage)
{
    err() << message << "\n" << QCoreApplication::translate("Cli", "Usage: ") << usage << "\n";
    err().flush();
    return 2;
}

int CliIo::readError(const Database &database, const QString &error)
{
    err() << QCoreApplication::translate("CliIo", "Cannot read %1: %2").arg(database.displayName(), error) << "\n";
    err().flush();
    return 1;
}

std::unique_ptr<Database> CliIo::openDatabase(const QString &path, Database::Mode mode)
{
    if (path.isEmpty()) {
        err() << QCoreApplication::translate(
                         "Cli", "--db is required: a database file, or a server's address (postgresql://USER@HOST/DATABASE)")
              << "\n";
        err().flush();
        return nullptr;
    }
    Result<std::unique_ptr<Database>> opened = Database::open(path, mode);
    if (!opened.ok()) {
        err() << opened.error() << "\n";
        err().flush();
        return nullptr;
    }
    if (!opened.value()->notice().isEmpty()) {
        err() << opened.value()->notice() << "\n";
        err().flush();
    }
    return opened.take();
}

std::optional<int> CliIo::yearOption(const QString &option, const QString &value)
{
    const FieldValue<int> year = FieldRules::year(value);
    if (!year.ok()) {
        err() << QStringLiteral("--%1: %2: %3\n").arg(option, value, year.error);
        err().flush();
        return std::nullopt;
    }
    return year.value;
}

CliIo::YearAndDatabase CliIo::openForYear(const QString &path, const QString &yearValue)
{
    const std::optional<int> year = yearOption(QStringLiteral("year"), yearValue);
    if (!year)
        return {nullptr, 0, 2};
    std::unique_ptr<Database> database = openDatabase(path, Database::Mode::OpenExisting);
    if (!database)
        return {nullptr, *year, 1};
    return {std::move(database), *year, 0};
}

QString CliIo::thousands(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

} // namespace cac
