#include "CliCommands.h"

#include "eval/Evaluator.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace quire::cli {

namespace {

// lupdate files these strings under the namespace, "quire::cli"; the lookup must match.
QString tr(const char *text)
{
    return QCoreApplication::translate("quire::cli", text);
}

QString row(const EvalScore &score)
{
    return QStringLiteral("%1  %2  %3  %4  %5")
        .arg(score.name, -40)
        .arg(score.cer(), 7, 'f', 4)
        .arg(score.recall(), 7, 'f', 4)
        .arg(score.gtChars, 8)
        .arg(score.gtWords, 7);
}

} // namespace

int evalCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Score recognized text against ground truth: character error rate (CER) and bag-of-words recall.\n"
           "Ground truth is NAME.gt.txt for a single-page document or image NAME.*, and NAME.pNN.gt.txt for "
           "page NN of a multi-page one."));
    const QCommandLineOption db(QStringLiteral("db"), tr("Database to score."), tr("FILE"));
    const QCommandLineOption gt(QStringLiteral("ground-truth"), tr("Folder of *.gt.txt files (searched recursively)."),
                                tr("DIR"));
    const QCommandLineOption textDir(QStringLiteral("text-dir"),
                                     tr("Score NAME.txt files (e.g. from the tesseract command) instead of a database."),
                                     tr("DIR"));
    const QCommandLineOption corrected(QStringLiteral("corrected"),
                                       tr("Score the text as corrected in review (and edited), not as recognized."));
    parser.addOptions({db, gt, textDir, corrected});
    if (const auto exit = parseCommandLine(parser, QStringLiteral("eval"), arguments))
        return *exit;
    if (!parser.isSet(gt) || parser.isSet(db) == parser.isSet(textDir)) {
        printError(tr("Usage: quire-cli eval (--db FILE | --text-dir DIR) --ground-truth DIR"));
        return ExitUsage;
    }
    if (!QFileInfo(parser.value(gt)).isDir()) {
        printError(tr("The ground-truth folder %1 does not exist.").arg(parser.value(gt)));
        return ExitUsage;
    }

    EvalReport report;
    if (parser.isSet(db)) {
        Store store;
        if (!openExistingStore(parser.value(db), store))
            return ExitUsage;
        report = Evaluator::evaluateStore(store, parser.value(gt), parser.isSet(corrected));
    } else {
        report = Evaluator::evaluateTextDir(parser.value(textDir), parser.value(gt));
    }

    printOut(QStringLiteral("%1  %2  %3  %4  %5")
                 .arg(tr("page"), -40)
                 .arg(QStringLiteral("CER"), 7)
                 .arg(tr("recall"), 7)
                 .arg(tr("gt chars"), 8)
                 .arg(tr("gt words"), 7));
    for (const EvalScore &score : std::as_const(report.pages))
        printOut(row(score));
    EvalScore overall = report.overall;
    overall.name = tr("overall (%1 pages)").arg(report.pages.size());
    printOut(row(overall));
    if (!report.missing.isEmpty())
        printError(tr("%1 ground-truth pages had no recognized page to compare: %2")
                       .arg(report.missing.size())
                       .arg(report.missing.join(QStringLiteral(", "))));
    if (report.pages.isEmpty()) {
        printError(tr("No recognized page matched a ground-truth file."));
        return ExitSomeFailed;
    }
    return ExitOk;
}

} // namespace quire::cli
