#include "packetcommand.h"

#include "ui/charts/chartexporter.h"

#include "app/cli/cliio.h"
#include "app/metrics/agencyoverviewquery.h"
#include "app/packet/meetingpacket.h"
#include "app/packet/packetloader.h"
#include "db/stores/review/meetingstore.h"
#include "db/stores/metastore.h"
#include "app/format/displaytext.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cac {

namespace {

const QString Usage = QStringLiteral("cac-review packet --db DB --meeting ID --out FILE.pdf [--year Y]");

// "1 (2027-03-04, March meeting)": what --meeting takes, for a message.
QString meetingList(QSqlDatabase db)
{
    const Result<QList<MeetingStore::Meeting>> meetings = MeetingStore(db).all();
    if (!meetings.ok() || meetings.value().isEmpty())
        return QCoreApplication::translate("PacketCommand", "this database has no meetings");
    QStringList list;
    for (const MeetingStore::Meeting &m : meetings.value())
        list << QStringLiteral("%1 (%2, %3)").arg(m.id).arg(m.heldOn.toString(Qt::ISODate), m.title);
    return QCoreApplication::translate("PacketCommand", "meetings here: %1").arg(list.join(QStringLiteral("; ")));
}

} // namespace

int PacketCommand::run(const QStringList &arguments)
{
    using namespace CliIo;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("PacketCommand",
                                        "Writes the packet for a committee meeting as a PDF: a cover, the contents, the "
                                        "statewide picture of the reporting year, the agenda, then each agency on its "
                                        "own pages with its record, chart, reasons, sanctions, calls and latest draft."));
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("PacketCommand", "The database."),
                                QStringLiteral("DB"));
    const QCommandLineOption meeting(QStringLiteral("meeting"),
                                     QCoreApplication::translate("PacketCommand", "The meeting's number."), QStringLiteral("ID"));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("PacketCommand", "The packet: a .pdf file."),
                                 QStringLiteral("FILE.pdf"));
    const QCommandLineOption year(
            QStringLiteral("year"),
            QCoreApplication::translate("PacketCommand", "The reporting year reviewed (default: the latest on record)."),
            QStringLiteral("Y"));
    parser.addOptions({db, meeting, out, year});
    if (const std::optional<int> stop = parse(parser, Usage, arguments, {db, out}))
        return *stop;
    if (const std::optional<int> stop = suffixOneOf(QStringLiteral("out"), parser.value(out), {QStringLiteral("pdf")}, Usage))
        return *stop;
    std::optional<int> reviewYear;
    if (parser.isSet(year)) {
        reviewYear = yearOption(QStringLiteral("year"), parser.value(year));
        if (!reviewYear)
            return usageError(QCoreApplication::translate("PacketCommand", "--year takes a year, such as 2025"), Usage);
    }
    std::unique_ptr<Database> database = openDatabase(parser.value(db), Database::Mode::OpenExisting);
    if (!database)
        return 1;
    QSqlDatabase connection = database->connection();
    bool okId = false;
    const qint64 meetingId = parser.value(meeting).toLongLong(&okId);
    if (!parser.isSet(meeting) || !okId)
        return usageError(QCoreApplication::translate("PacketCommand", "--meeting takes a meeting's number; %1")
                                  .arg(meetingList(connection)),
                          Usage);
    if (!reviewYear) {
        const Result<std::optional<int>> latest = AgencyOverviewQuery(connection).latestYear();
        if (!latest.ok())
            return readError(*database, latest.error());
        reviewYear = latest.value();
    }
    if (!reviewYear) {
        err() << QCoreApplication::translate("PacketCommand", "%1 has no reports: there is no year to review")
                         .arg(database->displayName())
              << "\n";
        err().flush();
        return 1;
    }
    const Result<bool> isDemo = MetaStore(connection).isDemo();
    if (!isDemo.ok())
        return readError(*database, isDemo.error());
    const bool demo = isDemo.value();
    const Result<PacketContent> content = PacketLoader::load(connection, meetingId, *reviewYear, database->displayName(), demo);
    if (!content.ok()) {
        err() << content.error();
        if (content.error().startsWith(QCoreApplication::translate("PacketCommand", "There is no meeting")))
            err() << "; " << meetingList(connection);
        err() << "\n";
        err().flush();
        return 1;
    }
    const Status saved = MeetingPacket::savePdf(content.value(), ChartExporter::paint, parser.value(out));
    if (!saved.ok()) {
        err() << saved.error() << "\n";
        err().flush();
        return 1;
    }
    CliIo::out() << DisplayText::plural("PacketCommand",
                                        QT_TRANSLATE_NOOP("PacketCommand", "Wrote %1: %2 agency, reporting year %3"),
                                        QT_TRANSLATE_NOOP("PacketCommand", "Wrote %1: %2 agencies, reporting year %3"),
                                        content.value().agencies.size())
                            .arg(parser.value(out))
                            .arg(content.value().agencies.size())
                            .arg(*reviewYear);
    if (demo)
        CliIo::out() << " (" << QCoreApplication::translate("PacketCommand", "demo data, fictional agencies") << ")";
    CliIo::out() << "\n";
    CliIo::out().flush();
    return 0;
}

} // namespace cac
