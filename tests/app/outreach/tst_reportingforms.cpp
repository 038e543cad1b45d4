#include "formfiller.h"
#include "testdatabase.h"

#include "app/outreach/reportingforms.h"
#include "db/import/importfolder.h"
#include "db/import/reportimporter.h"

#include <QBuffer>
#include <QDir>
#include <QSqlQuery>
#include <QTest>

using namespace cac;

// The enhanced reporting form: written for the agencies due, filled in by a script as an agency
// would, and read back by the import into the same figures; a form that is not what was issued,
// or has a bad cell, is refused with its file and cell.
class TestReportingForms : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void formsForTheYearReadBackIntoTheSameFigures();
    void badCellIsRefusedWithFileAndCell();
    void formFromAnotherDatabaseIsRefused();
    void changedOriIsRefused();
    void changedLayoutIsRefused();
    void blankFormIsRefused();
    void existingFilesAreNeverReplaced();

private:
    QStringList writeForms(const QStringList &oris = {});
    static QString errorsOf(const ImportSummary &s)
    {
        QStringList lines;
        for (const ImportIssue &e : s.errors)
            lines << e.toString(QStringLiteral("?"));
        return lines.join(u'\n');
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_out;
};

void TestReportingForms::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_out = std::make_unique<QTemporaryDir>();
    QBuffer csv;
    csv.setData("ori,year,agency,county,investigations,contact_name,contact_phone,contact_email\n"
                "CA0000001,2024,Alpha Police,Alameda,3,Ann Lee,(510) 555-0100,ann@alpha.example\n"
                "CA0000002,2024,Bravo Sheriff,Butte,0,,,\n"
                "CA0000003,2019,Charlie Police,Colusa,1,,,\n");
    csv.open(QIODevice::ReadOnly);
    QVERIFY(ReportImporter(m_db->database()).importDevice(csv, QStringLiteral("seed.csv"), {}).succeeded());
    // Charlie's service ended in 2020: it is not due for 2025.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE agency SET service_status = 'ended', service_end_date = '2020-06-30' "
                                  "WHERE ori = 'CA0000003'")));
}

QStringList TestReportingForms::writeForms(const QStringList &oris)
{
    ReportingForms::Request request;
    request.year = 2025;
    request.oris = oris;
    request.folder = m_out->filePath(QStringLiteral("forms"));
    request.source = QStringLiteral("test.sqlite");
    const Result<QStringList> written = ReportingForms::write(m_db->connection(), request);
    if (!written.ok())
        qWarning("%s", qPrintable(written.error()));
    return written.ok() ? written.value() : QStringList();
}

void TestReportingForms::formsForTheYearReadBackIntoTheSameFigures()
{
    const QStringList forms = writeForms();
    QCOMPARE(forms.size(), 2); // Alpha and Bravo; Charlie is not due
    QVERIFY(forms.first().endsWith(QLatin1StringView("/CA0000001-2025-reporting-form.xlsx")));
    QCOMPARE(QFile(forms.first()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM reporting_form WHERE year = 2025")).toInt(), 2);
    // Alpha: a range of violations, individuals, outcomes and categories; a new phone number.
    QVERIFY(FormFiller::fill(forms.at(0),
                             {{QStringLiteral("B11"), QStringLiteral("(510) 555-0199")},
                              {QStringLiteral("B15"), FormFiller::date(2026, 2, 13)},
                              {QStringLiteral("B16"), QStringLiteral("4")},
                              {QStringLiteral("B17"), QStringLiteral("15")},
                              {QStringLiteral("B18"), QStringLiteral("25")},
                              {QStringLiteral("B19"), QStringLiteral("1")},
                              {QStringLiteral("B20"), QStringLiteral("0")},
                              {QStringLiteral("B25"), QStringLiteral("1")},
                              {QStringLiteral("B32"), QStringLiteral("20")},
                              {QStringLiteral("B39"), QStringLiteral("2")},
                              {QStringLiteral("B43"), QStringLiteral("One employee; see case 25-114.")}}));
    // Bravo: none this year.
    QVERIFY(FormFiller::fill(forms.at(1),
                             {{QStringLiteral("B15"), FormFiller::date(2026, 1, 30)},
                              {QStringLiteral("B16"), QStringLiteral("0")},
                              {QStringLiteral("B17"), QStringLiteral("0")},
                              {QStringLiteral("B18"), QStringLiteral("0")}}));
    const ImportFolder::Files files = ImportFolder::expand({m_out->filePath(QStringLiteral("forms"))});
    QCOMPARE(files.files.size(), 2);
    const ImportSummary s = ReportImporter(m_db->database()).importFiles(files.files, {});
    QVERIFY2(s.succeeded(), qPrintable(errorsOf(s)));
    QCOMPARE(s.reportsAdded, 2);
    QCOMPARE(s.files.first().description, QStringLiteral("Reporting form, CA0000001 2025"));
    QCOMPARE(m_db
                     ->scalar(QStringLiteral(
                             "SELECT filed || '|' || filed_date || '|' || investigations || '|' || violations_low || '-' || "
                             "violations_high || '|' || individuals || '|' || pending || '|' || suspension || '|' || "
                             "ifnull(counseling, '?') || '|' || cat_self_or_acquaintance || '|' || cat_high_profile || '|' || "
                             "ifnull(cat_other, '?') || '|' || r.notes FROM misuse_report r JOIN agency a ON a.id = agency_id "
                             "WHERE a.ori = 'CA0000001' AND year = 2025"))
                     .toString(),
             QStringLiteral("1|2026-02-13|4|15-25|1|0|1|?|20|2|?|One employee; see case 25-114."));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT phone FROM contact JOIN agency a ON a.id = agency_id "
                                         "WHERE a.ori = 'CA0000001'"))
                     .toString(),
             QStringLiteral("(510) 555-0199"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT investigations || ' ' || violations_low FROM v_report "
                                         "WHERE ori = 'CA0000002' AND year = 2025"))
                     .toString(),
             QStringLiteral("0 0"));
    // Read again, the same forms change nothing.
    const ImportSummary again = ReportImporter(m_db->database()).importFiles(files.files, {});
    QVERIFY(again.succeeded());
    QCOMPARE(again.reportsUnchanged, 2);
}

void TestReportingForms::badCellIsRefusedWithFileAndCell()
{
    const QStringList forms = writeForms({QStringLiteral("CA0000001")});
    QCOMPARE(forms.size(), 1);
    QVERIFY(FormFiller::fill(forms.first(),
                             {{QStringLiteral("B16"), QStringLiteral("lots")}, {QStringLiteral("B17"), QStringLiteral("3")}}));
    const ImportSummary s = ReportImporter(m_db->database()).importFile(forms.first(), {});
    QVERIFY(!s.succeeded());
    const QString errors = errorsOf(s);
    QVERIFY2(errors.contains(QStringLiteral("?:Form!B16: investigations: lots: ")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("?:Form!B18: violations_high: ")), qPrintable(errors)); // the other end missing
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM misuse_report WHERE year = 2025")).toInt(), 0);
}

void TestReportingForms::formFromAnotherDatabaseIsRefused()
{
    const QStringList forms = writeForms({QStringLiteral("CA0000001")});
    QVERIFY(FormFiller::fill(forms.first(), {{QStringLiteral("B16"), QStringLiteral("2")}}));
    TestDatabase other;
    QBuffer csv;
    csv.setData("ori,year,agency\nCA0000001,2024,Alpha Police\n");
    csv.open(QIODevice::ReadOnly);
    QVERIFY(ReportImporter(other.database()).importDevice(csv, QStringLiteral("seed.csv"), {}).succeeded());
    const ImportSummary s = ReportImporter(other.database()).importFile(forms.first(), {});
    QVERIFY(!s.succeeded());
    QVERIFY2(errorsOf(s).contains(QStringLiteral("?:_form!B4: form_id: ")), qPrintable(errorsOf(s)));
    QVERIFY2(errorsOf(s).contains(QStringLiteral("was not made from this database")), qPrintable(errorsOf(s)));
}

void TestReportingForms::changedOriIsRefused()
{
    const QStringList forms = writeForms({QStringLiteral("CA0000001")});
    // Unprotected and changed: the shaded ORI, then also the hidden one, to another agency's.
    QVERIFY(FormFiller::fill(
            forms.first(), {{QStringLiteral("B6"), QStringLiteral("CA0000002")}, {QStringLiteral("B16"), QStringLiteral("2")}}));
    ImportSummary s = ReportImporter(m_db->database()).importFile(forms.first(), {});
    QVERIFY(!s.succeeded());
    QVERIFY2(errorsOf(s).contains(QStringLiteral("?:Form!B6: the ORI was changed to \"CA0000002\": this form was made "
                                                 "for CA0000001")),
             qPrintable(errorsOf(s)));
    QVERIFY(FormFiller::fill(forms.first(), {{QStringLiteral("B2"), QStringLiteral("CA0000002")}}, "xl/worksheets/sheet3.xml"));
    s = ReportImporter(m_db->database()).importFile(forms.first(), {});
    QVERIFY(!s.succeeded());
    QVERIFY2(errorsOf(s).contains(QStringLiteral("?:Form!B6: ori: CA0000002: this reporting form was issued for "
                                                 "CA0000001 2025, not for CA0000002 2025")),
             qPrintable(errorsOf(s)));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM misuse_report WHERE year = 2025")).toInt(), 0);
}

void TestReportingForms::changedLayoutIsRefused()
{
    const QStringList forms = writeForms({QStringLiteral("CA0000001")});
    QVERIFY(FormFiller::fill(forms.first(),
                             {{QStringLiteral("A16"), QStringLiteral("Investigations (all kinds)")},
                              {QStringLiteral("B16"), QStringLiteral("2")}}));
    const ImportSummary s = ReportImporter(m_db->database()).importFile(forms.first(), {});
    QVERIFY(!s.succeeded());
    QVERIFY2(errorsOf(s).contains(QStringLiteral("?:Form!A16: the form's layout was changed: this row should read "
                                                 "\"Misuse investigations conducted\"")),
             qPrintable(errorsOf(s)));
}

void TestReportingForms::blankFormIsRefused()
{
    const QStringList forms = writeForms({QStringLiteral("CA0000002")});
    const ImportSummary s = ReportImporter(m_db->database()).importFile(forms.first(), {});
    QVERIFY(!s.succeeded());
    QVERIFY2(errorsOf(s).contains(QStringLiteral("?:Form!B15: nothing was filled in")), qPrintable(errorsOf(s)));
}

void TestReportingForms::existingFilesAreNeverReplaced()
{
    QCOMPARE(writeForms({QStringLiteral("CA0000001")}).size(), 1);
    const int issued = m_db->scalar(QStringLiteral("SELECT count(*) FROM reporting_form")).toInt();
    QVERIFY(writeForms().isEmpty()); // Alpha's form is there: nothing is written, nothing recorded
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM reporting_form")).toInt(), issued);
    QCOMPARE(QDir(m_out->filePath(QStringLiteral("forms"))).entryList(QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(TestReportingForms)
#include "tst_reportingforms.moc"
