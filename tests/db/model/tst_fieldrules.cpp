#include "db/model/fieldrules.h"

#include <QTest>

using namespace cac;

class TestFieldRules : public QObject
{
    Q_OBJECT
private slots:
    void count_data();
    void count();
    void violations_data();
    void violations();
    void filed_data();
    void filed();
    void date_data();
    void date();
    void ori_data();
    void ori();
    void year_data();
    void year();
    void agencyKind();
    void formulaGuard_data();
    void formulaGuard();
};

// expected: -1 unknown, -2 refused, else the value
void TestFieldRules::count_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("plain") << QStringLiteral("12") << 12;
    QTest::newRow("spaces") << QStringLiteral("  7 ") << 7;
    QTest::newRow("zero") << QStringLiteral("0") << 0;
    QTest::newRow("thousands") << QStringLiteral("1,250") << 1250;
    QTest::newRow("millions") << QStringLiteral("2,400,000") << 2400000;
    QTest::newRow("blank") << QString() << -1;
    QTest::newRow("N/A") << QStringLiteral("N/A") << -1;
    QTest::newRow("n/a") << QStringLiteral("n/a") << -1;
    QTest::newRow("dash") << QStringLiteral("-") << -1;
    QTest::newRow("unknown") << QStringLiteral("Unknown") << -1;
    QTest::newRow("negative") << QStringLiteral("-3") << -2;
    QTest::newRow("text") << QStringLiteral("twelve") << -2;
    QTest::newRow("decimal") << QStringLiteral("2.5") << -2;
    QTest::newRow("bad grouping") << QStringLiteral("12,50") << -2;
    QTest::newRow("too large") << QStringLiteral("99999999999") << -2;
}

void TestFieldRules::count()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const FieldValue<int> v = FieldRules::count(text);
    if (expected == -2) {
        QVERIFY(!v.ok());
        QVERIFY(!v.error.isEmpty());
    } else if (expected == -1) {
        QVERIFY(v.ok());
        QVERIFY(!v.value.has_value());
    } else {
        QVERIFY(v.ok());
        QCOMPARE(*v.value, expected);
    }
}

void TestFieldRules::violations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("low");
    QTest::addColumn<int>("high");
    QTest::addColumn<bool>("ok");
    QTest::newRow("single") << QStringLiteral("38") << 38 << 38 << true;
    QTest::newRow("range") << QStringLiteral("15-25") << 15 << 25 << true;
    QTest::newRow("spaced range") << QStringLiteral("15 - 25") << 15 << 25 << true;
    QTest::newRow("en dash") << QStringLiteral("15–25") << 15 << 25 << true;
    QTest::newRow("thousands range") << QStringLiteral("1,000-1,250") << 1000 << 1250 << true;
    QTest::newRow("low above high") << QStringLiteral("25-15") << 0 << 0 << false;
    QTest::newRow("negative") << QStringLiteral("-4") << 0 << 0 << false;
    QTest::newRow("half range") << QStringLiteral("15-") << 0 << 0 << false;
    QTest::newRow("words") << QStringLiteral("about 15") << 0 << 0 << false;
}

void TestFieldRules::violations()
{
    QFETCH(QString, text);
    QFETCH(int, low);
    QFETCH(int, high);
    QFETCH(bool, ok);
    const FieldValue<ViolationRange> v = FieldRules::violations(text);
    QCOMPARE(v.ok(), ok);
    if (ok) {
        QCOMPARE(v.value->low, low);
        QCOMPARE(v.value->high, high);
    }
}

void TestFieldRules::filed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 1 yes, 0 no, -1 unknown, -2 refused
    for (const char *y : {"yes", "Y", "TRUE", "1", "Yes"})
        QTest::newRow(y) << QString::fromLatin1(y) << 1;
    for (const char *n : {"no", "n", "False", "0"})
        QTest::newRow(n) << QString::fromLatin1(n) << 0;
    QTest::newRow("blank") << QString() << -1;
    QTest::newRow("maybe") << QStringLiteral("maybe") << -2;
}

void TestFieldRules::filed()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const FieldValue<bool> v = FieldRules::filed(text);
    if (expected == -2)
        QVERIFY(!v.ok());
    else if (expected == -1)
        QVERIFY(v.ok() && !v.value);
    else
        QCOMPARE(int(*v.value), expected);
}

void TestFieldRules::date_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("iso") << QStringLiteral("2019-03-01") << QDate(2019, 3, 1);
    QTest::newRow("us") << QStringLiteral("3/1/2019") << QDate(2019, 3, 1);
    QTest::newRow("us padded") << QStringLiteral("03/01/2019") << QDate(2019, 3, 1);
    QTest::newRow("no such day") << QStringLiteral("2019-02-30") << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("3/1/19") << QDate();
    QTest::newRow("words") << QStringLiteral("March 1") << QDate();
}

void TestFieldRules::date()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const FieldValue<QDate> v = FieldRules::date(text);
    if (expected.isValid())
        QCOMPARE(*v.value, expected);
    else
        QVERIFY(!v.ok());
}

void TestFieldRules::ori_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("upper") << QStringLiteral("CA0010900") << QStringLiteral("CA0010900");
    QTest::newRow("lower, spaced") << QStringLiteral(" ca019420a ") << QStringLiteral("CA019420A");
    QTest::newRow("short") << QStringLiteral("CA001090") << QString();
    QTest::newRow("other state") << QStringLiteral("NV0010900") << QString();
    QTest::newRow("punctuation") << QStringLiteral("CA00-1090") << QString();
    QTest::newRow("blank") << QString() << QString();
}

void TestFieldRules::ori()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const FieldValue<QString> v = FieldRules::ori(text);
    if (expected.isEmpty())
        QVERIFY(!v.ok());
    else
        QCOMPARE(*v.value, expected);
}

void TestFieldRules::year_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("2018") << QStringLiteral("2018") << true;
    QTest::newRow("1990") << QStringLiteral("1990") << true;
    QTest::newRow("1989") << QStringLiteral("1989") << false;
    QTest::newRow("2101") << QStringLiteral("2101") << false;
    QTest::newRow("blank") << QString() << false;
    QTest::newRow("text") << QStringLiteral("FY18") << false;
}

void TestFieldRules::year()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QCOMPARE(FieldRules::year(text).ok(), ok);
}

void TestFieldRules::agencyKind()
{
    QCOMPARE(*FieldRules::agencyKind(QStringLiteral("County sheriff")).value, QStringLiteral("sheriff"));
    QCOMPARE(*FieldRules::agencyKind(QStringLiteral("municipal-police")).value, QStringLiteral("municipal_police"));
    QVERIFY(!FieldRules::agencyKind(QStringLiteral("space force")).ok());
    QVERIFY(!FieldRules::agencyKind(QString()).value.has_value());
}

void TestFieldRules::formulaGuard_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("guarded");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("'=HYPERLINK(\"x\")");
    QTest::newRow("plus") << QStringLiteral("+1 555") << QStringLiteral("'+1 555");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("minus text") << QStringLiteral("-cmd") << QStringLiteral("'-cmd");
    QTest::newRow("negative number") << QStringLiteral("-3") << QStringLiteral("-3");
    QTest::newRow("plain") << QStringLiteral("Río Seco") << QStringLiteral("Río Seco");
    QTest::newRow("range") << QStringLiteral("15-25") << QStringLiteral("15-25");
    QTest::newRow("already quoted") << QStringLiteral("'=x") << QStringLiteral("''=x");
}

void TestFieldRules::formulaGuard()
{
    QFETCH(QString, cell);
    QFETCH(QString, guarded);
    QCOMPARE(FieldRules::withFormulaGuard(cell), guarded);
    QCOMPARE(FieldRules::withoutFormulaGuard(guarded), cell);
}

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
