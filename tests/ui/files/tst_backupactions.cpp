#include "testdatabase.h"

#include "db/import/reportimporter.h"
#include "db/files/backups.h"
#include "ui/files/backupactions.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

using namespace cac;

// File > Restore from backup… in the window: asked first, the current contents kept, the window
// reopened on what was restored.
class TestBackupActions : public QObject
{
    Q_OBJECT
private slots:
    void restoreAsksKeepsTheCurrentAndReopens();
    void cancelledRestoreChangesNothing();

private:
    void answerNextQuestion(QMessageBox::StandardButton button, bool *asked)
    {
        *asked = false;
        QTimer::singleShot(0, this, [button, asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *asked = true;
                box->button(button)->click();
            }
        });
    }
    static int investigations(MainWindow &window)
    {
        QSqlQuery q(window.database()->connection());
        return q.exec(QStringLiteral("SELECT investigations FROM misuse_report")) && q.next() ? q.value(0).toInt() : -1;
    }
    static void setInvestigations(Database &database, int value)
    {
        QSqlQuery q(database.connection());
        q.exec(QStringLiteral("UPDATE misuse_report SET investigations = %1").arg(value));
    }
    struct Fixture
    {
        QTemporaryDir dir;
        QString path;
        QString copy;
        MainWindow window;
    };
    void prepare(Fixture &f)
    {
        f.path = f.dir.filePath(QStringLiteral("review.sqlite"));
        Result<std::unique_ptr<Database>> opened = Database::open(f.path, Database::Mode::CreateIfMissing);
        QVERIFY(opened.ok());
        QVERIFY(ReportImporter(*opened.value()).importFile(QFINDTESTDATA("data/metrics_fixture.csv"), {}).succeeded());
        setInvestigations(*opened.value(), 10);
        f.window.setDatabase(opened.take());
        f.copy = expectOk(Backups(f.path).make(QStringLiteral("by-hand")));
        setInvestigations(*f.window.database(), 31);
    }
};

void TestBackupActions::restoreAsksKeepsTheCurrentAndReopens()
{
    Fixture f;
    prepare(f);
    bool asked = false;
    answerNextQuestion(QMessageBox::Yes, &asked);
    f.window.backups()->restore(f.copy);
    QVERIFY(asked);
    QCOMPARE(investigations(f.window), 10);
    QVERIFY2(f.window.statusBar()->currentMessage().contains(QStringLiteral("before-restore")),
             qPrintable(f.window.statusBar()->currentMessage()));
}

void TestBackupActions::cancelledRestoreChangesNothing()
{
    Fixture f;
    prepare(f);
    bool asked = false;
    answerNextQuestion(QMessageBox::Cancel, &asked);
    f.window.backups()->restore(f.copy);
    QVERIFY(asked);
    QCOMPARE(investigations(f.window), 31);
    QCOMPARE(Backups(f.path).list().size(), 1); // no before-restore copy either
}

QTEST_MAIN(TestBackupActions)
#include "tst_backupactions.moc"
