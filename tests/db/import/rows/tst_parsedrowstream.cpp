#include "db/import/reportcolumns.h"
#include "db/csv/csvreader.h"
#include "db/import/rows/parsedrowstream.h"

#include <QBuffer>
#include <QTest>

using namespace cac;

class TestParsedRowStream : public QObject
{
    Q_OBJECT
private slots:
    void rowsArriveInFileOrder();
    void readerErrorEndsTheStream();
    void stoppingEarlyDoesNotWait();

private:
    // A parser for files of the columns ori, year, agency.
    static ImportRowParser parser()
    {
        QList<int> positions(ReportColumns::ImportCount, -1);
        positions[ReportColumns::Ori] = 0;
        positions[ReportColumns::Year] = 1;
        positions[ReportColumns::Agency] = 2;
        return ImportRowParser(positions, 3);
    }
    static QByteArray rows(int count)
    {
        QByteArray bytes;
        for (int i = 0; i < count; ++i)
            bytes += "CA" + QByteArray::number(1000000 + i) + ",2018,Agency " + QByteArray::number(i) + "\n";
        return bytes;
    }
};

void TestParsedRowStream::rowsArriveInFileOrder()
{
    // More rows than fit in the waiting batches, a blank line, and one refused row.
    QByteArray bytes = rows(1500) + "\n , ,\nCA9999999,1800,Old\n" + rows(1500);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    const ImportRowParser p = parser();
    QList<ParsedRow> all;
    {
        ParsedRowStream stream(reader, p);
        QList<ParsedRow> batch;
        while (stream.next(batch))
            all += batch;
        QCOMPARE(stream.bytesConsumed(), qint64(bytes.size()));
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(all.size(), 3001);
    for (int i = 0; i < 1500; ++i) {
        QCOMPARE(all.at(i).row.line, i + 1);
        QCOMPARE(all.at(i).row.agency.ori, QStringLiteral("CA%1").arg(1000000 + i));
        QVERIFY(all.at(i).issues.isEmpty());
    }
    const ParsedRow &refused = all.at(1500);
    QCOMPARE(refused.row.line, 1503); // after the two blank lines
    QCOMPARE(refused.issues.size(), 1);
    QCOMPARE(refused.issues.first().column, QStringLiteral("year"));
    QCOMPARE(all.last().row.line, 3003);
    QCOMPARE(all.last().row.agency.name, QStringLiteral("Agency 1499"));
}

void TestParsedRowStream::readerErrorEndsTheStream()
{
    QByteArray bytes = rows(700) + "CA0000001,2018,Bad \xFF Agency\n" + rows(10); // not UTF-8
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, TextEncoding::Utf8); // named: found, it would be Windows-1252
    const ImportRowParser p = parser();
    int count = 0;
    {
        ParsedRowStream stream(reader, p);
        QList<ParsedRow> batch;
        while (stream.next(batch))
            count += int(batch.size());
    }
    QCOMPARE(count, 700);
    QVERIFY(reader.hasError());
    QCOMPARE(reader.recordLine(), 701);
}

void TestParsedRowStream::stoppingEarlyDoesNotWait()
{
    // The producer is blocked on a full queue when the stream goes: it must stop, not hang.
    QByteArray bytes = rows(20000);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    const ImportRowParser p = parser();
    {
        ParsedRowStream stream(reader, p);
        QList<ParsedRow> batch;
        QVERIFY(stream.next(batch));
        QCOMPARE(batch.size(), ParsedRowStream::BatchSize);
        QTest::qWait(50); // let the producer fill the queue and block
    }
    QVERIFY(reader.bytesConsumed() < bytes.size());
}

QTEST_GUILESS_MAIN(TestParsedRowStream)
#include "tst_parsedrowstream.moc"
