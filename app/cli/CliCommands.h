#pragma once

#include <QStringList>

namespace quire::cli {

/// Exit codes of quire-cli.
enum ExitCode {
    ExitOk = 0,        ///< Every document succeeded.
    ExitUsage = 1,     ///< Bad usage or a setup problem (missing language, unwritable database).
    ExitSomeFailed = 2 ///< The run finished, but some documents or pages failed.
};

/// Each command takes its arguments without the command name and returns an ExitCode.
int runCommand(const QStringList &arguments);
int exportCommand(const QStringList &arguments);
int evalCommand(const QStringList &arguments);
int benchCommand(const QStringList &arguments);

/// Prints to stderr / stdout (UTF-8).
void printError(const QString &text);
void printOut(const QString &text);

} // namespace quire::cli
