// A count of one reads as one ("1 agency"), in the window as on the command line: the status
// bar, the agency list's count and the review queue's, on a database that holds one agency.
#include "scratchfolder.h"

#include "db/engine/database.h"
#include "db/import/reportimporter.h"
#include "ui/mainwindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QTest>

using namespace cac;

class TestCounts : public QObject
{
    Q_OBJECT
    ScratchFolder m_dir;

private slots:
    void oneAgencyIsOneAgency();
};

void TestCounts::oneAgencyIsOneAgency()
{
    const QString path = m_dir.filePath(QStringLiteral("one.sqlite"));
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        const QString csv = m_dir.write("one.csv",
                                        "ori,year,agency,investigations,violations\n"
                                        "CA0000001,2025,Alpha Police Department,1,3\n");
        QVERIFY(ReportImporter(*db.value()).importFile(csv, {}).succeeded());
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(db.ok());
    MainWindow window;
    window.setDatabase(db.take());
    window.show();
    const QString status = window.statusBar()->currentMessage();
    QVERIFY2(status.startsWith(QLatin1StringView("1 agency in ")), qPrintable(status));
    QStringList labels;
    for (const QLabel *label : window.findChildren<QLabel *>())
        labels << label->text();
    QVERIFY2(labels.contains(QStringLiteral("1 of 1 agency")), qPrintable(labels.join(u'|')));
}

QTEST_MAIN(TestCounts)
#include "tst_counts.moc"
