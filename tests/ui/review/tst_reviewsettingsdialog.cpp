#include "ui/demowindowfixture.h"
#include "ui/review/reviewsettingsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace cac;

// The review rules, shown where they may not change: a read-only file.
class TestReviewSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_demo.prepare()); }
    void readOnlyRulesCannotBeSaved();

private:
    DemoWindowFixture m_demo;
};

void TestReviewSettingsDialog::readOnlyRulesCannotBeSaved()
{
    const QString path = m_demo.dir.filePath(QStringLiteral("read-only.sqlite"));
    QVERIFY(QFile::copy(m_demo.templatePath(), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    MainWindow window;
    window.setDatabase(opened.take());
    QAction *rules = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == u"Review &rules…")
            rules = action;
    }
    QVERIFY(rules);
    // Read while the dialog is open, asserted once it is closed: a failed check must not leave a
    // modal dialog waiting.
    bool seen = false;
    bool saveEnabled = true;
    bool defaultsEnabled = true;
    bool valuesReadOnly = false;
    QString why;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = window.findChild<ReviewSettingsDialog *>();
        if (!dialog)
            return;
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        saveEnabled = buttons->button(QDialogButtonBox::Save)->isEnabled();
        defaultsEnabled = buttons->button(QDialogButtonBox::RestoreDefaults)->isEnabled();
        why = buttons->button(QDialogButtonBox::Save)->toolTip();
        const QList<QDoubleSpinBox *> boxes = dialog->findChildren<QDoubleSpinBox *>();
        valuesReadOnly = !boxes.isEmpty() &&
                std::all_of(boxes.cbegin(), boxes.cend(), [](const QDoubleSpinBox *box) { return box->isReadOnly(); });
        seen = true;
        dialog->reject();
    });
    rules->trigger();
    QVERIFY(seen);
    QVERIFY(!saveEnabled); // before: Save stayed enabled, and saving did nothing
    QVERIFY(!defaultsEnabled);
    QVERIFY(valuesReadOnly);
    QVERIFY2(why.contains(QStringLiteral("read-only")), qPrintable(why));
}

QTEST_MAIN(TestReviewSettingsDialog)
#include "tst_reviewsettingsdialog.moc"
