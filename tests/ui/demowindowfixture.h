#pragma once

// The program's window on a fresh copy of the demo database, for the window's tests: the demo
// data is made once, and each test gets its own copy, so no test sees another's changes.

#include "app/demo/demodatainstaller.h"
#include "db/engine/database.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace cac {

class DemoWindowFixture
{
public:
    QTemporaryDir dir;

    // Once, in initTestCase: the settings of tests, and the demo database to copy.
    bool prepare()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("cac-review"));
        // Settings of their own for each test program: tests run side by side (ctest -j) and one
        // test's remembered column widths must not reach another.
        QCoreApplication::setApplicationName(QStringLiteral("cac-review-") +
                                             QFileInfo(QCoreApplication::applicationFilePath()).baseName());
        QSettings().remove(QStringLiteral("tables")); // column widths and sorts of an earlier run
        auto db = Database::open(templatePath(), Database::Mode::CreateIfMissing);
        return db.ok() && DemoDataInstaller(*db.value()).install(DemoOptions()).ok();
    }
    QString templatePath() const { return dir.filePath(QStringLiteral("demo-template.sqlite")); }

    // A window, shown, on a new copy of the demo database.
    std::unique_ptr<MainWindow> open()
    {
        const QString path = dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_copies));
        {
            auto db = Database::open(templatePath(), Database::Mode::OpenExisting);
            QSqlQuery q(db.value()->connection());
            if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(path)))
                return nullptr;
        }
        auto db = Database::open(path, Database::Mode::OpenExisting);
        if (!db.ok())
            return nullptr;
        auto window = std::make_unique<MainWindow>();
        window->setDatabase(db.take());
        window->show();
        return window;
    }

private:
    int m_copies = 0;
};

} // namespace cac
