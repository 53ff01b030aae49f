// Runs the page pipeline in this process, without the worker pool, and
// prints what each page became and where its time went. For profiling:
//   valgrind --tool=callgrind build/bin/quire-process-pages [--dpi N] [--text-layer P] FILE...
// counts the instructions of exactly what a worker does per page (the OCR
// model load included once), independent of how busy the machine is.
#include "pipeline/PageProcessor.h"
#include "pipeline/ProcessSetup.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    quire::ensureOcrThreadLimit(argv);
    QCoreApplication app(argc, argv);
    quire::PipelineSettings settings;
    QStringList files;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--dpi") && i + 1 < args.size()) {
            settings.dpi = args.at(++i).toInt();
        } else if (args.at(i) == QLatin1String("--text-layer") && i + 1 < args.size()) {
            settings.textLayer = quire::textLayerPolicyFromString(args.at(++i)).value_or(settings.textLayer);
        } else if (args.at(i) == QLatin1String("--upsample")) {
            settings.upsample = true;
        } else {
            files << args.at(i);
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: quire-process-pages [--dpi N] [--text-layer auto|ocr|text] [--upsample] FILE...\n");
        return 1;
    }
    settings.openCl = quire::OpenClMode::Off;
    quire::PageProcessor processor(settings);
    if (!processor.init()) {
        std::fprintf(stderr, "%s\n", qPrintable(processor.errorString()));
        return 1;
    }
    int failures = 0;
    for (const QString &file : std::as_const(files)) {
        const quire::DocumentProbe probe = processor.probe(file);
        if (!probe.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(probe.error));
            ++failures;
            continue;
        }
        for (int page = 1; page <= probe.pageCount; ++page) {
            const quire::PageResult r = processor.process(file, page);
            std::printf("%s p%d %s %s dpi %d %dx%d words %lld conf %.1f render %.0f ms cleanup %.0f ms ocr %.0f ms%s%s\n",
                qPrintable(file), page, qPrintable(quire::toString(r.kind)), qPrintable(quire::toString(r.status)), r.dpi,
                r.imageSize.width(), r.imageSize.height(), qint64(r.words.size()), r.meanConfidence, r.timings.renderMs,
                r.timings.preprocessMs, r.timings.recognizeMs, r.error.isEmpty() ? "" : " ", qPrintable(r.error));
            failures += r.status == quire::PageStatus::Failed ? 1 : 0;
        }
    }
    return failures == 0 ? 0 : 2;
}
