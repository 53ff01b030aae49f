// quire-worker: one OCR process of the pool. Started by the coordinator
// (quire-cli, quire); speaks the frame protocol on stdin/stdout.
#include "i18n/Translations.h"
#include "pool/WorkerLoop.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quire-worker"));
    quire::installTranslations(); // its error messages reach a person

    return quire::WorkerLoop::run();
}
