// quire: the window. Thin on purpose; everything lives in quire_ui and quire_core.
// No OMP_THREAD_LIMIT dance here: OCR runs in quire-worker processes, which set it themselves.
#include "i18n/Translations.h"
#include "MainWindow.h"
#include "Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Quire"));
    QCoreApplication::setApplicationName(QStringLiteral("quire"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUIRE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Quire"));
    QGuiApplication::setDesktopFileName(QStringLiteral("quire"));
    quire::installTranslations();
    quire::theme::applyEnvironmentPalette();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Batch OCR for folders of PDFs and scans. Files and folders given are added to the run."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("main", "Database file (default: the one used last)."),
                                QCoreApplication::translate("main", "FILE"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("main", "Files and folders to process."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);

    quire::MainWindow window(parser.value(db));
    window.show();
    QStringList paths;
    for (const QString &path : parser.positionalArguments())
        paths << QFileInfo(path).absoluteFilePath();
    if (!paths.isEmpty())
        window.addInputs(paths);
    return QApplication::exec();
}
