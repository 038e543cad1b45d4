#include "scratchfolder.h"
#include "testdatabase.h"

#include "db/import/repeat/importfingerprint.h"
#include "db/import/reportcolumns.h"
#include "db/import/reportimporter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace cac;

// A file imported again into a database nobody has written to since is recognised by its bytes
// and how it is read, and its rows are not read again; anything else is read row by row. A
// server keeps no fingerprints: there every import reads its rows, with the same summary.
class TestImportFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void theSameFileAgainIsRecognisedAndWritesNothing();
    void aWriteSinceMeansTheRowsAreReadAgain_data();
    void aWriteSinceMeansTheRowsAreReadAgain();
    void aFileWithOtherBytesIsReadAgain();
    void aFileThatWritesAnAgencyTwiceIsNotRecorded();
    void aDryRunRecordsNothing();
    void theHashIsTheFilesAndAChangeToTheFileIsSeen();
    void aReportingFormOrAHandMappingIsNeverRecognised();

private:
    // Two agencies, a repeated row, a contact and a column the program does not know.
    static QByteArray file()
    {
        return "ori,year,agency,investigations,contact_name,contact_phone,shoe_size\n"
               "CA0000001,2020,Alpha Police,3,Ana Ruiz,555-0100,9\n"
               "CA0000001,2021,Alpha Police,4,Ana Ruiz,555-0100,9\n"
               "CA0000001,2021,Alpha Police,4,Ana Ruiz,555-0100,9\n"
               "CA0000002,2020,Beta Sheriff,,,,\n";
    }
    QString write(const QByteArray &bytes, const char *name = "reports.csv") { return m_dir.write(name, bytes); }
    static ImportSummary import(TestDatabase &t, const QString &path, ReportImporter::Options options = {})
    {
        ImportSummary s = ReportImporter(t.database()).importFile(path, options);
        if (!s.succeeded())
            qFatal("the import failed: %s", qPrintable(s.errors.value(0).toString(path)));
        return s;
    }
    static QString contents(TestDatabase &t)
    {
        return t.joined(QStringLiteral(
                                "SELECT a.ori || a.name || '/' || r.year || '/' || coalesce(CAST(r.investigations AS TEXT), "
                                "'?') || '/' || r.source_line FROM misuse_report r JOIN agency a ON a.id = r.agency_id "
                                "ORDER BY r.id"),
                        QStringLiteral(";")) +
                u'|' + t.joined(QStringLiteral("SELECT name || phone FROM contact ORDER BY id")) + u'|' +
                t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toString();
    }
    ScratchFolder m_dir;
};

void TestImportFingerprint::theSameFileAgainIsRecognisedAndWritesNothing()
{
    TestDatabase t;
    const QString path = write(file());
    const ImportSummary first = import(t, path);
    QCOMPARE(first.reportsAdded, 3);
    QVERIFY(first.changedDatabase);
    const QString before = contents(t);
    const ImportSummary again = import(t, path);
    // A server reads every row again; a file recognises the import. The summary is the same.
    QCOMPARE(again.sameAsLastImport, !t.onServer());
    QVERIFY(!again.changedDatabase);
    QCOMPARE(again.rows, 4);
    QCOMPARE(again.duplicateRows, 1);
    QCOMPARE(again.reportsUnchanged, 3);
    QCOMPARE(again.reportsAdded + again.reportsChanged + again.agenciesAdded, 0);
    QCOMPARE(again.warningCount, 1); // the header's unknown column, said again
    QCOMPARE(again.warnings.first().column, QStringLiteral("shoe_size"));
    QCOMPARE(again.sourceDescription, first.sourceDescription);
    QCOMPARE(again.columns.size(), first.columns.size());
    QCOMPARE(again.files.size(), 1);
    QCOMPARE(again.files.first().rows, 4);
    QCOMPARE(contents(t), before);
    if (t.onServer())
        return;
    // What reading it row by row says, once the fingerprint is gone: the same.
    QVERIFY(t.asAnotherProgram({QStringLiteral("DELETE FROM import_fingerprint")}));
    const ImportSummary read = import(t, path);
    QVERIFY(!read.sameAsLastImport);
    QVERIFY(!read.changedDatabase);
    QCOMPARE(read.rows, again.rows);
    QCOMPARE(read.duplicateRows, again.duplicateRows);
    QCOMPARE(read.reportsUnchanged, again.reportsUnchanged);
    QCOMPARE(read.warningCount, again.warningCount);
    QCOMPARE(contents(t), before);
}

void TestImportFingerprint::aWriteSinceMeansTheRowsAreReadAgain_data()
{
    QTest::addColumn<QString>("before"); // written before the first import, if anything
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("changed");
    // Whether the import writes the file's values back: if so it is recorded, and the next repeat
    // is recognised; if what was written is not the file's to undo, it writes and records nothing.
    QTest::addColumn<bool>("restores");
    const QString none;
    const QString note = QStringLiteral("INSERT INTO meta (key, value) VALUES ('note', 'x')");
    QTest::newRow("a report changed") << none << QStringLiteral("UPDATE misuse_report SET investigations = 99 WHERE year = 2020")
                                      << 0 << 2 << true;
    QTest::newRow("a report removed") << none << QStringLiteral("DELETE FROM misuse_report WHERE year = 2021") << 1 << 0 << true;
    QTest::newRow("a report added")
            << none
            << QStringLiteral("INSERT INTO misuse_report (agency_id, year) SELECT id, 2019 FROM agency WHERE ori = 'CA0000001'")
            << 0 << 0 << false;
    QTest::newRow("an agency renamed") << none << QStringLiteral("UPDATE agency SET name = 'Renamed' WHERE ori = 'CA0000001'")
                                       << 0 << 0 << true;
    QTest::newRow("an agency added") << none << QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0000077', 'Gamma')")
                                     << 0 << 0 << false;
    QTest::newRow("an agency removed") << none << QStringLiteral("DELETE FROM agency WHERE ori = 'CA0000002'") << 1 << 0 << true;
    QTest::newRow("a contact removed") << none << QStringLiteral("DELETE FROM contact") << 0 << 0 << true;
    QTest::newRow("a contact changed") << none << QStringLiteral("UPDATE contact SET phone = '555-0199'") << 0 << 0 << true;
    QTest::newRow("a contact added")
            << none
            << QStringLiteral("INSERT INTO contact (agency_id, name) SELECT id, 'Bo Lee' FROM agency WHERE ori = 'CA0000002'")
            << 0 << 0 << false;
    QTest::newRow("meta added") << none << note << 0 << 0 << false;
    QTest::newRow("meta changed") << note << QStringLiteral("UPDATE meta SET value = 'y' WHERE key = 'note'") << 0 << 0 << false;
    QTest::newRow("meta removed") << note << QStringLiteral("DELETE FROM meta WHERE key = 'note'") << 0 << 0 << false;
}

void TestImportFingerprint::aWriteSinceMeansTheRowsAreReadAgain()
{
    QFETCH(QString, before);
    QFETCH(QString, statement);
    QFETCH(int, added);
    QFETCH(int, changed);
    QFETCH(bool, restores);
    TestDatabase t;
    if (!before.isEmpty())
        QVERIFY(t.asAnotherProgram({before}));
    const QString path = write(file());
    std::ignore = import(t, path);
    // A program that keeps the foreign keys: an agency removed takes its reports with it.
    QVERIFY(t.asAnotherProgram({QStringLiteral("PRAGMA foreign_keys = ON"), statement}));
    const ImportSummary again = import(t, path);
    QVERIFY(!again.sameAsLastImport);
    QCOMPARE(again.changedDatabase, restores);
    QCOMPARE(again.reportsAdded, added);
    QCOMPARE(again.reportsChanged, changed);
    // The file's values stand again where it has them.
    QCOMPARE(t.scalar(QStringLiteral("SELECT name FROM agency WHERE ori = 'CA0000001'")).toString(),
             QStringLiteral("Alpha Police"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT phone FROM contact")).toString(), QStringLiteral("555-0100"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report WHERE investigations = 99")).toInt(), 0);
    if (!t.onServer())
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM import_fingerprint")).toInt(), restores ? 1 : 0);
    QCOMPARE(import(t, path).sameAsLastImport, !t.onServer() && restores);
}

void TestImportFingerprint::aFileWithOtherBytesIsReadAgain()
{
    TestDatabase t;
    const QString path = write(file());
    std::ignore = import(t, path);
    QByteArray changed = file();
    changed.replace(",3,Ana", ",5,Ana"); // the same size, one figure changed
    QCOMPARE(changed.size(), file().size());
    write(changed);
    const ImportSummary again = import(t, path);
    QVERIFY(!again.sameAsLastImport);
    QCOMPARE(again.reportsChanged, 1);
    QCOMPARE(t.scalar(QStringLiteral("SELECT investigations FROM misuse_report WHERE year = 2020 AND investigations IS NOT NULL"))
                     .toInt(),
             5);
    QCOMPARE(import(t, path).sameAsLastImport, !t.onServer());
}

// Its rows name the agency two ways: read again, it would be renamed back and forth, so a repeat
// is not the same as nothing.
void TestImportFingerprint::aFileThatWritesAnAgencyTwiceIsNotRecorded()
{
    TestDatabase t;
    const QString path = write("ori,year,agency\nCA0000001,2020,Alpha Police\nCA0000001,2021,Alpha Police Department\n");
    std::ignore = import(t, path);
    const ImportSummary again = import(t, path);
    QVERIFY(!again.sameAsLastImport);
    QCOMPARE(again.reportsUnchanged, 2);
    QCOMPARE(t.scalar(QStringLiteral("SELECT name FROM agency")).toString(), QStringLiteral("Alpha Police Department"));
}

void TestImportFingerprint::aDryRunRecordsNothing()
{
    TestDatabase t;
    const QString path = write(file());
    ReportImporter::Options dry;
    dry.dryRun = true;
    const ImportSummary checked = import(t, path, dry);
    QCOMPARE(checked.reportsAdded, 3);
    QVERIFY(!checked.changedDatabase);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report")).toInt(), 0);
    QVERIFY(!import(t, path).sameAsLastImport);
    // A dry run of the repeat is recognised like the repeat itself.
    QCOMPARE(import(t, path, dry).sameAsLastImport, !t.onServer());
}

void TestImportFingerprint::theHashIsTheFilesAndAChangeToTheFileIsSeen()
{
    const QString path = write(file(), "hashed.csv");
    ImportFingerprint fingerprint(path);
    QCOMPARE(fingerprint.size(), qint64(file().size()));
    const Result<QByteArray> hash = fingerprint.sha256();
    QVERIFY2(hash.ok(), qPrintable(hash.error()));
    QCOMPARE(hash.value(), QCryptographicHash::hash(file(), QCryptographicHash::Sha256).toHex());
    QVERIFY(fingerprint.fileUnchanged());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(f.fileTime(QFileDevice::FileModificationTime).addSecs(-60), QFileDevice::FileModificationTime));
    f.close();
    QVERIFY(!fingerprint.fileUnchanged());
    QVERIFY(!ImportFingerprint(m_dir.filePath(QStringLiteral("missing.csv"))).sha256().ok());
}

void TestImportFingerprint::aReportingFormOrAHandMappingIsNeverRecognised()
{
    ImportHeader header;
    header.row = 1;
    header.positions = QList<int>(ReportColumns::importNames().size(), -1);
    header.positions[ReportColumns::Ori] = 0;
    header.positions[ReportColumns::Year] = 1;
    QVERIFY(ImportFingerprint::canRecognise(header));
    ImportHeader form = header;
    form.positions[ReportColumns::FormId] = 2;
    QVERIFY(!ImportFingerprint::canRecognise(form));
    ImportHeader mapped = header;
    mapped.mapping.choose(QStringLiteral("Agency ORI"), ReportColumns::Ori);
    QVERIFY(!mapped.mapping.isEmpty());
    QVERIFY(!ImportFingerprint::canRecognise(mapped));
    QVERIFY(!ImportFingerprint::canRecognise(ImportHeader()));
}

QTEST_GUILESS_MAIN(TestImportFingerprint)
#include "tst_importfingerprint.moc"
