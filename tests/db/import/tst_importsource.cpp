#include "scratchfolder.h"
#include "db/import/importsource.h"

#include <QFile>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace cac;

// Whether an import file may hold sheets is told from its first bytes, and only for a file that
// open() would read: a pipe is never opened (it would wait for a writer that never comes).
class TestImportSource : public QObject
{
    Q_OBJECT

private slots:
    void aWorkbookIsKnownByItsFirstBytes();
    void aPipeIsNeitherOpenedNorAWorkbook();

private:
    QString write(const char *name, const QByteArray &bytes) { return m_dir.write(name, bytes); }
    ScratchFolder m_dir;
};

void TestImportSource::aWorkbookIsKnownByItsFirstBytes()
{
    // Named .csv, but a zip (an .xlsx or .ods saved under another name): its content decides.
    QVERIFY(ImportSource::isWorkbook(write("book.csv", QByteArray("PK\x03\x04", 4) + QByteArray(40, 'x'))));
    QVERIFY(ImportSource::isWorkbook(write("old.xls", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest")));
    QVERIFY(!ImportSource::isWorkbook(write("reports.xlsx", "ori,year\nCA0000001,2020\n")));
    QVERIFY(!ImportSource::isWorkbook(write("empty.csv", QByteArray())));
    QVERIFY(!ImportSource::isWorkbook(m_dir.filePath(QStringLiteral("missing.xlsx"))));
    QVERIFY(!ImportSource::isWorkbook(m_dir.path())); // a folder
}

void TestImportSource::aPipeIsNeitherOpenedNorAWorkbook()
{
#ifdef Q_OS_UNIX
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.xlsx"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Opening it for reading would block this test until its timeout.
    QVERIFY(!ImportSource::isWorkbook(fifo));
    ImportIssue refused;
    QVERIFY(!ImportSource::open(fifo, {}, &refused));
    QVERIFY2(refused.message.contains(QLatin1StringView("not a file")), qPrintable(refused.message));
#else
    QSKIP("no named pipes here");
#endif
}

QTEST_GUILESS_MAIN(TestImportSource)
#include "tst_importsource.moc"
