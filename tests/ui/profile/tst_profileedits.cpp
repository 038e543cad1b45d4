// Edits made in the agency profile are written only over what the reviewer saw: every cell and
// field sends the value it showed, the document compares it in the UPDATE, and a value someone
// else changed since is refused with who changed it, kept, and shown. Run on a file and a server.
#include "testdatabase.h"

#include "app/demo/demodatainstaller.h"
#include "app/editing/reviewdocument.h"
#include "app/metrics/agencyprofileloader.h"
#include "ui/profile/agencyprofileview.h"
#include "ui/profile/contacttablemodel.h"
#include "ui/profile/reporttablemodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace cac;

class TestProfileEdits : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyReportCellTakesAnEdit();
    void everyContactCellTakesAnEdit();
    void aCellChangedSinceItWasShownIsRefused();
    void aFieldChangedSinceItWasShownIsRefused();
    void notesTypedAreKeptThroughAReloadAndARefusal();
    void aReaderWhoMayNotCorrectIsToldWhy();
    void aCellBeingEditedKeepsItsTypingThroughAReload();

private:
    qint64 agencyWithReports() const
    {
        return m_t->scalar(QStringLiteral("SELECT min(agency_id) FROM misuse_report WHERE notes IS NOT NULL")).toLongLong();
    }
    AgencyProfile profile(qint64 agencyId) const
    {
        const Result<AgencyProfile> loaded = AgencyProfileLoader(m_t->connection()).load(agencyId);
        if (!loaded.ok())
            qFatal("%s", qPrintable(loaded.error()));
        return loaded.value();
    }
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<ReviewDocument> m_document;
};

void TestProfileEdits::init()
{
    m_t = std::make_unique<TestDatabase>();
    DemoOptions few;
    few.agencies = 12;
    QVERIFY(DemoDataInstaller(m_t->database()).install(few).ok());
    m_document = std::make_unique<ReviewDocument>(m_t->database());
}

void TestProfileEdits::cleanup()
{
    m_document.reset();
    m_t.reset();
}

// A cell's value as shown must read back as the value stored, in every column, or an edit of
// it would be refused as if someone had changed it (yes/no translated, a range, a date, a blank).
void TestProfileEdits::everyReportCellTakesAnEdit()
{
    ReportTableModel model;
    model.setDocument(m_document.get());
    model.setReports(profile(agencyWithReports()).reports);
    QSignalSpy refused(&model, &ReportTableModel::editRefused);
    int edited = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 1; column < model.columnCount(); ++column) {
            const QModelIndex cell = model.index(row, column);
            if (!(model.flags(cell) & Qt::ItemIsEditable))
                continue;
            const QString field = ReportTableModel::fieldOf(column);
            const QString now = model.data(cell, Qt::EditRole).toString();
            QString next = now == u"7" ? QStringLiteral("8") : QStringLiteral("7");
            if (field == u"filed")
                next = model.data(cell, Qt::DisplayRole).toString() == u"yes" ? QStringLiteral("no") : QStringLiteral("yes");
            else if (field == u"filed_date")
                next = now == u"2020-01-02" ? QStringLiteral("2020-01-03") : QStringLiteral("2020-01-02");
            else if (field == u"violations")
                next = now == u"3-4" ? QStringLiteral("5") : QStringLiteral("3-4");
            else if (field == u"notes")
                next = now + QStringLiteral(" (checked)");
            QVERIFY2(model.setData(cell, next),
                     qPrintable(QStringLiteral("%1 in row %2: %3")
                                        .arg(field)
                                        .arg(row)
                                        .arg(refused.isEmpty() ? QString() : refused.last().at(2).toString())));
            ++edited;
        }
    }
    QVERIFY(edited > 100);
    QCOMPARE(refused.count(), 0);
}

void TestProfileEdits::everyContactCellTakesAnEdit()
{
    const qint64 agency = m_t->scalar(QStringLiteral("SELECT min(agency_id) FROM contact")).toLongLong();
    QVERIFY(agency > 0);
    // A blank stored as empty text rather than NULL (another program's way) is still the blank shown.
    QVERIFY(m_t->asAnotherProgram({QStringLiteral("UPDATE contact SET role = '' WHERE agency_id = %1").arg(agency)}));
    ContactTableModel model;
    model.setDocument(m_document.get());
    model.setContacts(profile(agency).contacts);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex cell = model.index(row, column);
            const QString next = column == 3 ? QStringLiteral("someone%1@example.org").arg(row)
                                             : model.data(cell, Qt::EditRole).toString() + QStringLiteral(" 2");
            QVERIFY2(model.setData(cell, next), qPrintable(QStringLiteral("column %1 of row %2").arg(column).arg(row)));
        }
    }
}

void TestProfileEdits::aCellChangedSinceItWasShownIsRefused()
{
    const qint64 agency = agencyWithReports();
    ReportTableModel model;
    model.setDocument(m_document.get());
    model.setReports(profile(agency).reports);
    int row = 0;
    while (row < model.rowCount() && !(model.flags(model.index(row, 3)) & Qt::ItemIsEditable))
        ++row;
    const QModelIndex investigations = model.index(row, 3);
    QCOMPARE(ReportTableModel::fieldOf(3), QStringLiteral("investigations"));
    const qint64 report =
            m_t->scalar(QStringLiteral("SELECT id FROM misuse_report WHERE agency_id = %1 ORDER BY year LIMIT 1 OFFSET %2")
                                .arg(agency)
                                .arg(row))
                    .toLongLong();
    QVERIFY(m_t->asAnotherProgram({QStringLiteral("UPDATE misuse_report SET investigations = 4321 WHERE id = %1").arg(report)}));

    QSignalSpy refused(&model, &ReportTableModel::editRefused);
    QSignalSpy reload(m_document.get(), &ReviewDocument::agencyChanged);
    QVERIFY(!model.setData(investigations, QStringLiteral("17")));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT investigations FROM misuse_report WHERE id = %1").arg(report)).toInt(), 4321);
    QCOMPARE(refused.count(), 1);
    const QString reason = refused.first().at(2).toString();
    QVERIFY2(reason.contains(QStringLiteral("was not made:")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("investigations is now \u201c4321\u201d")), qPrintable(reason));
    // A file's audit triggers are this program's; a server's log every program by its role.
    QVERIFY2(reason.contains(m_t->onServer() ? QStringLiteral("as database role") : QStringLiteral("another program")),
             qPrintable(reason));
    QCOMPARE(reload.count(), 1);
    QCOMPARE(reload.first().first().toLongLong(), agency);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestProfileEdits::aFieldChangedSinceItWasShownIsRefused()
{
    const qint64 agency = agencyWithReports();
    AgencyProfileView view;
    view.setDocument(m_document.get(), true);
    view.showAgency(agency);
    auto *county = view.findChild<QLineEdit *>(QStringLiteral("county"));
    QVERIFY(county);
    // Another reviewer corrects the county while this one has the profile open.
    ReviewDocument otherWindow(m_t->database());
    QCOMPARE(otherWindow.editAgency(agency, QStringLiteral("county"), QStringLiteral("Alpine"), county->text()).error(),
             QString());
    county->selectAll();
    QTest::keyClicks(county, QStringLiteral("Modoc"));
    QTest::keyClick(county, Qt::Key_Return);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT county FROM agency WHERE id = %1").arg(agency)).toString(),
             QStringLiteral("Alpine"));
    QCOMPARE(county->text(), QStringLiteral("Alpine")); // reloaded: what is stored now
    const QString message = view.messageLabel()->text();
    QVERIFY2(message.contains(QStringLiteral("county is now \u201cAlpine\u201d")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Changed by ")), qPrintable(message));
    // Now seen, the reviewer's own value can be made.
    county->selectAll();
    QTest::keyClicks(county, QStringLiteral("Modoc"));
    QTest::keyClick(county, Qt::Key_Return);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT county FROM agency WHERE id = %1").arg(agency)).toString(),
             QStringLiteral("Modoc"));
}

void TestProfileEdits::notesTypedAreKeptThroughAReloadAndARefusal()
{
    const qint64 agency = agencyWithReports();
    AgencyProfileView view;
    view.setDocument(m_document.get(), true);
    view.showAgency(agency);
    auto *notes = view.findChild<QPlainTextEdit *>(QStringLiteral("notes"));
    auto *save = view.findChild<QPushButton *>(QStringLiteral("save_notes"));
    QVERIFY(notes && save);
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, QStringLiteral("Called the chief; audit due in March."));
    const QString typed = notes->toPlainText();
    // Someone else writes the notes, and another window's edit reloads this profile.
    ReviewDocument otherWindow(m_t->database());
    QCOMPARE(otherWindow.editAgency(agency, QStringLiteral("notes"), QStringLiteral("Letter sent.")).error(), QString());
    QCOMPARE(m_document->editAgency(agency, QStringLiteral("sworn_staff"), QStringLiteral("41")).error(), QString());
    QCOMPARE(notes->toPlainText(), typed); // the reload kept what is being typed

    save->click(); // refused: the notes changed since they were shown
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT notes FROM agency WHERE id = %1").arg(agency)).toString(),
             QStringLiteral("Letter sent."));
    QCOMPARE(notes->toPlainText(), typed);
    QVERIFY2(view.messageLabel()->text().contains(QStringLiteral("Letter sent.")), qPrintable(view.messageLabel()->text()));

    save->click(); // seen now: the reviewer's text replaces it
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT notes FROM agency WHERE id = %1").arg(agency)).toString(), typed);
}

void TestProfileEdits::aReaderWhoMayNotCorrectIsToldWhy()
{
    if (m_t->onServer())
        QSKIP("a server's roles are tried in tst_serversetup; here a file made read-only");
    AgencyProfileView view;
    view.setDocument(m_document.get(), true);
    auto *hint = view.findChild<QLabel *>(QStringLiteral("report_hint"));
    QVERIFY(hint);
    QVERIFY2(hint->text().startsWith(QStringLiteral("Double-click")), qPrintable(hint->text()));

    m_document.reset();
    m_t->close();
    QVERIFY(QFile::setPermissions(m_t->path(), QFileDevice::ReadOwner));
    m_t->reopen();
    m_document = std::make_unique<ReviewDocument>(m_t->database());
    AgencyProfileView readOnly;
    readOnly.setDocument(m_document.get(), true);
    readOnly.showAgency(agencyWithReports());
    const QString told = readOnly.findChild<QLabel *>(QStringLiteral("report_hint"))->text();
    QVERIFY2(told.contains(QStringLiteral("read-only")) && !told.contains(QStringLiteral("Double-click")), qPrintable(told));
    QVERIFY(!(readOnly.reportTable()->model()->flags(readOnly.reportTable()->model()->index(0, 3)) & Qt::ItemIsEditable));
}

void TestProfileEdits::aCellBeingEditedKeepsItsTypingThroughAReload()
{
    const qint64 agency = agencyWithReports();
    AgencyProfileView view;
    view.resize(1200, 800);
    view.setDocument(m_document.get(), true);
    view.show();
    view.showAgency(agency);
    QTableView *table = view.reportTable();
    int row = 0;
    while (row < table->model()->rowCount() && !(table->model()->flags(table->model()->index(row, 3)) & Qt::ItemIsEditable))
        ++row;
    const QModelIndex cell = table->model()->index(row, 3); // investigations
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("4242"));
    // Another window changes the agency's pending count; this window hears of it (a server's
    // notice, or its own document) while the cell is open.
    ReviewDocument otherWindow(m_t->database());
    const qint64 report = m_t->scalar(QStringLiteral("SELECT id FROM misuse_report WHERE agency_id = %1 ORDER BY year "
                                                     "LIMIT 1 OFFSET %2")
                                              .arg(agency)
                                              .arg(row))
                                  .toLongLong();
    QCOMPARE(otherWindow.editReport(report, QStringLiteral("pending"), QStringLiteral("9")).error(), QString());
    emit m_document->agencyChanged(agency);
    QCoreApplication::processEvents();
    QVERIFY(table->viewport()->findChild<QLineEdit *>() == editor); // still open, still typed in
    QCOMPARE(editor->text(), QStringLiteral("4242"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->model()->data(cell).toString(), QLocale().toString(4242));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT investigations FROM misuse_report WHERE id = %1").arg(report)).toInt(), 4242);
    // and the reload that waited shows the other window's change
    QCOMPARE(table->model()->data(table->model()->index(row, 6)).toString(), QStringLiteral("9"));
}

QTEST_MAIN(TestProfileEdits)
#include "tst_profileedits.moc"
