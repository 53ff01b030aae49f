#pragma once

#include <QString>

/// Where Quire's helper programs and data are, relative to the running
/// executable. The build tree has the layout an installation has
/// (GNUInstallDirs: bin/, libexec/quire/, share/quire/), so the same relative
/// lookup serves both and no absolute path is built into a program.
namespace quire::layout {

/// quire-worker: QUIRE_WORKER when set, else libexec/quire/quire-worker
/// beside the executable's bin/ (or beside the executable itself).
QString workerProgram();

/// share/quire/@p name beside the executable's bin/ ("samples", "translations").
QString dataFolder(const QString &name);

} // namespace quire::layout
