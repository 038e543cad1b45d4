#include "db/engine/sqlscript.h"

#include <QTest>

using namespace cac;

class TestSqlScript : public QObject
{
    Q_OBJECT
private slots:
    void split_data();
    void split();
};

void TestSqlScript::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("two statements") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);")
                                    << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")};
    QTest::newRow("semicolon in a string") << QStringLiteral("INSERT INTO a VALUES ('x;y');")
                                           << QStringList{QStringLiteral("INSERT INTO a VALUES ('x;y')")};
    QTest::newRow("doubled quote") << QStringLiteral("INSERT INTO a VALUES ('it''s;');SELECT 1")
                                   << QStringList{QStringLiteral("INSERT INTO a VALUES ('it''s;')"), QStringLiteral("SELECT 1")};
    QTest::newRow("comments dropped") << QStringLiteral("-- a comment; with a semicolon\nSELECT 1; /* x; */ SELECT 2;")
                                      << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("trigger body") << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); "
                                                    "UPDATE b SET y = CASE WHEN y > 1 THEN 1 ELSE 2 END; END; SELECT 3;")
                                  << QStringList{
                                             QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); "
                                                            "UPDATE b SET y = CASE WHEN y > 1 THEN 1 ELSE 2 END; END"),
                                             QStringLiteral("SELECT 3")};
    QTest::newRow("transaction begin is no block")
            << QStringLiteral("BEGIN; SELECT 1; COMMIT;")
            << QStringList{QStringLiteral("BEGIN"), QStringLiteral("SELECT 1"), QStringLiteral("COMMIT")};
    QTest::newRow("identifier named like keyword")
            << QStringLiteral("SELECT ending, beginning FROM a; SELECT 2")
            << QStringList{QStringLiteral("SELECT ending, beginning FROM a"), QStringLiteral("SELECT 2")};
    QTest::newRow("empty") << QStringLiteral("  ;; \n") << QStringList{};
}

void TestSqlScript::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(SqlScript::split(script), statements);
}

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
