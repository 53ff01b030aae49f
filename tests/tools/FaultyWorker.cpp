// quire-worker-faulty: quire-worker with faults to inject, for the tests
// only (never installed). QUIRE_WORKER_FAULTS is a ';'-separated list of
// ACTION@FILENAME:PAGE with ACTION one of
//   crash         abort on that page (recognizing it)
//   crashonce     crash unless QUIRE_WORKER_FAULT_DIR holds a marker for the
//                 page, which the crash leaves behind
//   hang          sleep forever, no heartbeats
//   leak          keep 200 MB more
//   slow          take two seconds longer over that page (heartbeats go on)
//   hog           ask for 2 GiB without touching it and write "allowed" or
//                 "refused" to FILENAME:PAGE.hog in QUIRE_WORKER_FAULT_DIR
//                 (what the worker's memory limit decides)
//   previewcrash  abort when rendering that page for the window
#include "i18n/Translations.h"
#include "pool/WorkerLoop.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdlib>
#include <memory>
#include <new>
#include <unistd.h>
#include <vector>

namespace {

char *volatile g_hog = nullptr;

void hog(const QString &target)
{
    // 2 GiB, never touched: only the memory limit can refuse it.
    QFile file(QDir(QString::fromLocal8Bit(qgetenv("QUIRE_WORKER_FAULT_DIR"))).filePath(target + QStringLiteral(".hog")));
    if (!file.open(QIODevice::WriteOnly))
        return;
    try {
        std::unique_ptr<char[]> memory(new char[size_t(2) << 30]);
        g_hog = memory.get(); // escapes: the allocation cannot be left out
        file.write("allowed");
    } catch (const std::bad_alloc &) {
        file.write("refused");
    }
}

bool firstCrash(const QString &target)
{
    const QString marker = QDir(QString::fromLocal8Bit(qgetenv("QUIRE_WORKER_FAULT_DIR")))
                               .filePath(target + QStringLiteral(".crashed"));
    if (QFileInfo::exists(marker))
        return false;
    QFile file(marker);
    if (file.open(QIODevice::WriteOnly))
        file.close();
    return true;
}

void injectFault(const QString &path, int page, bool preview)
{
    static const QString faults = QString::fromLocal8Bit(qgetenv("QUIRE_WORKER_FAULTS"));
    static std::vector<std::vector<char>> leaked;
    const QString target = QFileInfo(path).fileName() + QLatin1Char(':') + QString::number(page);
    for (const QString &fault : faults.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString action = fault.section(QLatin1Char('@'), 0, 0);
        if (fault.section(QLatin1Char('@'), 1) != target)
            continue;
        if (preview) {
            if (action == QLatin1String("previewcrash"))
                std::abort();
            continue;
        }
        if (action == QLatin1String("crash") || (action == QLatin1String("crashonce") && firstCrash(target)))
            std::abort();
        if (action == QLatin1String("hang")) {
            for (;;)
                ::pause();
        }
        if (action == QLatin1String("leak"))
            leaked.emplace_back(200 * 1024 * 1024, char(1));
        if (action == QLatin1String("hog"))
            hog(target);
        if (action == QLatin1String("slow"))
            ::usleep(2'000'000);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quire-worker"));
    quire::installTranslations();
    return quire::WorkerLoop::run(injectFault);
}
