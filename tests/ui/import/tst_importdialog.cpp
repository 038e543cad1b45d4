#include "scratchfolder.h"
#include "testdatabase.h"
#include "xlsxfixture.h"

#include "ui/import/columnmappingmodel.h"
#include "ui/import/importchangemodel.h"
#include "ui/import/importdialog.h"

#include "db/import/reportcolumns.h"
#include "db/import/reportimporter.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace cac;

// The import dialog reads a workbook's sheet or a CSV file's encoding as the user chooses,
// previews what will be read, checks all of it, and imports what was chosen.
class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void chosenSheetIsPreviewedCheckedAndImported();
    void csvShowsTheEncodingRead();
    void repeatedRowsAreCounted();
    void columnsAreGuessedChosenAndRemembered();
    void severalFilesShowTheirChangesAndImportAsOne();

private:
    ScratchFolder m_dir;
};

static QStringList sheetRows(const char *ori, const char *year, const QString &agency)
{
    using X = XlsxFixture;
    return {X::row(1, {X::text("A1", QStringLiteral("Reports received"))}),
            X::row(3,
                   {X::text("A3", QStringLiteral("ORI")), X::text("B3", QStringLiteral("Year")),
                    X::text("C3", QStringLiteral("Agency"))}),
            X::row(4,
                   {X::text("A4", QString::fromLatin1(ori)), X::number("B4", QString::fromLatin1(year)), X::text("C4", agency)})};
}

void TestImportDialog::chosenSheetIsPreviewedCheckedAndImported()
{
    XlsxFixture book;
    book.addSheet(QStringLiteral("Read me"), {XlsxFixture::row(1, {XlsxFixture::text("A1", QStringLiteral("Notes"))})});
    book.addSheet(QStringLiteral("2018"), sheetRows("CA0000001", "2018", QStringLiteral("Alpha Police")));
    book.addSheet(QStringLiteral("2019"), sheetRows("CA0000002", "2019", QStringLiteral("Bravo Police")));
    const QString file = m_dir.filePath(QStringLiteral("book.xlsx"));
    QVERIFY(book.write(file));
    TestDatabase t;
    ImportDialog dialog(t.database(), {file});
    dialog.show();
    QComboBox *sheets = dialog.sheetChooser();
    QVERIFY(sheets->isVisible());
    QCOMPARE(sheets->count(), 4);
    // By default both sheets with the header row are read, as one table; the first is previewed.
    QCOMPARE(sheets->currentText(), QStringLiteral("All 2 sheets like \"2018\""));
    QAbstractItemModelTester tester(dialog.preview());
    // The preview's header is the header row, below the title.
    QCOMPARE(dialog.preview()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("ORI"));
    QCOMPARE(dialog.preview()->index(0, 2).data().toString(), QStringLiteral("Alpha Police"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.importButton()->isEnabled(), 30000);
    QVERIFY2(dialog.summaryLabel()->text().contains(QLatin1StringView("2 new reports")),
             qPrintable(dialog.summaryLabel()->text()));

    QCOMPARE(sheets->itemText(3), QStringLiteral("2019"));
    sheets->setCurrentIndex(3);
    emit sheets->activated(3);
    QCOMPARE(sheets->currentText(), QStringLiteral("2019"));
    QCOMPARE(dialog.preview()->index(0, 2).data().toString(), QStringLiteral("Bravo Police"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.importButton()->isEnabled(), 30000);
    QVERIFY2(dialog.summaryLabel()->text().contains(QLatin1StringView("1 new report,")),
             qPrintable(dialog.summaryLabel()->text()));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
    QCOMPARE(t.scalar(QStringLiteral("SELECT group_concat(ori || ' ' || name) FROM agency")).toString(),
             QStringLiteral("CA0000002 Bravo Police"));
}

void TestImportDialog::csvShowsTheEncodingRead()
{
    const QString file = m_dir.write("cp1252.csv", "ori,year,agency\nCA0000003,2019,R\xEDo Seco Police\n");
    TestDatabase t;
    ImportDialog dialog(t.database(), {file});
    dialog.show();
    QVERIFY(!dialog.sheetChooser()->isVisible());
    QVERIFY(dialog.findChild<QLabel *>() != nullptr);
    bool said = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        said = said || label->text() == QStringLiteral("CSV, Windows-1252");
    QVERIFY(said);
    QCOMPARE(dialog.preview()->index(0, 2).data().toString(), QStringLiteral("R\u00edo Seco Police"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.importButton()->isEnabled(), 30000);
}

// Rows that repeat an earlier row exactly are skipped, and the counts say so: otherwise the
// file's rows and the reports counted would not add up.
void TestImportDialog::repeatedRowsAreCounted()
{
    const QString file =
            m_dir.write("repeated.csv",
                        "ori,year,agency,investigations\nCA0000003,2019,Rio Seco Police,2\nCA0000003,2019,Rio Seco Police,2\n");
    TestDatabase t;
    ImportDialog dialog(t.database(), {file});
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.importButton()->isEnabled(), 30000);
    const QString summary = dialog.summaryLabel()->text();
    QVERIFY2(summary.contains(QLatin1StringView("2 rows: 1 new report,")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1StringView("1 row repeated an earlier row exactly and was skipped")), qPrintable(summary));
}

void TestImportDialog::columnsAreGuessedChosenAndRemembered()
{
    const QString file =
            m_dir.write("codes.csv", "Code,Agency Name,Yr,Shoe\nCA0000005,Echo Police,2019,9\nCA0000006,Fox Police,2019,10\n");
    TestDatabase t;
    ImportDialog dialog(t.database(), {file});
    dialog.show();
    ColumnMappingModel *columns = dialog.columns();
    QAbstractItemModelTester tester(columns);
    QCOMPARE(columns->rowCount(), 4);
    const auto readAs = [columns](int row) { return columns->index(row, ColumnMappingModel::Field).data().toString(); };
    QCOMPARE(readAs(0), QStringLiteral("ori (guessed from the values)"));
    QCOMPARE(readAs(1), QStringLiteral("agency"));
    QCOMPARE(readAs(2), QStringLiteral("year (guessed from the values)"));
    QCOMPARE(readAs(3), QStringLiteral("(not read)"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.importButton()->isEnabled(), 30000);
    if (qEnvironmentVariableIsSet("CAC_SCREENSHOT_DIR")) // to look at by hand
        dialog.grab().save(qEnvironmentVariable("CAC_SCREENSHOT_DIR") + QStringLiteral("/import-dialog.png"));
    // The user leaves "Shoe" out: checked again, then imported, and the choice remembered.
    QVERIFY(columns->setData(columns->index(3, ColumnMappingModel::Field), ColumnMapping::Ignored));
    QCOMPARE(readAs(3), QStringLiteral("(ignored)"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.importButton()->isEnabled(), 30000);
    QVERIFY2(dialog.summaryLabel()->text().contains(QLatin1StringView("2 new reports")),
             qPrintable(dialog.summaryLabel()->text()));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
    QCOMPARE(t.scalar(QStringLiteral("SELECT group_concat(ori) FROM agency")).toString(), QStringLiteral("CA0000005,CA0000006"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT mapping FROM import_column_mapping")).toString(),
             QStringLiteral("{\"code\":\"ori\",\"shoe\":null,\"yr\":\"year\"}"));
    // The next dialog on a file with these headers reads them the same way, without guessing.
    ImportDialog again(t.database(), {file});
    QCOMPARE(again.columns()->index(0, ColumnMappingModel::Field).data().toString(), QStringLiteral("ori"));
    QCOMPARE(again.columns()->index(3, ColumnMappingModel::Field).data().toString(), QStringLiteral("(ignored)"));
}

void TestImportDialog::severalFilesShowTheirChangesAndImportAsOne()
{
    const auto write = [this](const char *name, const QByteArray &bytes) { return m_dir.write(name, bytes); };
    const QString first = write("first.csv", "ori,year,agency,investigations\nCA0000007,2019,Golf Police,2\n");
    TestDatabase t;
    QVERIFY(ReportImporter(t.database()).importFile(first, {}).succeeded());
    QSqlQuery correction(t.connection()); // a correction made in the program
    QVERIFY(correction.exec(QStringLiteral("UPDATE misuse_report SET investigations = 3")));
    const QString again = write("again.csv", "ori,year,agency,investigations\nCA0000007,2019,Golf Police,4\n");
    const QString more = write("more.xlsx", QByteArray());
    XlsxFixture book;
    book.addSheet(QStringLiteral("Reports"), sheetRows("CA0000008", "2019", QStringLiteral("Hotel Police")));
    QVERIFY(book.write(more));
    ImportDialog dialog(t.database(), {again, more});
    dialog.show();
    QVERIFY(dialog.fileChooser()->isVisible());
    QVERIFY(!dialog.sheetChooser()->isVisible()); // each file's sheet is found from it
    QCOMPARE(dialog.preview()->index(0, 2).data().toString(), QStringLiteral("Golf Police"));
    dialog.fileChooser()->setCurrentIndex(1);
    emit dialog.fileChooser()->activated(1);
    QCOMPARE(dialog.preview()->index(0, 2).data().toString(), QStringLiteral("Hotel Police"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.importButton()->isEnabled(), 30000);
    const QString summary = dialog.summaryLabel()->text();
    QVERIFY2(summary.contains(QLatin1StringView("1 new report, 1 changed")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1StringView("corrected by hand")), qPrintable(summary));
    ImportChangeModel *changes = dialog.changes();
    QAbstractItemModelTester tester(changes);
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->index(0, ImportChangeModel::Figure).data().toString(), QStringLiteral("investigations"));
    QCOMPARE(changes->index(0, ImportChangeModel::Before).data().toString(), QStringLiteral("3"));
    QCOMPARE(changes->index(0, ImportChangeModel::After).data().toString(), QStringLiteral("4"));
    QVERIFY(changes->index(0, ImportChangeModel::Correction)
                    .data()
                    .toString()
                    .startsWith(QLatin1StringView("corrected by hand by ")));
    if (qEnvironmentVariableIsSet("CAC_SCREENSHOT_DIR")) // to look at by hand
        dialog.grab().save(qEnvironmentVariable("CAC_SCREENSHOT_DIR") + QStringLiteral("/import-dialog-changes.png"));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
    QCOMPARE(t.scalar(QStringLiteral("SELECT group_concat(ori || ' ' || investigations, ', ') FROM v_report")).toString(),
             QStringLiteral("CA0000007 4"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM v_report")).toInt(), 2);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
