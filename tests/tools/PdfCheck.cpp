// quire-pdf-check --db FILE --pdf DIR [--password P]...
//
// Checks the searchable PDFs that `quire-cli export --pdf DIR` (or `run
// --output-pdf DIR`) wrote for the documents of a database, with
// poppler-utils and qpdf: pdftotext against the stored (corrected) text,
// word positions (pdftotext -bbox), rendering against the input, qpdf
// --check, original streams kept, size. Prints one row per document and the
// totals; exits 1 when a document fails a check. Run by tests/bench/pdf-bench.sh.
// The text is compared on pages without text of their own ("own" counts the
// others); qpdf "in" means its complaints are the input's own.

#include "PdfChecks.h"

#include "export/PdfOutputNames.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace quire;
using namespace quire::test;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Run database."), QStringLiteral("FILE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("Folder the PDFs were written to."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Password of encrypted inputs."),
                                      QStringLiteral("P"));
    parser.addOptions({db, pdf, password});
    parser.process(app);
    if (!parser.isSet(db) || !parser.isSet(pdf)) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return 2;
    }
    Store store;
    if (!store.open(parser.value(db))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 2;
    }
    const QList<DocumentRecord> documents = store.documents();
    QStringList paths;
    for (const DocumentRecord &document : documents)
        paths << document.path;
    const PdfOutputNames names(parser.value(pdf), paths);

    print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
              .arg(QStringLiteral("document"), -34)
              .arg(QStringLiteral("pages/own"), 9)
              .arg(QStringLiteral("cer/bag"), 15)
              .arg(QStringLiteral("centre<=2pt"), 12)
              .arg(QStringLiteral("edges<=2pt"), 11)
              .arg(QStringLiteral("pixels"), 14)
              .arg(QStringLiteral("qpdf"), 5)
              .arg(QStringLiteral("in KB"), 8)
              .arg(QStringLiteral("out KB"), 8));
    int failures = 0;
    int words = 0;
    int centred = 0;
    int edgeWords = 0;
    int edgesWithin = 0;
    qint64 inBytes = 0;
    qint64 outBytes = 0;
    qint64 limitBytes = 0;
    double worstCer = 0;
    double worstLayoutCer = 0;
    for (const DocumentRecord &document : documents) {
        const QString output = names.outputFor(document.path);
        if (document.pageCount == 0 || !QFileInfo::exists(output))
            continue;
        // The password that opens this input, if any does.
        QString secret;
        for (const QString &candidate : parser.values(password)) {
            if (runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-upw"), candidate, document.path}).exitCode == 0) {
                secret = candidate;
                break;
            }
        }
        const DocumentCheck check = checkDocument(store, document, output, secret);
        const bool pixelsOk = check.pixelsMatch();
        // qpdf --check also reads the content streams, which are the input's
        // own: an input it complains about gives an output it complains about.
        const bool qpdfOk = check.qpdfClean || !check.inputQpdfClean;
        const bool ok = check.problem.isEmpty() && check.cer <= 0.01 && qpdfOk && pixelsOk && check.streamsKept
                        && check.sizeWithinLimit();
        failures += ok ? 0 : 1;
        words += check.placement.words;
        centred += check.placement.centred;
        edgeWords += check.placement.edgeWords;
        edgesWithin += check.placement.edgesWithin;
        inBytes += check.inputBytes;
        outBytes += check.outputBytes;
        limitBytes += check.inputBytes + check.inputBytes / 20 + 10'240 * qint64(check.pages);
        worstCer = std::max(worstCer, check.cer);
        worstLayoutCer = std::max(worstLayoutCer, check.layoutCer);
        print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9%10")
                  .arg(QFileInfo(document.path).fileName().left(34), -34)
                  .arg(QStringLiteral("%1/%2").arg(check.pages).arg(check.pagesWithOwnText), 9)
                  .arg(QStringLiteral("%1/%2").arg(check.cer, 0, 'f', 4).arg(check.layoutCer, 0, 'f', 4), 15)
                  .arg(QStringLiteral("%1/%2").arg(check.placement.centred).arg(check.placement.words), 12)
                  .arg(QStringLiteral("%1/%2").arg(check.placement.edgesWithin).arg(check.placement.edgeWords), 11)
                  .arg(QStringLiteral("%1/%2 max %3").arg(check.pixels.identicalPages).arg(check.pixels.pages).arg(check.pixels.maxDifference), 14)
                  .arg(check.qpdfClean ? QStringLiteral("ok") : qpdfOk ? QStringLiteral("in") : QStringLiteral("FAIL"), 5)
                  .arg(check.inputBytes / 1024, 8)
                  .arg(check.outputBytes / 1024, 8)
                  .arg(ok ? QString() : QStringLiteral("  <- ") + (check.problem.isEmpty() ? check.pixels.error : check.problem)));
    }
    print(QStringLiteral("words: %1 of %2 centred within 2 pt (%3%); unskewed pages: %4 of %5 with all edges within 2 pt (%6%)")
              .arg(centred)
              .arg(words)
              .arg(words ? 100.0 * centred / words : 0.0, 0, 'f', 2)
              .arg(edgesWithin)
              .arg(edgeWords)
              .arg(edgeWords ? 100.0 * edgesWithin / edgeWords : 0.0, 0, 'f', 2));
    print(QStringLiteral("worst CER %1 (pdftotext -raw), worst bag-of-words CER %2 (pdftotext); size %3 KB in, %4 KB "
                         "out (limit %5 KB); %6 document(s) failing")
              .arg(worstCer, 0, 'f', 4)
              .arg(worstLayoutCer, 0, 'f', 4)
              .arg(inBytes / 1024)
              .arg(outBytes / 1024)
              .arg(limitBytes / 1024)
              .arg(failures));
    return failures == 0 ? 0 : 1;
}
