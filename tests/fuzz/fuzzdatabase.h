#pragma once

// What the import fuzz targets share: a database for the whole run, in a folder of its own,
// and a fingerprint of what it holds, which no input may change (every import is a dry run).
#include "db/engine/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdlib>
#include <memory>

namespace cac {

struct FuzzDatabase
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> database;
    QString fingerprint;

    static FuzzDatabase &instance()
    {
        static FuzzDatabase f;
        return f;
    }

    // Opens the database; aborts the run if it cannot (there is nothing to fuzz then).
    void open(int *argc, char ***argv)
    {
        app = std::make_unique<QCoreApplication>(*argc, *argv);
        dir = std::make_unique<QTemporaryDir>();
        Result<std::unique_ptr<Database>> opened =
                Database::open(dir->filePath(QStringLiteral("fuzz.sqlite")), Database::Mode::CreateIfMissing);
        if (!opened.ok())
            std::abort();
        database = opened.take();
        // Closed at exit before Qt's own globals go: registered after Qt made them, so it runs first.
        std::atexit([] {
            FuzzDatabase &f = instance();
            f.database.reset();
            f.dir.reset();
            f.app.reset();
        });
    }

    QString currentFingerprint() const
    {
        QSqlQuery q(database->connection());
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM agency) || '/' || (SELECT count(*) FROM misuse_report) || '/' || "
                              "(SELECT total(investigations) FROM misuse_report) || '/' || (SELECT count(*) FROM contact)"));
        return q.next() ? q.value(0).toString() : QString();
    }
};

} // namespace cac
