// The settings move from ~/.config/cac-review.invalid/ to ~/.config/cac-review/: the earlier
// settings are carried over once, a key set since is kept, and the default database stays put.
#include "app/defaultdatabase.h"
#include "app/settings/programidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cac;

class TestProgramIdentity : public QObject
{
    Q_OBJECT
    QTemporaryDir home;

private slots:
    void init();
    void earlierSettingsAreCarriedOverOnce();
    void aSettingMadeSinceIsKept();
    void theDefaultDatabaseDoesNotMove();
};

void TestProgramIdentity::init()
{
    QVERIFY(home.isValid());
    QDir(home.path()).removeRecursively();
    QDir().mkpath(home.path());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QString());
}

void TestProgramIdentity::earlierSettingsAreCarriedOverOnce()
{
    {
        // What an earlier version wrote: the domain only, so ~/.config/cac-review.invalid/.
        QSettings earlier(QStringLiteral("cac-review.invalid"), QStringLiteral("cac-review"));
        earlier.setValue(QStringLiteral("recentFiles"), QStringList{QStringLiteral("/data/real.sqlite")});
        earlier.setValue(QStringLiteral("files/lastFolder"), QStringLiteral("/data/exports"));
    }
    QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral("config/cac-review.invalid/cac-review.conf"))));

    ProgramIdentity::apply();

    QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("cac-review"));
    QSettings now;
    QCOMPARE(QFileInfo(now.fileName()).absoluteFilePath(),
             QFileInfo(home.filePath(QStringLiteral("config/cac-review/cac-review.conf"))).absoluteFilePath());
    QCOMPARE(now.value(QStringLiteral("recentFiles")).toStringList(), QStringList{QStringLiteral("/data/real.sqlite")});
    QCOMPARE(now.value(QStringLiteral("files/lastFolder")).toString(), QStringLiteral("/data/exports"));
    QSettings earlier(QStringLiteral("cac-review.invalid"), QStringLiteral("cac-review"));
    QVERIFY(earlier.allKeys().isEmpty());

    // A second start finds nothing to carry.
    QSettings again(QStringLiteral("cac-review.invalid"), QStringLiteral("cac-review"));
    QCOMPARE(ProgramIdentity::carrySettings(again, now), 0);
}

void TestProgramIdentity::aSettingMadeSinceIsKept()
{
    QSettings earlier(QStringLiteral("cac-review.invalid"), QStringLiteral("cac-review"));
    earlier.setValue(QStringLiteral("files/lastFolder"), QStringLiteral("/old"));
    earlier.setValue(QStringLiteral("window/geometry"), QByteArray("g"));
    QSettings now(QStringLiteral("cac-review"), QStringLiteral("cac-review"));
    now.setValue(QStringLiteral("files/lastFolder"), QStringLiteral("/new"));

    QCOMPARE(ProgramIdentity::carrySettings(earlier, now), 1);
    QCOMPARE(now.value(QStringLiteral("files/lastFolder")).toString(), QStringLiteral("/new"));
    QCOMPARE(now.value(QStringLiteral("window/geometry")).toByteArray(), QByteArray("g"));
}

void TestProgramIdentity::theDefaultDatabaseDoesNotMove()
{
    // Where earlier versions kept it: the application's data folder with no organisation.
    QCoreApplication::setApplicationName(QStringLiteral("cac-review"));
    const QString before =
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("cac-review.sqlite"));
    QCOMPARE(before, home.filePath(QStringLiteral("data/cac-review/cac-review.sqlite")));
    QCOMPARE(DefaultDatabase::path(), before);
    ProgramIdentity::apply();
    QCOMPARE(DefaultDatabase::path(), before);
}

QTEST_GUILESS_MAIN(TestProgramIdentity)
#include "tst_programidentity.moc"
