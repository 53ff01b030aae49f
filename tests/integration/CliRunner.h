#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace quire::test {

/// The outcome of one quire-cli invocation.
struct CliResult
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;
};

/// Runs the quire-cli built with the tests, waiting at most @p timeoutMs,
/// in @p environment (the test's own when empty).
inline CliResult runCli(const QStringList &arguments, int timeoutMs = 300'000,
                        const QProcessEnvironment &environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QUIRE_CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("quire-cli did not finish within %1 ms").arg(timeoutMs);
        return result;
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace quire::test
