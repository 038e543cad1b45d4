#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace cac {

// The real cac-review binary run as a script or an analyst would: exit status and both streams.
struct CliRun
{
    int status = -1;
    QString out;
    QString err;

    static CliRun of(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral(CAC_BINARY), arguments);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
};

} // namespace cac
