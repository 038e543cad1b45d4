// Every text the window shows of its own goes through a translator. With a translator installed
// that marks each text it is asked for (⟦…⟧), every label, button, action, tab, placeholder and
// column header of the window must carry the mark, bar the ones that show the user's data. Which
// context each string is filed under is test_translations' part (tests/house).
#include "demowindowfixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace cac;

namespace {

// Marks every text it is asked to translate; %n is filled in by QCoreApplication afterwards.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("⟦%1⟧").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

// A text with a word in it and no mark: not passed through a translator.
bool unmarked(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    return text.contains(word) && !text.contains(u'⟦');
}

} // namespace

class TestTranslatable : public QObject
{
    Q_OBJECT
    DemoWindowFixture m_fixture;
    MarkingTranslator m_marks;

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.prepare());
        QCoreApplication::installTranslator(&m_marks);
    }
    void everyTextOfTheWindowIsTranslated();
};

void TestTranslatable::everyTextOfTheWindowIsTranslated()
{
    const std::unique_ptr<MainWindow> window = m_fixture.open();
    QVERIFY(window);
    QStringList found;
    const auto check = [&found](const QString &where, const QString &text) {
        if (unmarked(text))
            found << QStringLiteral("%1: %2").arg(where, text);
    };
    const auto tabs = window->findChildren<QTabWidget *>();
    for (QTabWidget *tabWidget : tabs) {
        for (int i = 0; i < tabWidget->count(); ++i) {
            check(QStringLiteral("tab"), tabWidget->tabText(i));
            tabWidget->setCurrentIndex(i); // a view fills its texts when it is first shown
            QCoreApplication::processEvents();
        }
    }
    // The user's data, shown as it is: the agencies' names (the profile's title).
    QSet<QString> data;
    QSqlQuery names(window->database()->connection());
    QVERIFY(names.exec(QStringLiteral("SELECT name FROM agency")));
    while (names.next())
        data.insert(names.value(0).toString());
    QVERIFY(!data.isEmpty());
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (!data.contains(label->text()))
            check(QStringLiteral("label"), label->text());
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        check(QStringLiteral("button"), button->text());
    for (const QLineEdit *line : window->findChildren<QLineEdit *>())
        check(QStringLiteral("placeholder"), line->placeholderText());
    for (const QGroupBox *box : window->findChildren<QGroupBox *>())
        check(QStringLiteral("group"), box->title());
    for (const QMenu *menu : window->menuBar()->findChildren<QMenu *>()) {
        check(QStringLiteral("menu"), menu->title());
        for (const QAction *action : menu->actions())
            check(QStringLiteral("menu item"), action->text());
    }
    for (const QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        for (int c = 0; model && c < model->columnCount(); ++c)
            check(QStringLiteral("column"), model->headerData(c, Qt::Horizontal).toString());
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_MAIN(TestTranslatable)
#include "tst_translatable.moc"
