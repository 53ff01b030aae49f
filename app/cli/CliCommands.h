#pragma once

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class QObject;
class QSocketNotifier;

namespace quire {
class Store;
struct PipelineSettings;
} // namespace quire

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
int submitCommand(const QStringList &arguments);
int mergeCommand(const QStringList &arguments);
int statusCommand(const QStringList &arguments);
int watchCommand(const QStringList &arguments);

/// Prints to stderr / stdout (UTF-8).
void printError(const QString &text);
void printOut(const QString &text);

/// Parses @p arguments of `quire-cli COMMAND`; returns an exit code when the
/// command should stop now (help printed, or bad options explained).
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &arguments);
/// Opens the database at @p path, which must exist; prints why not.
bool openExistingStore(const QString &path, Store &store);
/// False, with a message naming the missing language and those installed, when
/// a language of @p settings has no model.
bool checkLanguages(const PipelineSettings &settings);

/// Calls @p stop on the event loop (in @p context) when Ctrl-C or SIGTERM
/// arrives: once, or with @p repeat at every one. Keep the notifier alive.
std::unique_ptr<QSocketNotifier> onInterrupt(QObject *context, const std::function<void()> &stop, bool repeat = false);
/// The passwords to try on encrypted PDFs: @p given (--password), those in
/// each of @p files (--password-file: one a line, empty lines skipped, a
/// trailing CR dropped; "-" reads standard input, and asks without echo
/// when that is a terminal), and those in QUIRE_PASSWORDS (one a line),
/// which is then removed from this process's environment so that no process
/// started from here inherits it. Each password once. Nothing, with
/// @p error naming the file, when a file cannot be read.
std::optional<QStringList> gatherPasswords(const QStringList &given, const QStringList &files, QString *error);

} // namespace quire::cli
