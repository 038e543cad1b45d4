#include "testdatabase.h"

#include "db/csv/csvexporter.h"
#include "db/files/atomicfile.h"
#include "db/files/protectedfiles.h"

#include <QCryptographicHash>
#include <QFile>

#include <unistd.h>

using namespace cac;

// The one writer: whole files or none, private from the first byte, never over the open
// database or a file of another type.
class TestAtomicFile : public QObject
{
    Q_OBJECT
private slots:
    void writesAWholePrivateFile();
    void failedWriteKeepsTheOldFile();
    void refusesTheOpenDatabaseAndItsWorkingFiles_data();
    void refusesTheOpenDatabaseAndItsWorkingFiles();
    void refusesAnExistingFileOfAnotherType_data();
    void refusesAnExistingFileOfAnotherType();
    void closedDatabaseIsNoLongerProtected();
    void workingFileIsNeverOpenedAsADatabase();

private:
    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }
    static bool writeText(const QString &path, const QByteArray &text)
    {
        return AtomicFile::write(path, AtomicFile::Kind::Csv, [&](QIODevice &d) { return d.write(text) == text.size(); }).ok();
    }
};

void TestAtomicFile::writesAWholePrivateFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old\n");
    old.close();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QVERIFY(writeText(path, "a,b\r\n"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("a,b\r\n"));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
}

void TestAtomicFile::failedWriteKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(writeText(path, "the good export\r\n"));
    const QByteArray before = digest(path);
    const Status failed = AtomicFile::write(path, AtomicFile::Kind::Csv, [](QIODevice &d) {
        d.write("half a file");
        return false;
    });
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(path), qPrintable(failed.error()));
    QCOMPARE(digest(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.csv")});
}

void TestAtomicFile::refusesTheOpenDatabaseAndItsWorkingFiles_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("the database by name") << "name";
    QTest::newRow("a relative path with ..") << "dotdot";
    QTest::newRow("a symbolic link to it") << "symlink";
    QTest::newRow("a hard link to it") << "hardlink";
    QTest::newRow("its -wal") << "wal";
    QTest::newRow("its -shm") << "shm";
    QTest::newRow("its -journal, not there yet") << "journal";
}

void TestAtomicFile::refusesTheOpenDatabaseAndItsWorkingFiles()
{
    QFETCH(QString, how);
    TestDatabase t;
    t.connection().exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('x', 'y')")); // the -wal exists
    QString target = t.path();
    if (how == u"dotdot")
        target = t.dirPath() + QStringLiteral("/sub/../test.sqlite");
    else if (how == u"symlink")
        QVERIFY(QFile::link(t.path(), target = t.dirPath() + QStringLiteral("/link.csv")));
    else if (how == u"hardlink")
        QCOMPARE(::link(QFile::encodeName(t.path()).constData(),
                        QFile::encodeName(target = t.dirPath() + QStringLiteral("/hard.csv")).constData()),
                 0);
    else if (how != u"name")
        target = t.path() + u'-' + how;
    QDir(t.dirPath()).mkdir(QStringLiteral("sub"));
    const QByteArray before = digest(t.path());
    const Status refused = AtomicFile::write(target, AtomicFile::Kind::Csv, [](QIODevice &d) { return d.write("x") == 1; });
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("open database")), qPrintable(refused.error()));
    QCOMPARE(digest(t.path()), before);
    // The export itself says so too, through the same writer.
    const Result<int> exported = CsvExporter(t.database()).exportTo(target);
    QVERIFY(!exported.ok());
    QCOMPARE(digest(t.path()), before);
    QCOMPARE(t.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'x'")).toString(), QStringLiteral("y"));
}

void TestAtomicFile::refusesAnExistingFileOfAnotherType_data()
{
    QTest::addColumn<QByteArray>("existing");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("allowed");
    const QByteArray sqlite("SQLite format 3\0\x10\0\x02\x02", 20);
    QTest::newRow("CSV over another database") << sqlite << int(AtomicFile::Kind::Csv) << false;
    QTest::newRow("PDF over another database") << sqlite << int(AtomicFile::Kind::Pdf) << false;
    QTest::newRow("PNG over a PDF") << QByteArray("%PDF-1.4\n") << int(AtomicFile::Kind::Png) << false;
    QTest::newRow("CSV over a PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << int(AtomicFile::Kind::Csv) << false;
    QTest::newRow("PDF over a PDF") << QByteArray("%PDF-1.4\n") << int(AtomicFile::Kind::Pdf) << true;
    QTest::newRow("CSV over a CSV") << QByteArray("ori,year\r\n") << int(AtomicFile::Kind::Csv) << true;
    QTest::newRow("ODT over an ODT") << QByteArray("PK\x03\x04rest") << int(AtomicFile::Kind::Odt) << true;
    QTest::newRow("anything over an empty file") << QByteArray() << int(AtomicFile::Kind::Png) << true;
}

void TestAtomicFile::refusesAnExistingFileOfAnotherType()
{
    QFETCH(QByteArray, existing);
    QFETCH(int, kind);
    QFETCH(bool, allowed);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("target"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(existing);
    f.close();
    const Status checked = AtomicFile::check(path, AtomicFile::Kind(kind));
    QCOMPARE(checked.ok(), allowed);
    if (!allowed)
        QVERIFY2(checked.error().contains(QStringLiteral("left as it was")), qPrintable(checked.error()));
}

void TestAtomicFile::closedDatabaseIsNoLongerProtected()
{
    TestDatabase t;
    QVERIFY(!ProtectedFiles::check(t.path()).ok());
    const QString path = t.path();
    t.close();
    QVERIFY(ProtectedFiles::check(path).ok());
}

void TestAtomicFile::workingFileIsNeverOpenedAsADatabase()
{
    TestDatabase t;
    t.connection().exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('x', 'y')"));
    QVERIFY(QFile::exists(t.path() + QStringLiteral("-wal")));
    const Result<std::unique_ptr<Database>> wal = Database::open(t.path() + QStringLiteral("-wal"), Database::Mode::OpenExisting);
    QVERIFY(!wal.ok());
    QVERIFY2(wal.error().contains(QStringLiteral("working file")), qPrintable(wal.error()));
    // A second connection to the database itself is SQLite's business, and fine.
    QVERIFY(Database::open(t.path(), Database::Mode::OpenExisting).ok());
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
