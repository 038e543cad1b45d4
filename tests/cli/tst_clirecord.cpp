#include "clirun.h"
#include "testdatabase.h"

#include "db/engine/database.h"
#include "db/engine/schemamigrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cac;

// What the command line promises about the record: a dry run creates and changes nothing, no
// output lands on the database or on a file of another type, and a damaged file is not written.
class TestCliRecord : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dryRunCreatesNothing();
    void dryRunLeavesAnOlderSchemaAsItWas();
    void outputOverTheDatabaseIsRefused_data();
    void outputOverTheDatabaseIsRefused();
    void importOfTheDatabaseItselfIsRefused();
    void damagedDatabaseIsNotWrittenInto();

private:
    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }
    static int expectVersion(const QString &db)
    {
        const Result<int> version = Database::schemaVersionOf(db);
        return version.ok() ? version.value() : -1;
    }
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString csv() const { return QFINDTESTDATA("data/messy_valid.csv"); }
    QTemporaryDir m_dir;
};

void TestCliRecord::initTestCase()
{
    for (const char *name : {"demo.sqlite", "other.sqlite"}) {
        const CliRun demo = CliRun::of({QStringLiteral("demo"), QStringLiteral("--db"), path(name), QStringLiteral("--agencies"),
                                        QStringLiteral("12"), QStringLiteral("--years"), QStringLiteral("2020-2024")});
        QVERIFY2(demo.status == 0, qPrintable(demo.err));
    }
}

void TestCliRecord::dryRunCreatesNothing()
{
    const QString db = path("never.sqlite");
    const CliRun r = CliRun::of({QStringLiteral("import"), csv(), QStringLiteral("--db"), db, QStringLiteral("--dry-run")});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Dry run: nothing was written")));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QVERIFY2(!QFile::exists(db + suffix), qPrintable(db + suffix));
}

void TestCliRecord::dryRunLeavesAnOlderSchemaAsItWas()
{
    const QString db = path("version1.sqlite");
    QVERIFY(createOlderFile(db));
    const QByteArray before = digest(db);
    const CliRun r = CliRun::of({QStringLiteral("import"), csv(), QStringLiteral("--db"), db, QStringLiteral("--dry-run")});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QCOMPARE(digest(db), before);
    QCOMPARE(expectVersion(db), 1);
}

void TestCliRecord::outputOverTheDatabaseIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("said");
    const QString db = path("demo.sqlite");
    const QString other = path("other.sqlite");
    const QString link = path("link-to-demo.csv");
    QFile::link(db, link); // a name that passes the extension check and is the database
    const QStringList onDemo{QStringLiteral("--db"), db};
    const QString usage = QStringLiteral("extensions");
    const QString isDatabase = QStringLiteral("open database");
    QTest::newRow("export --out the database")
            << (QStringList{QStringLiteral("export"), QStringLiteral("--out"), db} + onDemo) << db << 2 << usage;
    QTest::newRow("export --out its -wal")
            << (QStringList{QStringLiteral("export"), QStringLiteral("--out"), db + QStringLiteral("-wal")} + onDemo) << db << 2
            << usage;
    QTest::newRow("export --out a .csv link to the database")
            << (QStringList{QStringLiteral("export"), QStringLiteral("--out"), link} + onDemo) << db << 1 << isDatabase;
    QTest::newRow("export --out another database")
            << (QStringList{QStringLiteral("export"), QStringLiteral("--out"), other} + onDemo) << other << 2 << usage;
    QTest::newRow("flags --csv a .csv link to the database")
            << (QStringList{QStringLiteral("flags"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--csv"),
                            link} +
                onDemo)
            << db << 1 << isDatabase;
    QTest::newRow("chart --csv a .csv link to the database")
            << (QStringList{QStringLiteral("chart"), QStringLiteral("compliance"), QStringLiteral("--out"), path("c.png"),
                            QStringLiteral("--csv"), link} +
                onDemo)
            << db << 1 << isDatabase;
    QTest::newRow("outreach --out another database named .csv")
            << (QStringList{QStringLiteral("outreach"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--out"),
                            path("renamed.csv")} +
                onDemo)
            << path("renamed.csv") << 1 << QStringLiteral("SQLite database");
}

void TestCliRecord::outputOverTheDatabaseIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, target);
    QFETCH(int, status);
    QFETCH(QString, said);
    if (target.endsWith(QLatin1StringView("renamed.csv"))) {
        QFile::remove(target);
        QVERIFY(QFile::copy(path("other.sqlite"), target)); // a database someone named .csv
    }
    const QByteArray before = digest(target);
    const CliRun r = CliRun::of(arguments);
    QCOMPARE(r.status, status);
    QVERIFY2(r.err.contains(said), qPrintable(r.err));
    QCOMPARE(digest(target), before);
}

void TestCliRecord::importOfTheDatabaseItselfIsRefused()
{
    const QString db = path("demo.sqlite");
    const QByteArray before = digest(db);
    const CliRun r = CliRun::of({QStringLiteral("import"), db, QStringLiteral("--db"), db});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("open database")), qPrintable(r.err));
    QCOMPARE(digest(db), before);
}

void TestCliRecord::damagedDatabaseIsNotWrittenInto()
{
    const QString db = path("damaged.sqlite");
    QVERIFY(QFile::copy(path("demo.sqlite"), db));
    int pageSize = 0;
    int rootPage = 0;
    {
        Result<std::unique_ptr<Database>> opened = Database::open(db, Database::Mode::OpenExisting);
        QVERIFY(opened.ok());
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT page_size FROM pragma_page_size), rootpage FROM sqlite_schema "
                                      "WHERE name = 'misuse_report_year'")) &&
                q.next());
        pageSize = q.value(0).toInt();
        rootPage = q.value(1).toInt();
    } // the last connection checkpoints the -wal into the file and deletes it
    // Flip one year in the index's leaf page (record header 03 02 01, then the year as two
    // bytes): the index now disagrees with its table, as after a torn write or a bad disk.
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(qint64(pageSize) * (rootPage - 1)));
    QByteArray page = file.read(pageSize);
    const qsizetype at = page.indexOf(QByteArray("\x03\x02\x01\x07\xe6", 5)); // a 2022 entry
    QVERIFY2(at > 0, "no index entry found to damage");
    page[at + 4] = char(0xe0);
    QVERIFY(file.seek(qint64(pageSize) * (rootPage - 1)));
    QCOMPARE(file.write(page), qint64(pageSize));
    file.close();
    const QByteArray before = digest(db);

    const CliRun r = CliRun::of({QStringLiteral("import"), csv(), QStringLiteral("--db"), db});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("is damaged")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("README")), qPrintable(r.err));
    QCOMPARE(digest(db), before);
}

QTEST_GUILESS_MAIN(TestCliRecord)
#include "tst_clirecord.moc"
