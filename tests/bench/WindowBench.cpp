// The window against quire-cli on the same pages: pages/min of each (the
// run's own clock, from the scan to the last page, the same for both), and
// the longest the window's event loop could not react (a 10 ms timer's
// longest gap). Each side runs twice, alternating, into fresh databases; the
// better run of each counts.
//
//   quire-bench-window [--workers N] [--dpi N] FOLDER
//
// Run it on a quiet machine; it shows the real window (use xvfb-run without a display).

#include "DashboardWidget.h"
#include "MainWindow.h"
#include "SettingsPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSlider>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace quire;

namespace {

struct Options
{
    QString folder;
    int workers = 2;
    int dpi = 300;
};

/// pages/min from quire-cli's "Done: N pages in T (R pages/min)" line; 0 when absent.
double cliRate(const Options &options, const QString &database)
{
    QProcess cli;
    cli.start(QCoreApplication::applicationDirPath() + QStringLiteral("/quire-cli"),
              {QStringLiteral("run"), QStringLiteral("--db"), database, QStringLiteral("--workers"),
               QString::number(options.workers), QStringLiteral("--dpi"), QString::number(options.dpi),
               options.folder});
    if (!cli.waitForFinished(-1))
        return 0;
    static const QRegularExpression rate(QStringLiteral("\\(([0-9.]+) pages/min\\)"));
    const QRegularExpressionMatch match = rate.match(QString::fromUtf8(cli.readAllStandardError()));
    return match.hasMatch() ? match.captured(1).toDouble() : 0.0;
}

struct WindowRun
{
    double rate = 0;
    qint64 longestStallMs = 0;
};

/// One run of the window over the folder; @p done gets its figures.
void windowRun(const Options &options, const QString &database, const std::function<void(WindowRun)> &done)
{
    auto *window = new MainWindow(database);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->dashboard()->workerSlider()->setValue(options.workers);
    PipelineSettings settings = window->settingsPanel()->settings();
    settings.dpi = options.dpi;
    window->settingsPanel()->setSettings(settings);

    auto *clock = new QElapsedTimer;
    auto *probe = new QTimer(window);
    auto *longest = new qint64(0);
    auto *last = new qint64(0);
    probe->setInterval(10);
    QObject::connect(probe, &QTimer::timeout, window, [clock, longest, last] {
        const qint64 now = clock->elapsed();
        *longest = std::max(*longest, now - *last);
        *last = now;
    });
    QObject::connect(window, &MainWindow::runFinished, window, [=] {
        // The end of the run (the queue's last reload) counts too.
        QTimer::singleShot(50, window, [=] {
            probe->stop();
            const WindowRun run{window->session()->summary().pagesPerMinute(), *longest};
            delete clock;
            delete longest;
            delete last;
            window->close();
            done(run);
        });
    });
    clock->start();
    probe->start();
    window->addInputs({options.folder});
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("quire-bench-window"));
    QApplication::setQuitOnLastWindowClosed(false); // each round closes its window; the next one follows
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The window against quire-cli on the same pages."));
    parser.addHelpOption();
    const QCommandLineOption workers(QStringLiteral("workers"), QStringLiteral("Workers (default 2)."),
                                     QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), QStringLiteral("Resolution (default 300)."),
                                 QStringLiteral("N"), QStringLiteral("300"));
    parser.addOptions({workers, dpi});
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QStringLiteral("Documents to run."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);
    const Options options{parser.positionalArguments().constFirst(), parser.value(workers).toInt(),
                          parser.value(dpi).toInt()};
    QTemporaryDir dir;

    double bestCli = 0;
    WindowRun bestWindow;
    std::function<void(int)> round = [&](int n) {
        if (n == 2) {
            std::printf("%-28s %10s %18s\n", "side", "pages/min", "longest stall ms");
            std::printf("%-28s %10.1f %18s\n", "quire-cli run", bestCli, "-");
            std::printf("%-28s %10.1f %18lld\n", "quire (the window)", bestWindow.rate,
                        static_cast<long long>(bestWindow.longestStallMs));
            std::printf("window / cli: %.2fx (best of 2 runs each, %d workers, %d dpi)\n",
                        bestCli > 0 ? bestWindow.rate / bestCli : 0.0, options.workers, options.dpi);
            QCoreApplication::quit();
            return;
        }
        bestCli = std::max(bestCli, cliRate(options, dir.filePath(QStringLiteral("cli-%1.sqlite").arg(n))));
        windowRun(options, dir.filePath(QStringLiteral("window-%1.sqlite").arg(n)), [&, n](WindowRun run) {
            if (run.rate > bestWindow.rate)
                bestWindow.rate = run.rate;
            bestWindow.longestStallMs = std::max(bestWindow.longestStallMs, run.longestStallMs);
            QTimer::singleShot(0, qApp, [&, n] { round(n + 1); });
        });
    };
    QTimer::singleShot(0, qApp, [&] { round(0); });
    return QApplication::exec();
}
