// The meeting packet of a five-agency meeting on the demo database: a cover, contents whose
// page numbers are where pdftotext finds each agency, every agency's reasons and draft, the
// overridden sanction, no heading alone at a page's bottom, "DRAFT" on the draft's pages.

#include "pagechecks.h"
#include "testdatabase.h"

#include "ui/charts/chartexporter.h"

#include "app/demo/demodatainstaller.h"
#include "app/outreach/callsheet.h"
#include "app/outreach/outreachlist.h"
#include "app/packet/meetingpacket.h"
#include "app/packet/packetloader.h"
#include "app/review/reviewqueue.h"
#include "db/stores/letters/draftstore.h"
#include "db/stores/review/meetingstore.h"
#include "db/stores/outreach/outreachstore.h"
#include "db/stores/review/reviewstore.h"

#include <QApplication>
#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace cac;

class TestMeetingPacket : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void holdsEveryAgencyWithItsReasonsAndDraft();
    void contentsPagesAreWherePdfTextFindsThem();
    void headingsAreNeverAloneAtAPageBottom();
    void briefingAndCallSheetFollowThePageRules();

private:
    PacketContent load();
    QString pageText(const QString &pdf, int page);

    TestDatabase m_t;
    qint64 m_meeting = 0;
    QList<QueueEntry> m_agenda;
    QString m_draftSentence = QStringLiteral("The committee asks your agency to file the overdue report by spring.");
};

void TestMeetingPacket::initTestCase()
{
    QVERIFY(DemoDataInstaller(m_t.database()).install(DemoOptions{}).ok());
    QSqlDatabase db = m_t.connection();
    const Result<QList<QueueEntry>> queue = ReviewQueue::load(db, 2025);
    QVERIFY(queue.ok() && queue.value().size() >= 5);
    m_agenda = queue.value().mid(0, 5);
    MeetingStore meetings(db);
    const Result<qint64> id = meetings.add({0, QDate(2027, 1, 21), QStringLiteral("January 2027 meeting"),
                                            QStringLiteral("Dana Whitfield"), QStringLiteral("Sacramento, Hearing Room 1")});
    QVERIFY(id.ok());
    m_meeting = id.value();
    for (const QueueEntry &e : m_agenda)
        QVERIFY(meetings.addToAgenda(m_meeting, e.agency.id).ok());
    QVERIFY(ReviewStore(db)
                    .setOverride({m_agenda.at(1).agency.id, 2025, SanctionStep::code(m_agenda.at(1).suggestion.level),
                                  QStringLiteral("removal"), QStringLiteral("Third year of open misuse"), QDate(2026, 11, 25),
                                  QStringLiteral("reviewer")})
                    .ok());
    DraftStore::Draft draft;
    draft.agencyId = m_agenda.at(0).agency.id;
    draft.year = 2025;
    draft.templateName = QStringLiteral("reminder");
    draft.templateVersion = 1;
    draft.title = QStringLiteral("Reminder to file");
    draft.status = QStringLiteral("draft");
    QString body = QStringLiteral("<p>%1</p>").arg(m_draftSentence);
    for (int i = 0; i < 40; ++i) // long enough to run over a page
        body += QStringLiteral("<p>Paragraph %1 of the letter, which goes on for a while to fill the page.</p>").arg(i);
    QVERIFY(DraftStore(db).create(draft, body, QStringLiteral("reviewer")).ok());
    OutreachCall call;
    call.agencyId = m_agenda.at(2).agency.id;
    call.year = 2025;
    call.calledAt = QDateTime(QDate(2026, 2, 3), QTime(10, 0), Qt::UTC);
    call.caller = QStringLiteral("Sam Ortiz");
    call.outcome = QStringLiteral("promised");
    call.promisedBy = QDate(2026, 3, 1);
    call.notes = QStringLiteral("Spoke with the records manager");
    QVERIFY(OutreachStore(db).logCall(call).ok());
}

PacketContent TestMeetingPacket::load()
{
    const Result<PacketContent> content =
            PacketLoader::load(m_t.connection(), m_meeting, 2025, QStringLiteral("demo.sqlite"), true);
    if (!content.ok())
        qFatal("%s", qPrintable(content.error()));
    return content.value();
}

QString TestMeetingPacket::pageText(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
            {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    p.waitForFinished();
    // Lines joined: a sentence wrapped on the page still reads as one.
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

void TestMeetingPacket::holdsEveryAgencyWithItsReasonsAndDraft()
{
    const PacketContent content = load();
    QCOMPARE(content.agencies.size(), 5);
    const QString text = MeetingPacket::document(content, ChartExporter::paint)->document().toPlainText();
    QVERIFY(text.contains(QStringLiteral("January 2027 meeting")));
    QVERIFY(text.contains(QStringLiteral("Place: Sacramento, Hearing Room 1")));
    QVERIFY(text.contains(QStringLiteral("Demo data, fictional agencies.")));
    QVERIFY(text.contains(QStringLiteral("The statewide picture, 2025")));
    for (const QueueEntry &e : m_agenda) {
        QVERIFY2(text.contains(QStringLiteral("(%1)").arg(e.agency.ori)), qPrintable(e.agency.ori));
        for (const ReviewFlag &f : e.flags)
            QVERIFY2(text.contains(f.sentence), qPrintable(f.sentence));
    }
    QVERIFY(text.contains(QStringLiteral("Sanction to discuss: Removal of CLETS service")));
    QVERIFY(text.contains(QStringLiteral("Third year of open misuse")));
    QVERIFY(text.contains(m_draftSentence));
    QVERIFY(text.contains(QStringLiteral("Reminder to file: draft, version 1")));
    QVERIFY(text.contains(QStringLiteral("Spoke with the records manager")));
}

void TestMeetingPacket::contentsPagesAreWherePdfTextFindsThem()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const PacketContent content = load();
    const QString pdf = m_t.dirPath() + QStringLiteral("/packet.pdf");
    QVERIFY(MeetingPacket::savePdf(content, ChartExporter::paint, pdf).ok());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().toUpper().contains("FB01")); // no "fi" ligature glyph: the text is searchable
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const QString contents = pageText(pdf, 2);
    QVERIFY(contents.startsWith(QStringLiteral("January 2027 meeting, January 21, 2027 Demo data, fictional agencies Contents")));
    const QRegularExpression pages(QStringLiteral("Page 1 of (\\d+)"));
    const int total = pages.match(pageText(pdf, 1)).captured(1).toInt();
    QVERIFY(total > 6);
    int n = 0;
    for (const PacketContent::Agency &agency : content.agencies) {
        const QString heading = QStringLiteral("%1. %2 (%3)").arg(++n).arg(agency.item.agency.name, agency.item.agency.ori);
        const QRegularExpression line(QRegularExpression::escape(heading) + QStringLiteral(" (\\d+)"));
        const QRegularExpressionMatch listed = line.match(contents);
        QVERIFY2(listed.hasMatch(), qPrintable(heading + QStringLiteral(" not in: ") + contents));
        const int page = listed.captured(1).toInt();
        const QString onPage = pageText(pdf, page);
        QVERIFY2(onPage.contains(QStringLiteral("Meeting packet, printed")) && onPage.contains(heading),
                 qPrintable(QStringLiteral("%1 is not on page %2: %3").arg(heading).arg(page).arg(onPage.left(300))));
        QVERIFY(onPage.contains(QStringLiteral("Page %1 of %2").arg(page).arg(total)));
        // The agency with the draft: its letter's pages say DRAFT; the others' pages do not.
        QCOMPARE(onPage.contains(QStringLiteral("DRAFT")), false);
        if (n == 1) {
            bool draftPage = false;
            for (int p = page; p <= total && !draftPage; ++p) {
                const QString t = pageText(pdf, p);
                draftPage = t.contains(QStringLiteral("Paragraph 39 of the letter")) && t.contains(QStringLiteral("DRAFT"));
            }
            QVERIFY(draftPage);
        }
    }
}

void TestMeetingPacket::headingsAreNeverAloneAtAPageBottom()
{
    const PacketContent content = load();
    std::unique_ptr<PagedDocument> packet = MeetingPacket::document(content, ChartExporter::paint);
    PageChecks::Device device(MeetingPacket::pageLayout());
    QVERIFY(packet->layOut(*device.pdf) > 6);
    QCOMPARE(PageChecks::lonelyHeadings(*packet), QStringList());
    QCOMPARE(PageChecks::splitRows(*packet), QStringList());
}

// The briefing and the call sheet follow the same rules, with a long agenda and a long list.
void TestMeetingPacket::briefingAndCallSheetFollowThePageRules()
{
    const PacketContent content = load();
    QList<MeetingAgenda::Item> items;
    for (int i = 0; i < 8; ++i) {
        for (const PacketContent::Agency &a : content.agencies)
            items << a.item;
    }
    std::unique_ptr<PagedDocument> briefing =
            MeetingAgenda::briefing(content.meeting, items, 2025, true, QStringLiteral("demo.sqlite"));
    PageChecks::Device forBriefing(MeetingAgenda::pageLayout());
    QVERIFY(briefing->layOut(*forBriefing.pdf) > 4);
    QCOMPARE(PageChecks::lonelyHeadings(*briefing).join(u'\n'), QString());
    QCOMPARE(PageChecks::splitRows(*briefing), QStringList());
    QCOMPARE(PageChecks::headerlessPieces(*briefing, QStringLiteral("#")), QStringList());

    const Result<QList<OutreachEntry>> calls = OutreachList::load(m_t.connection(), 2025);
    QVERIFY(calls.ok() && !calls.value().isEmpty());
    QList<OutreachEntry> many;
    while (many.size() < 60)
        many += calls.value();
    std::unique_ptr<PagedDocument> sheet = CallSheet::document(many, 2025, true, QStringLiteral("demo.sqlite"));
    PageChecks::Device forSheet(CallSheet::pageLayout());
    QVERIFY(sheet->layOut(*forSheet.pdf) > 4);
    QCOMPARE(PageChecks::splitRows(*sheet), QStringList());
    QCOMPARE(PageChecks::headerlessPieces(*sheet, QStringLiteral("Agency")), QStringList());
    QVERIFY(sheet->document().toPlainText().contains(QStringLiteral("Follow up by")));
}

QTEST_MAIN(TestMeetingPacket)
#include "tst_meetingpacket.moc"
