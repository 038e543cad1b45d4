#include "testdatabase.h"

#include "db/stores/metastore.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFileDialog>
#include <QMenuBar>
#include <QProcess>
#include <QTimer>

using namespace cac;

// Another program's write while the window is open is never lost: the window's own file
// dialogs list the database's folder without opening the database or its -wal and -shm (which
// would drop SQLite's POSIX locks; then sqlite3 deletes the -wal under the window).
class TestDatabaseLocks : public QObject
{
    Q_OBJECT
private slots:
    void dialogsKeepTheLocksAndAnotherProgramsWriteSurvives_data();
    void dialogsKeepTheLocksAndAnotherProgramsWriteSurvives();

private:
    static int probe(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral(LOCKPROBE), arguments);
        return p.waitForFinished(30000) ? p.exitCode() : -1;
    }
    static QAction *fileAction(MainWindow &window, const QString &text)
    {
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>())
                if (action->text() == text)
                    return action;
        return nullptr;
    }
};

void TestDatabaseLocks::dialogsKeepTheLocksAndAnotherProgramsWriteSurvives_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("File > Open") << "&Open…";
    QTest::newRow("File > Import reports") << "&Import reports…";
    QTest::newRow("File > Export reports") << "&Export reports…";
}

void TestDatabaseLocks::dialogsKeepTheLocksAndAnotherProgramsWriteSurvives()
{
    QFETCH(QString, action);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.sqlite"));
    // Files the dialog lists beside the database, of the kinds the filters name.
    for (const char *name : {"reports.csv", "other.db"}) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    {
        MainWindow window;
        Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        window.setDatabase(opened.take());
        QVERIFY(MetaStore(window.database()->connection()).setValue(QStringLiteral("probe"), QStringLiteral("window")).ok());
        QCOMPARE(probe({QStringLiteral("held"), path + QStringLiteral("-shm")}), 0);

        QAction *trigger = fileAction(window, action);
        QVERIFY(trigger);
        bool listed = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setDirectory(dir.path());
            // The dialog gathers each file's type and icon on a thread of its own: give it time.
            QTest::qWait(1500);
            listed = true;
            dialog->reject();
        });
        trigger->trigger();
        QVERIFY(listed);
        QCOMPARE(probe({QStringLiteral("held"), path + QStringLiteral("-shm")}), 0);

        // An analyst's sqlite3 writes and closes; the window writes after it and quits.
        QCOMPARE(
                probe({QStringLiteral("write"), path, QStringLiteral("INSERT INTO meta(key, value) VALUES ('analyst', 'kept')")}),
                0);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(MetaStore(window.database()->connection()).setValue(QStringLiteral("after"), QStringLiteral("window")).ok());
    }
    Result<std::unique_ptr<Database>> reopened = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(reopened.ok());
    MetaStore meta(reopened.value()->connection());
    QCOMPARE(expectOk(meta.value(QStringLiteral("analyst"))), QStringLiteral("kept"));
    QCOMPARE(expectOk(meta.value(QStringLiteral("after"))), QStringLiteral("window"));
    QCOMPARE(expectOk(meta.value(QStringLiteral("probe"))), QStringLiteral("window"));
}

QTEST_MAIN(TestDatabaseLocks)
#include "tst_databaselocks.moc"
