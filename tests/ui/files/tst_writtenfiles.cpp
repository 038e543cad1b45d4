// Saving a file as desktop programs do: a name suggested from what is saved, the folder last
// used remembered, and a notice in the status bar with the path, to open it or its folder.

#include "ui/files/filedialogs.h"
#include "ui/files/writtenfilenotice.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cac;

class TestWrittenFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void namesComeFromWhatIsSaved();
    void theNoticeSaysWhereTheFileIs();
    void theLastFolderIsRemembered();
};

void TestWrittenFiles::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("cac-review"));
    QCoreApplication::setApplicationName(QStringLiteral("cac-review-tst_writtenfiles")); // settings of its own
    QSettings().remove(QStringLiteral("files/lastFolder"));
}

void TestWrittenFiles::namesComeFromWhatIsSaved()
{
    QCOMPARE(FileDialogs::nameFrom({QStringLiteral("Compliance: agencies that filed"), QStringLiteral("2010-2025")}),
             QStringLiteral("compliance-agencies-that-filed-2010-2025"));
    QCOMPARE(FileDialogs::nameFrom({QStringLiteral("Letter of censure — Río Seco")}),
             QStringLiteral("letter-of-censure-rio-seco"));
    QCOMPARE(FileDialogs::nameFrom({QStringLiteral("  "), QStringLiteral("demo")}), QStringLiteral("demo"));
}

void TestWrittenFiles::theNoticeSaysWhereTheFileIs()
{
    QMainWindow window;
    window.statusBar();
    QDialog dialog(&window); // an export from a dialog over the window (the letter editor)
    WrittenFileNotice::show(&dialog, QStringLiteral("/tmp/briefing-2027-01-21.pdf"));
    auto *notice = window.statusBar()->findChild<WrittenFileNotice *>();
    QVERIFY(notice);
    QCOMPARE(notice->path(), QStringLiteral("/tmp/briefing-2027-01-21.pdf"));
    QVERIFY(notice->text().contains(QStringLiteral("/tmp/briefing-2027-01-21.pdf")));
    QCOMPARE(notice->findChildren<QAbstractButton *>().size(), 2);       // Open, Show in folder
    WrittenFileNotice::show(&window, QStringLiteral("/tmp/packet.pdf")); // one notice, the latest
    QCOMPARE(window.statusBar()->findChildren<WrittenFileNotice *>().size(), 1);
    QCOMPARE(notice->path(), QStringLiteral("/tmp/packet.pdf"));
}

void TestWrittenFiles::theLastFolderIsRemembered()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("reports"));
    const QString folder = dir.filePath(QStringLiteral("reports"));
    QString startedIn;
    // Answer each dialog as a user would: note where it opened, then type a name and save.
    const auto answer = [&](const QString &name) {
        QTimer::singleShot(0, [&, name] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            startedIn = dialog->directory().absolutePath();
            dialog->selectFile(QDir(folder).filePath(name));
            QMetaObject::invokeMethod(dialog, "accept");
        });
    };
    answer(QStringLiteral("first"));
    const QString first = FileDialogs::saveFile(nullptr, QStringLiteral("Save"), QStringLiteral("PDF documents (*.pdf)"),
                                                QStringLiteral("briefing.pdf"));
    QCOMPARE(first, QDir(folder).filePath(QStringLiteral("first.pdf"))); // the extension of the filter
    answer(QStringLiteral("second.pdf"));
    FileDialogs::saveFile(nullptr, QStringLiteral("Save"), QStringLiteral("PDF documents (*.pdf)"), QStringLiteral("packet.pdf"));
    QCOMPARE(startedIn, QDir(folder).absolutePath()); // where the last file went
}

QTEST_MAIN(TestWrittenFiles)
#include "tst_writtenfiles.moc"
