#include "db/csv/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace cac;

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void records_data();
    void records();
    void lineNumbersFollowPhysicalLines();
    void refusesBinary();
    void namedUtf8RefusesOtherText();
    void encodings_data();
    void encodings();
    void refusesUnclosedQuote();
    void readsAcrossChunks();
    void viewsFollowEachRecord();
};

using Records = QList<QStringList>;

// Records from UTF-8 literals (the build forbids implicit casts from char strings).
static Records recs(std::initializer_list<std::initializer_list<const char *>> rows)
{
    Records records;
    for (const auto &row : rows) {
        QStringList fields;
        for (const char *field : row)
            fields << QString::fromUtf8(field);
        records << fields;
    }
    return records;
}

static Records readAll(const QByteArray &bytes, QString *error = nullptr,
                       std::optional<TextEncoding::Kind> encoding = std::nullopt)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding);
    Records records;
    QStringList fields;
    while (reader.readRecord(fields))
        records << fields;
    if (error)
        *error = reader.errorText();
    return records;
}

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Records>("expected");
    QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << recs({{"a", "b"}, {"1", "2"}});
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << recs({{"a", "b"}, {"1", "2"}});
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << recs({{"a", "b"}, {"1", "2"}});
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n")
                         << recs({{"a", "b"}});
    QTest::newRow("quoted comma") << QByteArray("\"x, y\",2\n") << recs({{"x, y", "2"}});
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",2\n") << recs({{"say \"hi\"", "2"}});
    QTest::newRow("line break in quotes") << QByteArray("\"one\r\ntwo\",2\n") << recs({{"one\r\ntwo", "2"}});
    QTest::newRow("empty fields") << QByteArray(",,\n") << recs({{"", "", ""}});
    QTest::newRow("tabs") << QByteArray("a\tb\tc\n1\t2,5\t3\n") << recs({{"a", "b", "c"}, {"1", "2,5", "3"}});
    QTest::newRow("utf8") << QByteArray("R\xC3\xADo Seco,1\n") << recs({{"Río Seco", "1"}});
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Records, expected);
    QString error;
    QCOMPARE(readAll(bytes, &error), expected);
    QVERIFY(error.isEmpty());
}

void TestCsvReader::lineNumbersFollowPhysicalLines()
{
    QBuffer buffer;
    buffer.setData("h1,h2\n\"multi\nline\",x\nlast,y\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(reader.recordLine(), 1);
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(reader.recordLine(), 2);
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(reader.recordLine(), 4);
    QCOMPARE(fields.first(), QStringLiteral("last"));
}

// The views point into one buffer that the next record reuses: each record's views are its own,
// ASCII or not, longer or shorter than the one before.
void TestCsvReader::viewsFollowEachRecord()
{
    QBuffer buffer;
    buffer.setData("alpha,\"b,c\",d\nR\xC3\xADo,,\xE2\x80\x93x\nz\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringView> fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, (QList<QStringView>{u"alpha", u"b,c", u"d"}));
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, (QList<QStringView>{u"R\u00EDo", u"", u"\u2013x"}));
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, QList<QStringView>{u"z"});
    QVERIFY(!reader.readRecord(fields));
    QVERIFY(!reader.hasError());
}

void TestCsvReader::refusesBinary()
{
    QString error;
    readAll(QByteArray("a,b\n1,\0\x01\x02", 10), &error);
    QVERIFY(error.contains(QLatin1StringView("binary")));
}

void TestCsvReader::namedUtf8RefusesOtherText()
{
    QString error;
    readAll(QByteArray("a,b\nR\xEDo Seco,1\n"), &error, TextEncoding::Utf8); // Windows-1252 í
    QVERIFY2(error.contains(QLatin1StringView("not UTF-8")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1StringView("windows-1252")), qPrintable(error));
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    const QString text = QString::fromUtf8("R\u00edo Seco \u201cNorth\u201d \u2013 \u20ac5\n");
    QTest::newRow("UTF-8") << text.toUtf8() << int(TextEncoding::Utf8);
    QTest::newRow("UTF-8 with a BOM") << "\xEF\xBB\xBF" + text.toUtf8() << int(TextEncoding::Utf8);
    QByteArray le("\xFF\xFE");
    QByteArray be("\xFE\xFF");
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("UTF-16 LE") << le << int(TextEncoding::Utf16);
    QTest::newRow("UTF-16 BE") << be << int(TextEncoding::Utf16);
    // Not UTF-8 anywhere: the code page's curly quotes (0x93 0x94), en dash (0x96), euro (0x80).
    QTest::newRow("Windows-1252") << QByteArray("R\xEDo Seco \x93North\x94 \x96 \x80"
                                                "5\n")
                                  << int(TextEncoding::Windows1252);
    // UTF-8 for most of a long file, then one Windows-1252 byte: the whole file is Windows-1252.
    QTest::newRow("Windows-1252 late") << QByteArray("x\n").repeated(1 << 20) +
                    QByteArray("R\xEDo Seco \x93North\x94 \x96 \x80"
                               "5\n") << int(TextEncoding::Windows1252);
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QCOMPARE(int(reader.encoding()), encoding);
    QStringList fields;
    while (reader.readRecord(fields) && fields.first().startsWith(u'x')) {
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorText()));
    QCOMPARE(fields, QStringList{QString::fromUtf8("R\u00edo Seco \u201cNorth\u201d \u2013 \u20ac5")});
    QVERIFY(!reader.readRecord(fields));
    QCOMPARE(reader.bytesConsumed(), qint64(bytes.size()));
}

void TestCsvReader::refusesUnclosedQuote()
{
    QString error;
    readAll(QByteArray("a,b\n\"open,1\n2,3\n"), &error);
    QVERIFY2(error.contains(QLatin1StringView("line 2")), qPrintable(error));
}

void TestCsvReader::readsAcrossChunks()
{
    // Far more than one read chunk, with a quoted field straddling the boundaries.
    QByteArray bytes("name,notes\n");
    for (int i = 0; i < 60000; ++i)
        bytes += "agency " + QByteArray::number(i) + ",\"a, \"\"quoted\"\"\nnote\"\n";
    const Records records = readAll(bytes);
    QCOMPARE(records.size(), 60001);
    QCOMPARE(records.last(), (QStringList{QStringLiteral("agency 59999"), QStringLiteral("a, \"quoted\"\nnote")}));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
