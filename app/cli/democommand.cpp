#include "clicommands.h"
#include "cliio.h"

#include "app/demo/demodatainstaller.h"
#include "db/stores/metastore.h"

#include <QCoreApplication>

namespace cac {

namespace {
// This file's strings, in the translation context lupdate gathers them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

// "2010-2025" into a pair of years.
std::optional<std::pair<int, int>> yearRange(const QString &text)
{
    const QStringList parts = text.split(u'-');
    if (parts.size() != 2)
        return std::nullopt;
    const std::optional<int> from = CliIo::yearOption(QStringLiteral("years"), parts.at(0));
    const std::optional<int> to = from ? CliIo::yearOption(QStringLiteral("years"), parts.at(1)) : std::nullopt;
    if (!from || !to || *from > *to)
        return std::nullopt;
    return std::make_pair(*from, *to);
}

} // namespace

int Cli::demoCommand(const QStringList &arguments)
{
    using namespace CliIo;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Fills a database with demo data: fictional agencies in real California "
                                              "counties, with the kinds of cases the committee sees. The same options "
                                              "always give the same data. The database is marked as demo data."));
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("The database (created if it does not exist)."),
                                QStringLiteral("DB"));
    const QCommandLineOption agencies(QStringLiteral("agencies"), Text::tr("How many agencies (default 150)."),
                                      QStringLiteral("N"), QStringLiteral("150"));
    const QCommandLineOption years(QStringLiteral("years"), Text::tr("Reporting years (default 2010-2025)."),
                                   QStringLiteral("A-B"), QStringLiteral("2010-2025"));
    const QCommandLineOption seed(QStringLiteral("seed"), Text::tr("Random seed (default 2019)."), QStringLiteral("S"),
                                  QStringLiteral("2019"));
    parser.addOptions({db, agencies, years, seed});
    const QString usage = QStringLiteral("cac-review demo --db DB [--agencies N] [--years 2010-2025] [--seed S]");
    if (const std::optional<int> stop = parse(parser, usage, arguments, {db}))
        return *stop;
    DemoOptions options;
    bool ok = false;
    options.agencies = parser.value(agencies).toInt(&ok);
    if (!ok || options.agencies < 1 || options.agencies > 100000) {
        err() << "--agencies: " << parser.value(agencies) << ": " << Text::tr("a whole number from 1 to 100000") << "\n";
        err().flush();
        return 2;
    }
    const std::optional<std::pair<int, int>> range = yearRange(parser.value(years));
    if (!range) {
        err() << "--years: " << parser.value(years) << ": " << Text::tr("two years, such as 2010-2025") << "\n";
        err().flush();
        return 2;
    }
    options.fromYear = range->first;
    options.toYear = range->second;
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok) {
        err() << "--seed: " << parser.value(seed) << ": " << Text::tr("a whole number") << "\n";
        err().flush();
        return 2;
    }
    std::unique_ptr<Database> database = openDatabase(parser.value(db), Database::Mode::CreateIfMissing);
    if (!database)
        return 1;
    DemoDataInstaller installer(*database);
    const Status installed = installer.install(options);
    if (!installed.ok()) {
        err() << installed.error() << "\n";
        err().flush();
        return 1;
    }
    out() << Text::tr("%1: %2 agencies, %3 reports (%4)")
                     .arg(database->displayName(), thousands(options.agencies),
                          thousands(installer.importSummary().reportsAdded + installer.importSummary().reportsChanged +
                                    installer.importSummary().reportsUnchanged),
                          MetaStore::DemoNotice)
          << "\n";
    out().flush();
    return 0;
}

} // namespace cac
