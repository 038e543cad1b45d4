#include "backups.h"

#include "databasecopy.h"
#include "protectedfiles.h"

#include "db/engine/database.h"
#include "db/sqlite/sqliteconnection.h"
#include "db/sqlite/sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace cac {

namespace {

const QString TimeFormat = QStringLiteral("yyyy-MM-dd_HHmmss");

// <file name>_<yyyy-MM-dd_HHmmss>[_<milliseconds>][-n]_<reason>.sqlite
QRegularExpression namePattern(const QString &databaseName)
{
    return QRegularExpression(QStringLiteral("^%1_(\\d{4}-\\d{2}-\\d{2}_\\d{6})(?:_(\\d{3}))?(?:-(\\d+))?_([a-z-]+)\\.sqlite$")
                                      .arg(QRegularExpression::escape(databaseName)));
}

Status soundCopy(const QString &path)
{
    const Result<int> version = Database::schemaVersionOf(path);
    if (!version.ok())
        return Status::failure(version.error());
    if (version.value() <= 0)
        return Status::failure(
                QCoreApplication::translate("Backups", "%1 is not a CAC Review database.").arg(QDir::toNativeSeparators(path)));
    if (version.value() > Database::currentSchemaVersion())
        return Status::failure(QCoreApplication::translate("Backups", "%1 was written by a newer CAC Review (schema version %2).")
                                       .arg(QDir::toNativeSeparators(path))
                                       .arg(version.value()));
    Result<std::unique_ptr<SqliteConnection>> opened = SqliteConnection::open(path, SqliteConnection::Access::ReadOnly);
    if (!opened.ok())
        return Status::failure(opened.error());
    SqliteStatement check;
    Status status = check.prepare(*opened.value(), QStringLiteral("PRAGMA integrity_check(1)"));
    if (status.ok() && (!check.step() || check.columnText(0) != u"ok"))
        status = Status::failure(QCoreApplication::translate("Backups", "%1 is damaged (%2).")
                                         .arg(QDir::toNativeSeparators(path), check.columnText(0)));
    return status;
}

} // namespace

Backups::Backups(QString databasePath) : m_databasePath(QFileInfo(databasePath).absoluteFilePath()) {}

QString Backups::folder() const
{
    return m_databasePath + QStringLiteral("-backups");
}

Status Backups::ensureFolder() const
{
    if (QFileInfo(folder()).isDir())
        return Status::success();
    if (!QDir().mkpath(folder()))
        return Status::failure(QCoreApplication::translate("Backups", "Cannot create the backup folder %1")
                                       .arg(QDir::toNativeSeparators(folder())));
    // The copies hold the same records as the database: the folder is its owner's only.
    QFile::setPermissions(folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return Status::success();
}

Result<QString> Backups::make(const QString &reason) const
{
    if (const Status made = ensureFolder(); !made.ok())
        return Result<QString>::failure(made.error());
    const QDir dir(folder());
    const QDateTime now = QDateTime::currentDateTime();
    const QString stamp = now.toString(TimeFormat) + u'_' + now.toString(QStringLiteral("zzz"));
    const QString name = QFileInfo(m_databasePath).fileName();
    QString path = dir.filePath(QStringLiteral("%1_%2_%3.sqlite").arg(name, stamp, reason));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1_%2-%3_%4.sqlite").arg(name, stamp).arg(n).arg(reason));
    const Status copied = DatabaseCopy::vacuumInto(m_databasePath, path);
    if (!copied.ok())
        return Result<QString>::failure(copied.error());
    prune();
    return path;
}

QList<Backups::Entry> Backups::list() const
{
    struct Found
    {
        Entry entry;
        int sequence = 0;
    };
    QList<Found> found;
    const QRegularExpression pattern = namePattern(QFileInfo(m_databasePath).fileName());
    for (const QFileInfo &file : QDir(folder()).entryInfoList(QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime at = QDateTime::fromString(match.captured(1), TimeFormat).addMSecs(match.captured(2).toInt());
        found.append({{file.absoluteFilePath(), at, match.captured(4), file.size()}, match.captured(3).toInt()});
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.entry.madeAt != b.entry.madeAt ? a.entry.madeAt > b.entry.madeAt : a.sequence > b.sequence;
    });
    QList<Entry> entries;
    for (const Found &f : found)
        entries.append(f.entry);
    return entries;
}

void Backups::prune() const
{
    // Only the automatic copies are pruned; one made by hand stays until its owner removes it.
    int kept = 0;
    for (const Entry &e : list()) {
        if (e.reason == u"by-hand")
            continue;
        if (++kept > Keep)
            QFile::remove(e.path);
    }
}

Result<QString> Backups::restore(const QString &backupPath) const
{
    // Not the open database itself, nor one of its working files.
    const Status free = ProtectedFiles::check(backupPath);
    const Status sound = free.ok() ? soundCopy(backupPath) : free;
    if (!sound.ok())
        return Result<QString>::failure(QCoreApplication::translate("Backups", "Not restored: %1").arg(sound.error()));
    const Result<QString> before = make(QStringLiteral("before-restore"));
    if (!before.ok())
        return Result<QString>::failure(
                QCoreApplication::translate("Backups", "Not restored: no copy of the current contents could be kept first: %1")
                        .arg(before.error()));
    const Status restored = DatabaseCopy::restoreInto(backupPath, m_databasePath);
    if (!restored.ok())
        return Result<QString>::failure(restored.error());
    return before.value();
}

} // namespace cac
