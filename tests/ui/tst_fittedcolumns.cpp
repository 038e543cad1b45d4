// A table on a narrow screen: its long texts give up width, in order, so that a row reads
// without scrolling sideways; the short columns (a phone number) are never cut; on a wide screen
// every column is whole; a column resized by hand keeps its width. (The outreach list at 1024
// px scrolled sideways.)
#include "ui/fittedcolumns.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace cac;

class TestFittedColumns : public QObject
{
    Q_OBJECT
private slots:
    void narrowCutsTheYieldingColumnsInOrder();
    void wideShowsEveryColumnWhole();
    void aColumnResizedByHandKeepsItsWidth();

private:
    std::unique_ptr<QTableView> table(int width);
    QStandardItemModel m_model{3, 3};
};

std::unique_ptr<QTableView> TestFittedColumns::table(int width)
{
    for (int row = 0; row < 3; ++row) {
        m_model.setItem(row, 0, new QStandardItem(QStringLiteral("A long agency name, Police Department (CAZ00000%1)").arg(row)));
        m_model.setItem(row, 1, new QStandardItem(QStringLiteral("(916) 555-01%1").arg(row)));
        m_model.setItem(row, 2, new QStandardItem(QStringLiteral("Why: has not filed for several years in a row, and more")));
    }
    auto view = std::make_unique<QTableView>();
    view->setModel(&m_model);
    FittedColumns::keep(view.get(), {2, 0}); // the reasons first, the name last
    view->resize(width, 300);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return nullptr;
    QCoreApplication::processEvents();
    return view;
}

namespace {
int natural(QTableView *view, int column)
{
    const QAbstractItemView *base = view;
    return std::max(base->sizeHintForColumn(column), view->horizontalHeader()->sectionSizeHint(column));
}
} // namespace

void TestFittedColumns::narrowCutsTheYieldingColumnsInOrder()
{
    const auto view = table(520);
    QVERIFY(view);
    QHeaderView *header = view->horizontalHeader();
    QVERIFY(header->length() <= view->viewport()->width());
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    QCOMPARE(header->sectionSize(1), natural(view.get(), 1)); // the phone: whole
    QVERIFY(header->sectionSize(2) < natural(view.get(), 2));
    // The reasons gave up all they could before the name gave up anything more than needed.
    QVERIFY(header->sectionSize(2) <= header->sectionSize(0));
}

void TestFittedColumns::wideShowsEveryColumnWhole()
{
    const auto view = table(1600);
    QVERIFY(view);
    for (int column = 0; column < 3; ++column)
        QVERIFY(view->horizontalHeader()->sectionSize(column) >= natural(view.get(), column));
}

void TestFittedColumns::aColumnResizedByHandKeepsItsWidth()
{
    const auto view = table(520);
    QVERIFY(view);
    QHeaderView *header = view->horizontalHeader();
    // A resize the program makes (the view wider, the last column stretched) is not the user's.
    view->resize(560, 300);
    QCoreApplication::processEvents();
    QVERIFY(header->length() <= view->viewport()->width());
    // A drag of the first column's right edge is.
    const int before = header->sectionSize(0);
    const int edge = header->sectionViewportPosition(0) + before - 1;
    const int y = header->height() / 2;
    QTest::mousePress(header->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(edge, y));
    QTest::mouseMove(header->viewport(), QPoint(edge + 120, y));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(edge + 120, y));
    const int dragged = header->sectionSize(0);
    QVERIFY2(dragged > before + 60, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(dragged)));
    view->resize(700, 300);
    QCoreApplication::processEvents();
    QCOMPARE(header->sectionSize(0), dragged);
}

QTEST_MAIN(TestFittedColumns)
#include "tst_fittedcolumns.moc"
