// quire-worker: one OCR process of the pool. Started by the coordinator
// (quire-cli, quire); speaks the frame protocol on stdin/stdout.
#include "pool/WorkerLoop.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quire-worker"));
    return quire::WorkerLoop::run();
}
