#include "testdatabase.h"

#include "db/import/reportimporter.h"
#include "db/files/backups.h"
#include "db/engine/schemamigrator.h"

#include <QBuffer>
#include <QFileInfo>

using namespace cac;

// Copies kept before what is hard to take back, and putting one back.
class TestBackups : public QObject
{
    Q_OBJECT
private slots:
    void copiesArePrivateAndTheNewestAreKept();
    void folderMadeForACopyByHandIsPrivateToo();
    void importThatChangesReportsKeepsACopyFirst();
    void upgradeKeepsACopyFirst();
    void restorePutsTheCopyBackUnderAnOpenConnection();
    void restoreRefusesWhatIsNotASoundCopy();

private:
    static ImportSummary importInvestigations(Database &database, int value, int year = 2016)
    {
        QBuffer csv;
        csv.setData(QStringLiteral("ori,year,agency,filed,investigations\nCA0000001,%1,Alpha Sheriff,yes,%2\n")
                            .arg(year)
                            .arg(value)
                            .toUtf8());
        csv.open(QIODevice::ReadOnly);
        return ReportImporter(database).importDevice(csv, QStringLiteral("update.csv"), {});
    }
    static int investigationsIn(const QString &path)
    {
        Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Mode::OpenExisting);
        if (!opened.ok())
            return -1;
        QSqlQuery q(opened.value()->connection());
        return q.exec(QStringLiteral("SELECT investigations FROM misuse_report WHERE year = 2016")) && q.next()
                ? q.value(0).toInt()
                : -2;
    }
};

void TestBackups::copiesArePrivateAndTheNewestAreKept()
{
    TestDatabase t;
    const Backups backups(t.path());
    const QString byHand = expectOk(backups.make(QStringLiteral("by-hand")));
    QStringList made;
    for (int i = 0; i < Backups::Keep + 2; ++i)
        made << expectOk(backups.make(QStringLiteral("before-import")));
    const QList<Backups::Entry> kept = backups.list();
    QCOMPARE(kept.size(), Backups::Keep + 1); // the newest automatic ones, and the one made by hand
    QCOMPARE(kept.first().path, made.last());
    QVERIFY(QFile::exists(byHand));
    QVERIFY(!QFile::exists(made.first()));
    QCOMPARE(kept.first().reason, QStringLiteral("before-import"));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(made.last()) & others, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(backups.folder()) & others, QFileDevice::Permissions());
}

void TestBackups::folderMadeForACopyByHandIsPrivateToo()
{
    TestDatabase t;
    const Backups backups(t.path());
    QVERIFY(backups.ensureFolder().ok()); // what File > Back up… does before its dialog
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(backups.folder()) & others, QFileDevice::Permissions());
}

void TestBackups::importThatChangesReportsKeepsACopyFirst()
{
    TestDatabase t;
    QVERIFY(importInvestigations(t.database(), 10).succeeded());
    QVERIFY(Backups(t.path()).list().isEmpty()); // adding reports to nothing: no copy
    const ImportSummary added = importInvestigations(t.database(), 3, 2017);
    QVERIFY(added.succeeded());
    QVERIFY(added.backupPath.isEmpty()); // only adds
    const ImportSummary changed = importInvestigations(t.database(), 31);
    QVERIFY(changed.succeeded());
    QCOMPARE(changed.reportsChanged, 1);
    QVERIFY(!changed.backupPath.isEmpty());
    QCOMPARE(investigationsIn(changed.backupPath), 10); // as it was before the import
    QCOMPARE(t.scalar(QStringLiteral("SELECT investigations FROM misuse_report WHERE year = 2016")).toInt(), 31);
}

void TestBackups::upgradeKeepsACopyFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(createOlderFile(path));
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const QList<Backups::Entry> copies = Backups(path).list();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.first().reason, QStringLiteral("before-upgrade"));
    QCOMPARE(expectOk(Database::schemaVersionOf(copies.first().path)), 1);
    QVERIFY2(opened.value()->notice().contains(copies.first().path), qPrintable(opened.value()->notice()));
}

void TestBackups::restorePutsTheCopyBackUnderAnOpenConnection()
{
    TestDatabase t;
    QVERIFY(importInvestigations(t.database(), 10).succeeded());
    const Backups backups(t.path());
    const QString copy = expectOk(backups.make(QStringLiteral("by-hand")));
    QVERIFY(importInvestigations(t.database(), 31).succeeded());
    const QString before = expectOk(backups.restore(copy));
    // The program's own connection stays open and sees the restored contents.
    QCOMPARE(t.scalar(QStringLiteral("SELECT investigations FROM misuse_report WHERE year = 2016")).toInt(), 10);
    QCOMPARE(investigationsIn(before), 31);
    QCOMPARE(t.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestBackups::restoreRefusesWhatIsNotASoundCopy()
{
    TestDatabase t;
    QVERIFY(importInvestigations(t.database(), 10).succeeded());
    const QString text = t.dirPath() + QStringLiteral("/notes.sqlite");
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database at all\n");
    f.close();
    const Result<QString> refused = Backups(t.path()).restore(text);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().startsWith(QStringLiteral("Not restored")), qPrintable(refused.error()));
    const Result<QString> itself = Backups(t.path()).restore(t.path());
    QVERIFY(!itself.ok());
    QVERIFY2(itself.error().contains(QStringLiteral("open database")), qPrintable(itself.error()));
    QCOMPARE(t.scalar(QStringLiteral("SELECT investigations FROM misuse_report WHERE year = 2016")).toInt(), 10);
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
