#include "defaultdatabase.h"

#include "app/demo/demodatainstaller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace cac {

QString DefaultDatabase::path()
{
    // Pinned, not AppDataLocation: that path follows the organisation name, which the settings'
    // move (ProgramIdentity) changed. This is where every version has kept it on Linux.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
            .filePath(QStringLiteral("cac-review/cac-review.sqlite"));
}

Result<std::unique_ptr<Database>> DefaultDatabase::open()
{
    const QString file = path();
    const bool firstStart = !QFileInfo::exists(file);
    if (firstStart) {
        // The folder holds sensitive records: keep it private to the user.
        const QString folder = QFileInfo(file).absolutePath();
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    Result<std::unique_ptr<Database>> opened = Database::open(file, Database::Mode::CreateIfMissing);
    if (!opened.ok() || !firstStart)
        return opened;
    const Status installed = DemoDataInstaller(*opened.value()).install(DemoOptions());
    if (!installed.ok()) {
        opened = Result<std::unique_ptr<Database>>::failure(installed.error());
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
    }
    return opened;
}

} // namespace cac
