#include "clicommands.h"
#include "cliio.h"

#include "app/metrics/agencyoverviewquery.h"
#include "app/letters/lettercontext.h"
#include "app/letters/letterexporter.h"
#include "app/letters/letterplaceholders.h"
#include "app/letters/letterrenderer.h"
#include "app/letters/shippedtemplates.h"
#include "db/stores/letters/lettertemplatestore.h"
#include "db/stores/metastore.h"

#include <QCoreApplication>

namespace cac {

namespace {
// This file's strings, in the translation context lupdate gathers them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LetterCommand)
};
} // namespace

int Cli::letterCommand(const QStringList &arguments)
{
    using namespace CliIo;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Text::tr("Fills a letter template for an agency and writes it as PDF (the letter of record), "
                     "ODT (an editable draft) or HTML. --list names the templates."));
    const QCommandLineOption list(QStringLiteral("list"), Text::tr("List the templates."));
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("The database."), QStringLiteral("DB"));
    const QCommandLineOption agency(QStringLiteral("agency"), Text::tr("The agency, by ORI."), QStringLiteral("ORI"));
    const QCommandLineOption templateName(QStringLiteral("template"), Text::tr("The template's name."), QStringLiteral("NAME"));
    const QCommandLineOption outFile(QStringLiteral("out"), Text::tr("FILE.pdf, FILE.odt or FILE.html."), QStringLiteral("FILE"));
    const QCommandLineOption year(QStringLiteral("year"), Text::tr("The reporting year (default: the latest on record)."),
                                  QStringLiteral("Y"));
    const QCommandLineOption set(QStringLiteral("set"), Text::tr("Set a placeholder, e.g. meeting.chair=\"A. Name\"."),
                                 QStringLiteral("key=value"));
    parser.addOptions({list, db, agency, templateName, outFile, year, set});
    const QString usage = QStringLiteral("cac-review letter --list | --db DB --agency ORI --template NAME "
                                         "--out FILE.pdf|odt|html [--year Y] [--set key=value]...");
    if (const std::optional<int> stop = parse(parser, usage, arguments))
        return *stop;
    if (parser.isSet(list) && !parser.isSet(db)) {
        for (const ShippedTemplates::Entry &e : ShippedTemplates::all())
            out() << QStringLiteral("%1  %2\n")
                             .arg(QString::fromLatin1(e.name), -14)
                             .arg(QCoreApplication::translate("ShippedTemplates", e.title));
        out().flush();
        return 0;
    }
    if (!parser.isSet(list) &&
        (!parser.isSet(db) || !parser.isSet(agency) || !parser.isSet(templateName) || !parser.isSet(outFile))) {
        return usageError(Text::tr("--db, --agency, --template and --out are required"), usage);
    }
    if (!parser.isSet(list)) {
        if (const std::optional<int> stop =
                    suffixOneOf(QStringLiteral("out"), parser.value(outFile),
                                {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html")}, usage))
            return *stop;
    }
    QHash<QString, QString> overrides;
    for (const QString &pair : parser.values(set)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            err() << "--set: " << pair << ": " << Text::tr("expected key=value") << "\n";
            err().flush();
            return 2;
        }
        const QString key = pair.left(eq).trimmed();
        // A misspelt key would be ignored and the letter would go out without it.
        if (const std::optional<int> stop = oneOf(QStringLiteral("set"), key, LetterPlaceholders::settable(), usage))
            return *stop;
        overrides.insert(key, pair.mid(eq + 1));
    }
    std::unique_ptr<Database> database = openDatabase(parser.value(db), Database::Mode::OpenExisting);
    if (!database)
        return 1;
    QSqlDatabase connection = database->connection();
    if (!database->isReadOnly()) {
        const Status stored = ShippedTemplates::ensureStored(connection);
        if (!stored.ok()) {
            err() << stored.error() << "\n";
            err().flush();
            return 1;
        }
    }
    const LetterTemplateStore templates(connection);
    if (parser.isSet(list)) {
        const Result<QStringList> names = templates.names();
        if (!names.ok()) {
            err() << names.error() << "\n";
            err().flush();
            return 1;
        }
        for (const QString &name : names.value()) {
            const Result<std::optional<LetterTemplateStore::Template>> latest = templates.latest(name);
            if (!latest.ok() || !latest.value()) {
                err() << (latest.ok() ? Text::tr("The template %1 has no version").arg(name) : latest.error()) << "\n";
                err().flush();
                return 1;
            }
            out() << QStringLiteral("%1  %2 (version %3)\n")
                             .arg(name, -14)
                             .arg(latest.value()->title)
                             .arg(latest.value()->version);
        }
        out().flush();
        return 0;
    }
    const Result<std::optional<LetterTemplateStore::Template>> found = templates.latest(parser.value(templateName));
    if (!found.ok()) {
        err() << found.error() << "\n";
        err().flush();
        return 1;
    }
    const std::optional<LetterTemplateStore::Template> &chosen = found.value();
    if (!chosen) {
        err() << Text::tr("No template is named %1; cac-review letter --list names them.").arg(parser.value(templateName))
              << "\n";
        err().flush();
        return 1;
    }
    std::optional<int> reportYear;
    if (parser.isSet(year)) {
        reportYear = yearOption(QStringLiteral("year"), parser.value(year));
    } else {
        const Result<std::optional<int>> latest = AgencyOverviewQuery(connection).latestYear();
        if (!latest.ok())
            return readError(*database, latest.error());
        reportYear = latest.value();
    }
    if (!reportYear) {
        err() << Text::tr("No reporting year: name one with --year") << "\n";
        err().flush();
        return parser.isSet(year) ? 2 : 1;
    }
    const Result<QVariantMap> context = LetterContext::build(connection, parser.value(agency), *reportYear, overrides);
    if (!context.ok()) {
        err() << context.error() << "\n";
        err().flush();
        return 1;
    }
    const Result<QString> html = LetterRenderer::render(chosen->body, context.value());
    if (!html.ok()) {
        err() << Text::tr("Template %1 (version %2) cannot be used:").arg(chosen->name).arg(chosen->version) << "\n"
              << html.error() << "\n";
        err().flush();
        return 1;
    }
    const Result<bool> demo = MetaStore(connection).isDemo();
    if (!demo.ok())
        return readError(*database, demo.error());
    const Status saved = LetterExporter::save(html.value(), chosen->title, demo.value(), parser.value(outFile));
    if (!saved.ok()) {
        err() << saved.error() << "\n";
        err().flush();
        return 1;
    }
    out() << Text::tr("Wrote %1").arg(parser.value(outFile))
          << (demo.value() ? Text::tr(" (demo data, fictional agencies)") : QString()) << "\n";
    out().flush();
    return 0;
}

} // namespace cac
