// quire-worker: one OCR process of the pool. Started by the coordinator
// (quire-cli, quire); speaks the frame protocol on stdin/stdout.
#include "i18n/Translations.h"
#include "pool/WorkerLoop.h"

#include <QCoreApplication>

#include <csignal>

int main(int argc, char **argv)
{
    // Ctrl-C in a terminal reaches the whole process group: the coordinator
    // decides when a worker stops (after its page, on a clean stop), and a
    // worker whose coordinator is gone sees its input close.
    std::signal(SIGINT, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quire-worker"));
    quire::installTranslations(); // its error messages reach a person

    return quire::WorkerLoop::run();
}
