// How the program writes what it shows: unknown, dates in prose, and times kept in UTC shown in
// local time in the user's locale.

#include "app/format/displaytext.h"

#include <QTest>

#include <ctime>

using namespace cac;

class TestDisplayText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void unknownIsOneMark();
    void datesInProseReadOneWay();
    void utcTimesShowInLocalTime();
};

void TestDisplayText::initTestCase()
{
    qputenv("TZ", "America/Los_Angeles"); // where the committee sits
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDisplayText::unknownIsOneMark()
{
    QCOMPARE(DisplayText::orUnknown(QString()), QStringLiteral("—"));
    QCOMPARE(DisplayText::orUnknown(QStringLiteral("Plumas")), QStringLiteral("Plumas"));
    QCOMPARE(DisplayText::longDate(QDate()), QStringLiteral("—"));
}

void TestDisplayText::datesInProseReadOneWay()
{
    QCOMPARE(DisplayText::longDate(QDate(2020, 6, 2)), QStringLiteral("June 2, 2020"));
}

void TestDisplayText::utcTimesShowInLocalTime()
{
    // 20:05 UTC on November 30 is 12:05 in California (PST, UTC-8).
    const QString shown = DisplayText::localTime(QStringLiteral("2026-11-30T20:05:52Z"));
    QVERIFY2(shown.contains(QStringLiteral("12:05")) && shown.contains(QStringLiteral("PM")), qPrintable(shown));
    QVERIFY2(!shown.contains(u'T') && !shown.contains(QStringLiteral("20:05")), qPrintable(shown));
    QCOMPARE(DisplayText::longDateTime(QStringLiteral("2026-11-30T20:05:52Z")), QStringLiteral("November 30, 2026, 12:05"));
    QCOMPARE(DisplayText::localTime(QStringLiteral("not a time")), QStringLiteral("not a time"));
    QCOMPARE(DisplayText::localTime(QString()), QStringLiteral("—"));
}

QTEST_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
