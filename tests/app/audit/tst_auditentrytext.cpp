// An audit entry as a person reads it: only what changed, unknown as "—", values in full in
// the details and cut short in the one-line summary.
#include "app/audit/auditentrytext.h"
#include "app/format/displaytext.h"

#include <QTest>

using namespace cac;

class TestAuditEntryText : public QObject
{
    Q_OBJECT
private slots:
    void anUpdateShowsOnlyWhatChanged();
    void anInsertShowsWhatItSetAndADeleteWhatThereWas();
    void longValuesAreCutInTheSummaryOnly();
    void kindsAndActionsReadAsWords();
    void whoIsTheServersRoleWithTheOsUser();
    void aServersCountOfABulkLoadReadsAsWords();
};

namespace {
AuditLogStore::Entry entry(const QString &action, const QString &before, const QString &after)
{
    AuditLogStore::Entry e;
    e.tableName = QStringLiteral("misuse_report");
    e.action = action;
    e.oldValues = before;
    e.newValues = after;
    return e;
}
} // namespace

void TestAuditEntryText::anUpdateShowsOnlyWhatChanged()
{
    const auto e = entry(QStringLiteral("update"), QStringLiteral(R"({"id":4,"filed":0,"investigations":null,"notes":"x"})"),
                         QStringLiteral(R"({"id":4,"filed":1,"investigations":4,"notes":"x"})"));
    const QList<AuditEntryText::Change> changes = AuditEntryText::changes(e);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).field, QStringLiteral("filed"));
    QCOMPARE(changes.at(1).before, DisplayText::Unknown);
    QCOMPARE(AuditEntryText::summary(e), QStringLiteral("filed: 0 \u2192 1; investigations: 4"));
    const auto blanked =
            entry(QStringLiteral("update"), QStringLiteral(R"({"pending":2})"), QStringLiteral(R"({"pending":null})"));
    QCOMPARE(AuditEntryText::summary(blanked), QStringLiteral("pending: 2 \u2192 \u2014"));
}

void TestAuditEntryText::anInsertShowsWhatItSetAndADeleteWhatThereWas()
{
    const auto added = entry(QStringLiteral("insert"), QString(), QStringLiteral(R"({"id":9,"year":2024,"notes":null})"));
    QCOMPARE(AuditEntryText::summary(added), QStringLiteral("year: 2024"));
    const auto removed = entry(QStringLiteral("delete"), QStringLiteral(R"({"id":9,"year":2024,"notes":null})"), QString());
    QCOMPARE(AuditEntryText::summary(removed), QStringLiteral("year: 2024 \u2192 \u2014"));
    // An action's details (an import) read like an insert.
    const auto imported = entry(QStringLiteral("import"), QString(), QStringLiteral(R"({"file":"2024.csv","rows":12})"));
    QCOMPARE(AuditEntryText::summary(imported), QStringLiteral("file: 2024.csv; rows: 12"));
}

void TestAuditEntryText::longValuesAreCutInTheSummaryOnly()
{
    const QString body = QString(200, u'a');
    const auto e = entry(QStringLiteral("insert"), QString(), QStringLiteral(R"({"body":"%1"})").arg(body));
    QVERIFY(AuditEntryText::summary(e).size() < 80);
    QVERIFY(AuditEntryText::summary(e).endsWith(QChar(0x2026)));
    QVERIFY(AuditEntryText::details(e).contains(body));
    // Short values read first, and what the list shows beside (the agency, who, when) last.
    const auto added = entry(QStringLiteral("insert"), QString(),
                             QStringLiteral(R"({"agency_id":3,"body":"%1","kind":"censure"})").arg(body));
    QVERIFY(AuditEntryText::summary(added).startsWith(QStringLiteral("kind: censure; body: aaa")));
    QVERIFY(AuditEntryText::summary(added).endsWith(QStringLiteral("; agency_id: 3")));
}

void TestAuditEntryText::kindsAndActionsReadAsWords()
{
    QCOMPARE(AuditEntryText::recordKind(QStringLiteral("meeting_agency")), QStringLiteral("Agenda"));
    QCOMPARE(AuditEntryText::recordKind(QStringLiteral("a_later_table")), QStringLiteral("a_later_table"));
    QCOMPARE(AuditEntryText::action(QStringLiteral("update")), QStringLiteral("Changed"));
    QCOMPARE(AuditEntryText::action(QStringLiteral("restore")), QStringLiteral("restore"));
}

void TestAuditEntryText::whoIsTheServersRoleWithTheOsUser()
{
    AuditLogStore::Entry e = entry(QStringLiteral("update"), QString(), QString());
    QCOMPARE(AuditEntryText::who(e), DisplayText::Unknown); // another program's write to a file
    e.osUser = QStringLiteral("asmith");
    QCOMPARE(AuditEntryText::who(e), QStringLiteral("asmith")); // a file
    e.dbRole = QStringLiteral("ana");
    QCOMPARE(AuditEntryText::who(e), QStringLiteral("ana (asmith)")); // a server: the login it checked
    e.osUser.clear();
    QCOMPARE(AuditEntryText::who(e), QStringLiteral("ana")); // another program on a server
    QCOMPARE(AuditEntryText::action(QStringLiteral("bulk load")), QStringLiteral("Loaded in bulk"));
}

void TestAuditEntryText::aServersCountOfABulkLoadReadsAsWords()
{
    const AuditLogStore::Entry e = entry(QStringLiteral("import"), QString(),
                                         QStringLiteral("{\"file\": \"r.csv\", \"loaded\": {\"agency\": {\"ids\": [[1, 2000]], "
                                                        "\"inserted\": 2000}, \"misuse_report\": {\"ids\": [[1, 5], [9, 12]], "
                                                        "\"inserted\": 9}, \"meta\": {\"inserted\": 1}}}"));
    QCOMPARE(AuditEntryText::details(e),
             QStringLiteral("file: r.csv\nloaded: Agency: 2000 added (ids 1\u20132000); File: 1 added; "
                            "Report: 9 added (ids 1\u20135, 9\u201312)"));
}

QTEST_GUILESS_MAIN(TestAuditEntryText)
#include "tst_auditentrytext.moc"
