// The page rules every printed document follows: table rows never split across pages, table
// headers repeated, headings never alone at the bottom of a page, "DRAFT" on the pages of a draft.

#include "pagechecks.h"

#include "app/documents/documentbuilder.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextTable>

using namespace cac;

class TestPagedDocument : public QObject
{
    Q_OBJECT
private slots:
    void tableRowsStayWholeAndHeadersRepeat();
    void headingsAreNeverAloneAtAPageBottom();
    void headingBeforeATableKeepsItsFirstRow();
    void pageOfFollowsTheLayout();
};

namespace {

using PageChecks::pagesOf;
using PageChecks::tablesOf;

struct Device : PageChecks::Device
{
    Device() : PageChecks::Device(PagedDocument::letterPortrait(0.6)) {}
};

QString lines(int n, const QString &word)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("%1 line %2 of a cell that is long enough to wrap once or twice in its narrow column")
                        .arg(word)
                        .arg(i);
    return out.join(u'\n');
}

QTextTable *onlyTable(PagedDocument &document)
{
    const QList<QTextTable *> tables = tablesOf(document);
    return tables.isEmpty() ? nullptr : tables.first();
}

} // namespace

void TestPagedDocument::tableRowsStayWholeAndHeadersRepeat()
{
    PagedDocument document({QStringLiteral("Rows"), QString(), false});
    DocumentBuilder out(document);
    out.heading(QStringLiteral("A long table"), 1);
    DocumentBuilder::Table table;
    table.headers = {QStringLiteral("Agency"), QStringLiteral("Contact"), QStringLiteral("Why")};
    table.widthPercent = {30, 30, 40};
    for (int r = 0; r < 200; ++r)
        table.rows << QStringList{lines(1 + r % 3, QStringLiteral("agency")), lines(1 + r % 5, QStringLiteral("contact")),
                                  lines(1 + r % 4, QStringLiteral("why"))};
    out.table(table);
    Device device;
    const int pages = document.layOut(*device.pdf);
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    QSet<int> rowStarts;
    int bodyRows = 0;
    for (QTextTable *t : tablesOf(document)) {
        // Each page's piece of the table begins with the header.
        QCOMPARE(t->format().headerRowCount(), 1);
        QCOMPARE(t->cellAt(0, 0).firstCursorPosition().block().text(), QStringLiteral("Agency"));
        for (int row = 1; row < t->rows(); ++row) {
            QSet<int> pages;
            for (int c = 0; c < t->columns(); ++c) {
                const QTextTableCell cell = t->cellAt(row, c);
                pages += pagesOf(document, cell.firstCursorPosition().block());
                pages += pagesOf(document, cell.lastCursorPosition().block());
            }
            QVERIFY2(pages.size() == 1, qPrintable(QStringLiteral("row %1 is split over %2 pages").arg(row).arg(pages.size())));
            rowStarts += pages;
            ++bodyRows;
        }
    }
    QCOMPARE(bodyRows, 200);           // no row lost or doubled
    QCOMPARE(rowStarts.size(), pages); // every page holds rows
}

void TestPagedDocument::headingsAreNeverAloneAtAPageBottom()
{
    // A heading after 1, 2, ... paragraphs lands at every height of the page, the bottom included.
    for (int filler = 1; filler < 40; ++filler) {
        PagedDocument document({});
        DocumentBuilder out(document);
        for (int i = 0; i < filler; ++i)
            out.paragraph(lines(1, QStringLiteral("filler")));
        out.heading(QStringLiteral("Heading %1").arg(filler), 2);
        out.heading(QStringLiteral("Sub-heading"), 3);
        out.paragraph(lines(3, QStringLiteral("text")));
        Device device;
        document.layOut(*device.pdf);
        QTextBlock heading;
        for (QTextBlock b = document.document().begin(); b.isValid(); b = b.next()) {
            if (b.text().startsWith(QLatin1StringView("Heading")))
                heading = b;
        }
        QVERIFY(heading.isValid());
        const QSet<int> headingPages = pagesOf(document, heading);
        QCOMPARE(pagesOf(document, heading.next()), headingPages);
        QVERIFY2(pagesOf(document, heading.next().next()).contains(*headingPages.begin()),
                 qPrintable(QStringLiteral("after %1 paragraphs the text left its heading").arg(filler)));
    }
}

void TestPagedDocument::headingBeforeATableKeepsItsFirstRow()
{
    for (int filler = 20; filler < 40; ++filler) {
        PagedDocument document({});
        DocumentBuilder out(document);
        for (int i = 0; i < filler; ++i)
            out.paragraph(lines(1, QStringLiteral("filler")));
        out.heading(QStringLiteral("The table"), 2);
        DocumentBuilder::Table table;
        table.headers = {QStringLiteral("A"), QStringLiteral("B")};
        table.rows = {{lines(2, QStringLiteral("a")), lines(3, QStringLiteral("b"))}, {QStringLiteral("x"), QStringLiteral("y")}};
        out.table(table);
        Device device;
        document.layOut(*device.pdf);
        QTextBlock heading;
        for (QTextBlock b = document.document().begin(); b.isValid(); b = b.next()) {
            if (b.text() == u"The table")
                heading = b;
        }
        QTextTable *t = onlyTable(document);
        QVERIFY(t);
        const QSet<int> firstRow = pagesOf(document, t->cellAt(1, 1).firstCursorPosition().block());
        QVERIFY2(firstRow == pagesOf(document, heading),
                 qPrintable(QStringLiteral("filler %1: heading on %2, first row on %3, header row on %4")
                                    .arg(filler)
                                    .arg(*pagesOf(document, heading).begin())
                                    .arg(*firstRow.begin())
                                    .arg(*pagesOf(document, t->cellAt(0, 0).firstCursorPosition().block()).begin())));
    }
}

void TestPagedDocument::pageOfFollowsTheLayout()
{
    PagedDocument document({});
    DocumentBuilder out(document);
    out.paragraph(QStringLiteral("first page"));
    out.pageBreak();
    out.heading(QStringLiteral("second page"), 1);
    const int second = out.position();
    out.pageBreak();
    out.paragraph(QStringLiteral("third page"));
    Device device;
    QCOMPARE(document.layOut(*device.pdf), 3);
    QCOMPARE(document.pageOf(0), 0);
    QCOMPARE(document.pageOf(second - 1), 1);
    QCOMPARE(document.pageOf(document.document().characterCount() - 1), 2);
}

QTEST_MAIN(TestPagedDocument)
#include "tst_pageddocument.moc"
