#include "CliCommands.h"

#include "ocr/OcrEngine.h"
#include "pipeline/PipelineSettings.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <termios.h>
#include <unistd.h>

namespace quire::cli {

namespace {

// lupdate files these strings under the namespace, "quire::cli"; the lookup must match.
QString tr(const char *text)
{
    return QCoreApplication::translate("quire::cli", text);
}

/// Ctrl-C and SIGTERM reach the event loop through a pipe (the only safe way out of a signal handler).
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

void printError(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stdout);
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("quire-cli ") + command} + arguments)) {
        printError(parser.errorText() + QLatin1Char('\n') + parser.helpText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    return std::nullopt;
}

bool openExistingStore(const QString &path, Store &store)
{
    if (!QFileInfo::exists(path)) {
        printError(tr("There is no database at %1.").arg(path));
        return false;
    }
    if (!store.open(path)) {
        printError(tr("Cannot open the database: %1").arg(store.errorString()));
        return false;
    }
    return true;
}

bool checkLanguages(const PipelineSettings &settings)
{
    if (settings.textLayer == TextLayerPolicy::Text)
        return true; // never OCRs
    const QStringList installed = OcrEngine::installedLanguages(settings.tessdataPath);
    for (const QString &language : settings.languages.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        if (!installed.contains(language)) {
            printError(tr("Language '%1' is not installed. Installed: %2. Install the tesseract-ocr-%1 package.")
                           .arg(language, installed.join(QStringLiteral(", "))));
            return false;
        }
    }
    return true;
}

std::unique_ptr<QSocketNotifier> onInterrupt(QObject *context, const std::function<void()> &stop, bool repeat)
{
    if (::pipe(g_signalPipe) != 0)
        return nullptr;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    auto notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(notifier.get(), &QSocketNotifier::activated, context, [notifier = notifier.get(), stop, repeat] {
        if (repeat) {
            char byte = 0;
            [[maybe_unused]] const auto read = ::read(g_signalPipe[0], &byte, 1);
        } else {
            notifier->setEnabled(false);
        }
        stop();
    });
    return notifier;
}

namespace {

QStringList passwordLines(const QByteArray &bytes)
{
    QStringList passwords;
    for (QByteArray line : bytes.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            passwords << QString::fromUtf8(line);
    }
    return passwords;
}

/// Asks on the terminal with echo off, one password a line until an empty one.
QStringList askPasswords()
{
    termios saved{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QStringList passwords;
    char buffer[4096];
    for (;;) {
        std::fprintf(stderr, "%s", tr("Password for encrypted PDFs (Enter alone to finish): ").toLocal8Bit().constData());
        std::fflush(stderr);
        if (!std::fgets(buffer, sizeof buffer, stdin))
            break;
        std::fprintf(stderr, "\n");
        QByteArray line(buffer);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        passwords << QString::fromUtf8(line);
    }
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return passwords;
}

std::optional<QStringList> readPasswordFile(const QString &path, QString *error)
{
    if (path == QLatin1String("-")) {
        if (::isatty(STDIN_FILENO))
            return askPasswords();
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("Cannot read passwords from standard input: %1").arg(in.errorString());
            return std::nullopt;
        }
        return passwordLines(in.readAll());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the password file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return passwordLines(file.readAll());
}

QStringList takePasswordsFromEnvironment()
{
    const QByteArray value = qgetenv("QUIRE_PASSWORDS");
    ::unsetenv("QUIRE_PASSWORDS");
    return passwordLines(value);
}

} // namespace

std::optional<QStringList> gatherPasswords(const QStringList &given, const QStringList &files, QString *error)
{
    QStringList passwords = given;
    for (const QString &file : files) {
        const std::optional<QStringList> read = readPasswordFile(file, error);
        if (!read)
            return std::nullopt;
        passwords += *read;
    }
    passwords += takePasswordsFromEnvironment();
    passwords.removeDuplicates();
    return passwords;
}

} // namespace quire::cli
