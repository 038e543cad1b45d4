// cac-review: with a command, the headless tool; without, the reviewer's window.

#include "app/cli/commandline.h"
#include "app/defaultdatabase.h"
#include "app/settings/programidentity.h"
#include "ui/cli/chartcommand.h"
#include "ui/cli/packetcommand.h"
#include "ui/files/serverlogin.h"
#include "ui/mainwindow.h"
#include "ui/recentfiles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QMessageBox>
#include <QTextStream>

using namespace cac;

namespace {

// The program's strings in the user's language where a translation is built in (:/i18n, from
// translations/*.ts), and Qt's own (dialog buttons) from the system's Qt translations.
void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("cac-review"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int runHeadless(int argc, char *argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::needsGui(command)) {
        // Charts are widgets: they need a QApplication, which needs no display offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    ProgramIdentity::apply();
    installTranslations(*app);
    const QStringList args = app->arguments();
    const QString first = args.value(1);
    if (first == u"--version" || first == u"-v") {
        QTextStream(stdout) << "cac-review " << CAC_VERSION << "\n";
        return 0;
    }
    if (first == u"--help" || first == u"-h") {
        QTextStream(stdout) << CommandLine::overview();
        return 0;
    }
    return CommandLine::run(first, args.mid(2));
}

} // namespace

int main(int argc, char *argv[])
{
    CommandLine::addCommand("chart", ChartCommand::run,
                            QT_TRANSLATE_NOOP("CommandLine", "draw a chart as PNG, SVG or PDF, or its numbers as CSV"), true);
    CommandLine::addCommand("packet", PacketCommand::run,
                            QT_TRANSLATE_NOOP("CommandLine", "write the packet for a committee meeting as a PDF"), true);
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    // A word that is neither an option nor a file to open is a command, or a mistyped one.
    const bool command = !first.isEmpty() && !first.startsWith(u'-') && !QFileInfo(first).isFile();
    if (command || first == u"--version" || first == u"-v" || first == u"--help" || first == u"-h")
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    ProgramIdentity::apply();
    installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("CAC Review"));
    QCommandLineParser parser;
    const QCommandLineOption dbOption(
            QStringLiteral("db"),
            QStringLiteral("The database to open: a file, or a server's address (postgresql://USER@HOST/DATABASE)."),
            QStringLiteral("FILE|URI"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The database to open (as --db)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    const QString requested = parser.isSet(dbOption) ? parser.value(dbOption) : parser.positionalArguments().value(0);

    MainWindow window;
    // No file named: the last one used, if it is still there; else the default (demo) database.
    QString file = requested;
    if (file.isEmpty() && !RecentFiles::list().isEmpty() && QFileInfo::exists(RecentFiles::list().first()))
        file = RecentFiles::list().first();
    Result<std::unique_ptr<Database>> database =
            !file.isEmpty() ? ServerLogin::open(nullptr, file, Database::Mode::OpenExisting) : DefaultDatabase::open();
    if (!database.ok()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("CacReview", "CAC Review"), database.error());
        return 1;
    }
    window.setDatabase(database.take());
    window.show();
    return app.exec();
}
