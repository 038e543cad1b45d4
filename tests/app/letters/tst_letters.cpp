#include "testdatabase.h"

#include "app/letters/lettercontext.h"
#include "app/letters/letterdrafting.h"
#include "app/review/reviewqueue.h"
#include "app/letters/reminderletters.h"
#include "app/outreach/outreachlist.h"
#include "app/letters/letterexporter.h"
#include "app/letters/letterrenderer.h"
#include "app/letters/shippedtemplates.h"
#include "app/letters/templatecheck.h"
#include "db/import/reportimporter.h"
#include "db/stores/letters/lettertemplatestore.h"
#include "db/stores/review/reviewstore.h"
#include "db/stores/records/sanctionstore.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>

#include <zip.h>

using namespace cac;

// Letters: every shipped template over a fixture, conditional sections, refused templates with
// positions, escaped markup, files, and template versions in the database.
class TestLetters : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyShippedTemplateRenders_data();
    void everyShippedTemplateRenders();
    void sectionsAppearAndVanish();
    void badTemplatesAreRefusedWithPositions_data();
    void badTemplatesAreRefusedWithPositions();
    void markupInNamesIsEscaped();
    void exportsAreValidFiles();
    void everyRouteGivesTheSameLetter();
    void lettersStateOnlyWhatTheRecordShows_data();
    void lettersStateOnlyWhatTheRecordShows();
    void newShippedTextsReachUneditedTemplatesOnly();
    void templateVersionsAreKept();
    void reminderLettersForTheOutreachList();
    void theOverrideChoosesTheLetter();

private:
    static QString text(const QString &html)
    {
        QTextDocument doc;
        doc.setHtml(html);
        return doc.toPlainText().simplified();
    }
    QString letter(const QString &name, const QString &ori, int year, const QHash<QString, QString> &set = {})
    {
        const Result<QVariantMap> context = LetterContext::build(m_t.connection(), ori, year, set);
        if (!context.ok())
            return context.error();
        const Result<QString> html =
                LetterRenderer::render(expectOk(LetterTemplateStore(m_t.connection()).latest(name))->body, context.value());
        return html.ok() ? text(html.value()) : html.error();
    }
    TestDatabase m_t;
};

void TestLetters::initTestCase()
{
    QVERIFY(ReportImporter(m_t.database()).importFile(QFINDTESTDATA("data/metrics_fixture.csv"), {}).succeeded());
    QSqlQuery q(m_t.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO contact (agency_id, name, role) VALUES (2, 'Pat Quinn', 'CLETS Coordinator')")));
    QVERIFY(SanctionStore(m_t.connection())
                    .add({0, 2, QStringLiteral("warning"), QDate(2018, 4, 17), std::nullopt,
                          QStringLiteral("did not report for 2017")})
                    .ok());
    QVERIFY(ShippedTemplates::ensureStored(m_t.connection()).ok());
    QVERIFY(ShippedTemplates::ensureStored(m_t.connection()).ok()); // a second time stores nothing new
    QCOMPARE(expectOk(LetterTemplateStore(m_t.connection()).names()).size(), 5);
}

void TestLetters::everyShippedTemplateRenders_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("sentences");
    // Bravo (CA0000002) filed for 2017 and not for 2018, after a warning of 2018-04-17.
    QTest::newRow("reminder") << "reminder"
                              << QStringList{QStringLiteral("Dear Pat Quinn:"),
                                             QStringLiteral(
                                                     "has not yet filed its report for 2018, which was due on April 30, 2019")};
    QTest::newRow("censure") << "censure"
                             << QStringList{QStringLiteral("I write to censure Bravo Police Department"),
                                            QStringLiteral("Did not file for 2018, after the warning of April 17, 2018"),
                                            QStringLiteral("April 17, 2018: warning (did not report for 2017)")};
    QTest::newRow("suspension") << "suspension"
                                << QStringList{QStringLiteral("suspend the CLETS service of Bravo Police Department"),
                                               QStringLiteral("2018 no report on record")};
    QTest::newRow("removal") << "removal" << QStringList{QStringLiteral("remove the CLETS service of Bravo Police Department")};
    QTest::newRow("federal-audit") << "federal-audit"
                                   << QStringList{QStringLiteral("audit the CLETS use of Bravo Police Department"),
                                                  QStringLiteral("criminal-history requests to be made in writing")};
}

void TestLetters::everyShippedTemplateRenders()
{
    QFETCH(QString, name);
    QFETCH(QStringList, sentences);
    const QString body = letter(name, QStringLiteral("CA0000002"), 2018);
    for (const QString &s : sentences)
        QVERIFY2(body.contains(s), qPrintable(body));
    QVERIFY(!body.contains(QLatin1StringView("{{")));
}

void TestLetters::sectionsAppearAndVanish()
{
    // Alpha has no contact: the greeting falls back; the chair appears only when set.
    const QString alpha = letter(QStringLiteral("censure"), QStringLiteral("CA0000001"), 2017);
    QVERIFY(alpha.contains(QLatin1StringView("Dear CLETS Coordinator:")));
    QVERIFY(!alpha.contains(QLatin1StringView(", Chair")));
    QVERIFY(alpha.contains(QLatin1StringView("last misuse report on record"))); // Alpha did not file for 2017
    QVERIFY(!alpha.contains(QLatin1StringView("Warnings and sanctions on record")));
    const QString chaired = letter(QStringLiteral("censure"), QStringLiteral("CA0000001"), 2018,
                                   {{QStringLiteral("meeting.chair"), QStringLiteral("Dana Whitfield")}});
    QVERIFY(chaired.contains(QLatin1StringView("Dana Whitfield, Chair")));
    QVERIFY(!chaired.contains(QLatin1StringView("last misuse report on record"))); // it filed for 2018
    const QString bravo = letter(QStringLiteral("reminder"), QStringLiteral("CA0000002"), 2018);
    QVERIFY(!bravo.contains(QLatin1StringView("years in a row"))); // only one year missing
    // An agency that filed gets thanks and questions, never "has not yet filed".
    const QString filed = letter(QStringLiteral("reminder"), QStringLiteral("CA0000001"), 2018);
    QVERIFY2(filed.contains(QLatin1StringView("Thank you for filing the report of Alpha Sheriff for 2018")), qPrintable(filed));
    QVERIFY(!filed.contains(QLatin1StringView("has not yet filed")));
}

void TestLetters::badTemplatesAreRefusedWithPositions_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown placeholder") << "<p>Dear {{agency.nmae}}</p>"
                                         << "line 1, column 9: agency.nmae: not a placeholder a letter can use";
    QTest::newRow("unclosed section") << "<p>x</p>\n{{#flags}}<li>{{sentence}}</li>"
                                      << "line 2, column 1: flags: this section is never closed";
    QTest::newRow("wrong close") << "{{#flags}}{{/reports}}"
                                 << "line 1, column 11: reports: closes a section, but \"flags\" is the one open";
    QTest::newRow("list name outside its list") << "{{sentence}}"
                                                << "line 1, column 1: sentence: not a placeholder a letter can use";
    QTest::newRow("unescaped value")
            << "{{{agency.name}}}"
            << "line 1, column 1: {agency.name: not allowed in a letter (unescaped values, partials and delimiter changes)";
    QTest::newRow("unclosed tag") << "<p>{{agency.name</p>"
                                  << "line 1, column 4: a tag opened with {{ is never closed";
}

void TestLetters::badTemplatesAreRefusedWithPositions()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);
    const Result<QString> rendered =
            LetterRenderer::render(body, LetterContext::build(m_t.connection(), QStringLiteral("CA0000002"), 2018).value());
    QVERIFY(!rendered.ok());
    QCOMPARE(rendered.error().split(u'\n').first(), expected);
}

void TestLetters::markupInNamesIsEscaped()
{
    QSqlQuery q(m_t.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE agency SET name = 'Smith & <b>Jones</b> \"PD\"' WHERE ori = 'CA0000004'")));
    const Result<QString> html =
            LetterRenderer::render(QStringLiteral("<p>{{agency.name}}</p>"),
                                   LetterContext::build(m_t.connection(), QStringLiteral("CA0000004"), 2018).value());
    QVERIFY(html.ok());
    QVERIFY2(html.value().contains(QLatin1StringView("Smith &amp; &lt;b&gt;Jones&lt;/b&gt; &quot;PD&quot;")),
             qPrintable(html.value()));
    QCOMPARE(text(html.value()), QStringLiteral("Smith & <b>Jones</b> \"PD\""));
}

void TestLetters::exportsAreValidFiles()
{
    const QString html =
            LetterRenderer::render(expectOk(LetterTemplateStore(m_t.connection()).latest(QStringLiteral("censure")))->body,
                                   LetterContext::build(m_t.connection(), QStringLiteral("CA0000002"), 2018).value())
                    .value();
    const QString pdf = m_t.dirPath() + QStringLiteral("/l.pdf");
    QVERIFY(LetterExporter::save(html, QStringLiteral("Letter of censure"), true, pdf).ok());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(4) == "%PDF");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished());
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1StringView("Bravo Police Department")), qPrintable(out));
        QVERIFY(out.contains(QLatin1StringView("Demo data, fictional agencies")));
        QVERIFY(out.contains(QLatin1StringView("Page 1 of 1")));
    }
    const QString odt = m_t.dirPath() + QStringLiteral("/l.odt");
    QVERIFY(LetterExporter::save(html, QStringLiteral("Letter of censure"), false, odt).ok());
    QFile o(odt);
    QVERIFY(o.open(QIODevice::ReadOnly));
    const QByteArray zip = o.readAll();
    QVERIFY(zip.startsWith("PK"));
    QVERIFY(zip.contains("content.xml"));
    const QString page = m_t.dirPath() + QStringLiteral("/l.html");
    QVERIFY(LetterExporter::save(html, QStringLiteral("Letter of censure"), false, page).ok());
    QFile h(page);
    QVERIFY(h.open(QIODevice::ReadOnly));
    QVERIFY(h.readAll().contains("I write to censure Bravo Police Department"));
    QVERIFY(!LetterExporter::save(html, QString(), false, m_t.dirPath() + QStringLiteral("/l.doc")).ok());
}

namespace {
QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(program), arguments);
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QByteArray zipEntry(const QString &path, const char *name)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return {};
    zip_stat_t stat;
    QByteArray bytes;
    if (zip_stat(archive, name, 0, &stat) == 0) {
        zip_file_t *file = zip_fopen(archive, name, 0);
        bytes.resize(qsizetype(stat.size));
        if (!file || zip_fread(file, bytes.data(), stat.size) != zip_int64_t(stat.size))
            bytes.clear();
        if (file)
            zip_fclose(file);
    }
    zip_close(archive);
    return bytes;
}
} // namespace

// The editor hands over a whole HTML document with its own font on <body> (9 pt sans), the
// command line a fragment: the letter of record must not differ by route.
void TestLetters::everyRouteGivesTheSameLetter()
{
    const QString html =
            LetterRenderer::render(expectOk(LetterTemplateStore(m_t.connection()).latest(QStringLiteral("censure")))->body,
                                   LetterContext::build(m_t.connection(), QStringLiteral("CA0000002"), 2018).value())
                    .value();
    QTextDocument editor;
    editor.setDefaultFont(QFont(QStringLiteral("Sans Serif"), 9));
    editor.setHtml(html);
    const QString fromEditor = editor.toHtml();
    QVERIFY(fromEditor.contains(QLatin1StringView("font-size:9pt")));
    const QString cli = m_t.dirPath() + QStringLiteral("/cli.pdf");
    const QString window = m_t.dirPath() + QStringLiteral("/window.pdf");
    QVERIFY(LetterExporter::save(html, QStringLiteral("Letter of censure"), true, cli).ok());
    QVERIFY(LetterExporter::save(fromEditor, QStringLiteral("Letter of censure"), true, window).ok());
    if (!QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty()) {
        QCOMPARE(run(QStringLiteral("pdftotext"), {window, QStringLiteral("-")}),
                 run(QStringLiteral("pdftotext"), {cli, QStringLiteral("-")}));
        const auto fonts = [](const QString &listing) {
            QStringList names;
            for (const QString &line : listing.split(u'\n').mid(2))
                names << line.section(u' ', 0, 0).section(u'+', -1); // "ABCDEF+DejaVuSerif" -> the face
            names.removeAll(QString());
            names.removeDuplicates();
            names.sort();
            return names;
        };
        const QStringList cliFonts = fonts(run(QStringLiteral("pdffonts"), {cli}));
        QCOMPARE(fonts(run(QStringLiteral("pdffonts"), {window})), cliFonts);
        QVERIFY2(cliFonts.join(u' ').contains(QStringLiteral("Serif")), qPrintable(cliFonts.join(u' ')));
    }
    // The ODT: US Letter, the footer with the date, the demo notice and page numbers.
    const QString odt = m_t.dirPath() + QStringLiteral("/window.odt");
    QVERIFY(LetterExporter::save(fromEditor, QStringLiteral("Letter of censure"), true, odt).ok());
    const QString styles = QString::fromUtf8(zipEntry(odt, "styles.xml"));
    QVERIFY2(styles.contains(QLatin1StringView("fo:page-width=\"8.5in\" fo:page-height=\"11in\"")), qPrintable(styles));
    QVERIFY(styles.contains(QLatin1StringView("<text:page-number")) && styles.contains(QLatin1StringView("<text:page-count")));
    QVERIFY(styles.contains(QLatin1StringView("Demo data, fictional agencies")));
    QVERIFY(zipEntry(odt, "META-INF/manifest.xml").contains("styles.xml"));
    const QString content = QString::fromUtf8(zipEntry(odt, "content.xml"));
    QVERIFY(content.contains(QLatin1StringView("I write to censure Bravo Police Department")));
    QVERIFY(!content.contains(QLatin1StringView("fo:font-size=\"9pt\""))); // the editor's font stayed behind
    QVERIFY(!content.contains(QLatin1StringView("fo:font-family")));       // the typeface comes from styles.xml
    QVERIFY(content.contains(QLatin1StringView("text:min-label-width")));  // bullets have room before the text
    // The HTML: one document, not the editor's document inside a second one.
    const QString page = m_t.dirPath() + QStringLiteral("/window.html");
    QVERIFY(LetterExporter::save(fromEditor, QStringLiteral("Letter of censure"), true, page).ok());
    QFile h(page);
    QVERIFY(h.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(h.readAll());
    QCOMPARE(written.count(QLatin1StringView("<html")), 1);
    QCOMPARE(written.count(QLatin1StringView("<body")), 1);
    QVERIFY(written.contains(QLatin1StringView("Demo data, fictional agencies")));
    if (!QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty()) {
        QProcess lint;
        lint.start(QStandardPaths::findExecutable(QStringLiteral("xmllint")),
                   {QStringLiteral("--html"), QStringLiteral("--noout"), page});
        QVERIFY(lint.waitForFinished());
        QCOMPARE(lint.exitCode(), 0);
        QCOMPARE(lint.readAllStandardError(), QByteArray());
    }
}

// Every shipped template over agencies of each shape of record: what each must say, and what it
// must not (a sentence the record contradicts, a date in another form).
void TestLetters::lettersStateOnlyWhatTheRecordShows_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ori");
    QTest::addColumn<QStringList>("must");
    QTest::addColumn<QStringList>("mustNot");
    const QString noInvestigations = QStringLiteral("reports no misuse investigations at all");
    QTest::newRow("audit, nothing filed") << "federal-audit"
                                          << "CAS000001"
                                          << QStringList{QStringLiteral("has filed no misuse report for 2024 or before")}
                                          << QStringList{noInvestigations, QStringLiteral("own reports since")};
    QTest::newRow("audit, zero everywhere") << "federal-audit"
                                            << "CAS000002" << QStringList{noInvestigations}
                                            << QStringList{QStringLiteral("has filed no misuse report"),
                                                           QStringLiteral("own reports since")};
    QTest::newRow("audit, ranges") << "federal-audit"
                                   << "CAS000003"
                                   << QStringList{QStringLiteral(
                                              "own reports since 2024 count 4 misuse investigations and 15 to 25 violations.")}
                                   << QStringList{noInvestigations, QStringLiteral("of them for immigration enforcement")};
    QTest::newRow("audit, grave category")
            << "federal-audit"
            << "CAS000004"
            << QStringList{QStringLiteral("count 1 misuse investigation and 1 violation, 1 of them for immigration enforcement.")}
            << QStringList{noInvestigations};
    QTest::newRow("censure, override")
            << "censure"
            << "CAS000005"
            << QStringList{QStringLiteral(
                                   "The Committee chose this step on November 25, 2026, because: The chief asked for time"),
                           QStringLiteral("last misuse report on record, for 2023, was filed on April 2, 2024.")}
            << QStringList{QStringLiteral("not on record")};
    QTest::newRow("censure, nothing filed") << "censure"
                                            << "CAS000001"
                                            << QStringList{QStringLiteral("Your agency has no misuse report on record.")}
                                            << QStringList{QStringLiteral("was filed on"), QStringLiteral("The Committee chose")};
    QTest::newRow("suspension, filed") << "suspension"
                                       << "CAS000003"
                                       << QStringList{QStringLiteral("steps it has taken to prevent and investigate misuse")}
                                       << QStringList{QStringLiteral("withhold its reports"),
                                                      QStringLiteral("filed every report due")};
    QTest::newRow("suspension, not filed") << "suspension"
                                           << "CAS000005"
                                           << QStringList{QStringLiteral("withhold its reports"),
                                                          QStringLiteral("The chief asked for time")}
                                           << QStringList{QStringLiteral("prevent and investigate misuse")};
    QTest::newRow("removal, override") << "removal"
                                       << "CAS000005" << QStringList{QStringLiteral("The chief asked for time")} << QStringList{};
    QTest::newRow("reminder, filed and clean") << "reminder"
                                               << "CAS000002" << QStringList{QStringLiteral("Thank you for filing")}
                                               << QStringList{QStringLiteral("has not yet filed")};
}

void TestLetters::lettersStateOnlyWhatTheRecordShows()
{
    QFETCH(QString, name);
    QFETCH(QString, ori);
    QFETCH(QStringList, must);
    QFETCH(QStringList, mustNot);
    static TestDatabase t;
    static const bool loaded = [] {
        const bool imported = ReportImporter(t.database()).importFile(QFINDTESTDATA("data/letter_shapes.csv"), {}).succeeded();
        const qint64 id = t.scalar(QStringLiteral("SELECT id FROM agency WHERE ori = 'CAS000005'")).toLongLong();
        const bool overridden =
                ReviewStore(t.connection())
                        .setOverride({id, 2024, QStringLiteral("suspension"), QStringLiteral("censure"),
                                      QStringLiteral("The chief asked for time"), QDate(2026, 11, 25), QStringLiteral("me")})
                        .ok();
        return imported && overridden && ShippedTemplates::ensureStored(t.connection()).ok();
    }();
    QVERIFY(loaded);
    const Result<QVariantMap> context = LetterContext::build(t.connection(), ori, 2024);
    QVERIFY2(context.ok(), qPrintable(context.error()));
    const Result<QString> html = LetterRenderer::render(ShippedTemplates::body(name), context.value());
    QVERIFY2(html.ok(), qPrintable(html.error()));
    const QString letter = text(html.value());
    for (const QString &phrase : must)
        QVERIFY2(letter.contains(phrase), qPrintable(phrase + QStringLiteral("\n---\n") + letter));
    for (const QString &phrase : mustNot)
        QVERIFY2(!letter.contains(phrase), qPrintable(phrase + QStringLiteral("\n---\n") + letter));
    // Dates in prose one way: "June 2, 2020", never 2020-06-02.
    QVERIFY2(!letter.contains(QRegularExpression(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}\\b"))), qPrintable(letter));
}

// A database that stored an earlier shipped text gets the new one as a new version; one whose
// template someone edited keeps it, and the editor is told a newer text exists.
void TestLetters::newShippedTextsReachUneditedTemplatesOnly()
{
    TestDatabase t;
    LetterTemplateStore store(t.connection());
    const QString oldCensure = ShippedTemplates::earlierBodies(QStringLiteral("censure")).value(0);
    QVERIFY(!oldCensure.isEmpty());
    QVERIFY(oldCensure != ShippedTemplates::body(QStringLiteral("censure")));
    QVERIFY(store.save(QStringLiteral("censure"), QStringLiteral("Letter of censure"), oldCensure,
                       QStringLiteral("an older release"))
                    .ok());
    const QString edited =
            ShippedTemplates::earlierBodies(QStringLiteral("removal")).value(0) + QStringLiteral("<p>Our own words.</p>");
    QVERIFY(store.save(QStringLiteral("removal"), QStringLiteral("Removal, our way"), edited, QStringLiteral("alice")).ok());
    QVERIFY(ShippedTemplates::ensureStored(t.connection()).ok());
    QCOMPARE(expectOk(store.latest(QStringLiteral("censure")))->body, ShippedTemplates::body(QStringLiteral("censure")));
    QCOMPARE(expectOk(store.latest(QStringLiteral("censure")))->version, 2);
    QCOMPARE(expectOk(store.versions(QStringLiteral("censure"))).first().body, oldCensure); // the history stays
    QCOMPARE(expectOk(store.latest(QStringLiteral("removal")))->body, edited);
    QCOMPARE(expectOk(store.latest(QStringLiteral("removal")))->title, QStringLiteral("Removal, our way"));
    QVERIFY(ShippedTemplates::newerTextThan(QStringLiteral("removal"), edited));
    QVERIFY(!ShippedTemplates::newerTextThan(QStringLiteral("censure"), expectOk(store.latest(QStringLiteral("censure")))->body));
    QVERIFY(ShippedTemplates::ensureStored(t.connection()).ok()); // twice: nothing more
    QCOMPARE(expectOk(store.latest(QStringLiteral("censure")))->version, 2);
}

void TestLetters::templateVersionsAreKept()
{
    LetterTemplateStore store(m_t.connection());
    const QString before = expectOk(store.latest(QStringLiteral("reminder")))->body;
    const Result<int> v2 = store.save(QStringLiteral("reminder"), QStringLiteral("Reminder"),
                                      QStringLiteral("<p>{{agency.name}}</p>"), QStringLiteral("me"));
    QVERIFY(v2.ok());
    QCOMPARE(v2.value(), 2);
    QCOMPARE(expectOk(store.latest(QStringLiteral("reminder")))->body, QStringLiteral("<p>{{agency.name}}</p>"));
    QCOMPARE(expectOk(store.versions(QStringLiteral("reminder"))).size(), 2);
    QCOMPARE(expectOk(store.versions(QStringLiteral("reminder"))).first().body, before);
}

void TestLetters::reminderLettersForTheOutreachList()
{
    const QList<OutreachEntry> entries = expectOk(OutreachList::load(m_t.connection(), 2018));
    QVERIFY(entries.size() >= 2);
    const QString folder = m_t.dirPath() + QStringLiteral("/reminders");
    const Result<int> written = ReminderLetters::writeAll(m_t.connection(), entries, 2018, folder);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written.value(), int(entries.size()));
    for (const OutreachEntry &e : entries) {
        QFile f(folder + QStringLiteral("/%1-reminder-2018.pdf").arg(e.agency.ori));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(4) == "%PDF");
    }
}

// The letter started for an agency follows the committee's override, not only the suggestion
// (the profile's New letter took the suggestion alone).
void TestLetters::theOverrideChoosesTheLetter()
{
    const Result<QList<QueueEntry>> queue = ReviewQueue::load(m_t.connection(), 2018);
    QVERIFY(queue.ok() && !queue.value().isEmpty());
    const QueueEntry &flagged = queue.value().first();
    const QString suggested = SanctionStep::code(flagged.suggestion.level);
    QCOMPARE(expectOk(LetterDrafting::templateForAgency(m_t.connection(), flagged.agency.id, 2018)),
             LetterDrafting::templateFor(suggested));
    QVERIFY(suggested != u"removal");
    QVERIFY(ReviewStore(m_t.connection())
                    .setOverride({flagged.agency.id, 2018, suggested, QStringLiteral("removal"),
                                  QStringLiteral("withheld the report after two warnings"), QDate(2026, 11, 30),
                                  QStringLiteral("chair")})
                    .ok());
    QCOMPARE(expectOk(LetterDrafting::templateForAgency(m_t.connection(), flagged.agency.id, 2018)), QStringLiteral("removal"));
    QVERIFY(ReviewStore(m_t.connection()).clearOverride(flagged.agency.id, 2018).ok());
}

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
