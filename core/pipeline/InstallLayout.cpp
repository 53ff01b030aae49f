#include "pipeline/InstallLayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

// Set by CMake from GNUInstallDirs: paths from the bin folder to the others.
#ifndef QUIRE_BIN_TO_LIBEXEC
#error "QUIRE_BIN_TO_LIBEXEC must be defined by the build"
#endif
#ifndef QUIRE_BIN_TO_DATA
#error "QUIRE_BIN_TO_DATA must be defined by the build"
#endif

namespace quire::layout {

QString workerProgram()
{
    const QByteArray overridden = qgetenv("QUIRE_WORKER");
    if (!overridden.isEmpty())
        return QString::fromLocal8Bit(overridden);
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString installed =
        QDir::cleanPath(bin.filePath(QStringLiteral(QUIRE_BIN_TO_LIBEXEC "/quire-worker")));
    const QString beside = bin.filePath(QStringLiteral("quire-worker"));
    return QFileInfo::exists(installed) || !QFileInfo::exists(beside) ? installed : beside;
}

QString dataFolder(const QString &name)
{
    const QDir bin(QCoreApplication::applicationDirPath());
    return QDir::cleanPath(bin.filePath(QStringLiteral(QUIRE_BIN_TO_DATA "/") + name));
}

} // namespace quire::layout
