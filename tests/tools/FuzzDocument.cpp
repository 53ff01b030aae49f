// quire-fuzz-document: the child process of the document fuzz test
// (tests/integration/TestFuzzDocuments.cpp). It takes one file, possibly
// hostile, through what a worker and the window do with it: probe (open,
// count pages, estimate their pixels), then for the first, a middle and the
// last page: text layer, render at a low resolution, image cleanup, the
// text-layer page job, and a thumbnail. It prints "stage ..." before each
// step (so a parent that had to kill it knows where it was), a line per
// result, and a last line "ok ..." or "error: ...", and exits 0 once that
// line is out. A crash (signal) or a hang is what the test looks for.
//
//   quire-fuzz-document [--dpi N] [--pages N] FILE
//
// Without sanitizers the process may not allocate more than 2 GiB of data,
// so that a file which makes a decoder allocate without bound is a finding
// too (under AddressSanitizer, ASAN_OPTIONS' max_allocation_size_mb plays that
// part: address-space limits do not mix with its shadow memory).
#include "imaging/Preprocessor.h"
#include "pdf/DocumentReader.h"
#include "pipeline/PagePreview.h"
#include "pipeline/PageProcessor.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <iterator>
#include <set>
#include <sys/resource.h>

using namespace quire;

namespace {

void print(const QString &line)
{
    // One line each, so the parent can tell how far a crashed child got.
    QString flat = line;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    std::fprintf(stdout, "%s\n", flat.toUtf8().constData());
    std::fflush(stdout);
}

void limitMemory()
{
#if !defined(__SANITIZE_ADDRESS__)
    constexpr rlim_t kLimit = rlim_t(2) << 30;
    rlimit limit{kLimit, kLimit};
    ::setrlimit(RLIMIT_DATA, &limit);
#endif
}

int fuzzOne(const QString &path, int dpi, int maxPages)
{
    constexpr qint64 kMaxPixels = 4'000'000;
    PipelineSettings settings;
    settings.dpi = dpi;
    settings.maxPixels = kMaxPixels;
    settings.textLayer = TextLayerPolicy::Text; // no OCR model: the decoders are under test
    settings.openCl = OpenClMode::Off;
    PageProcessor processor(settings);
    if (!processor.init()) {
        print(QStringLiteral("error: setup: %1").arg(processor.errorString()));
        return 0;
    }
    print(QStringLiteral("stage probe"));
    const DocumentProbe probe = processor.probe(path);
    if (!probe.ok) {
        print(QStringLiteral("error: %1").arg(probe.error));
        return 0;
    }

    DocumentReader reader;
    if (!reader.open(path)) {
        print(QStringLiteral("error: %1").arg(reader.errorString()));
        return 0;
    }
    if (reader.pageCount() != probe.pageCount) {
        print(QStringLiteral("error: inconsistent: the probe counted %1 pages, the reader %2")
                  .arg(probe.pageCount)
                  .arg(reader.pageCount()));
        return 0;
    }
    const int count = reader.pageCount();
    std::set<int> pages = {0, count / 2, count - 1};
    while (int(pages.size()) > maxPages)
        pages.erase(std::prev(pages.end()));

    int rendered = 0;
    for (int index : pages) {
        const int page = index + 1;
        print(QStringLiteral("stage textlayer page %1").arg(page));
        const TextLayer layer = reader.textLayer(index);
        print(QStringLiteral("page %1: words=%2 usable=%3 covers=%4")
                  .arg(page)
                  .arg(layer.words.size())
                  .arg(layer.usable)
                  .arg(layer.coversPage));
        QString error;
        print(QStringLiteral("stage render page %1").arg(page));
        const RenderedPage image = reader.render(index, dpi, kMaxPixels, &error);
        if (image.image.isNull()) {
            print(QStringLiteral("page %1 render error: %2").arg(page).arg(error));
        } else {
            ++rendered;
            print(QStringLiteral("page %1 render: %2x%3").arg(page).arg(image.image.width()).arg(image.image.height()));
            print(QStringLiteral("stage clean page %1").arg(page));
            const PreprocessResult cleaned = Preprocessor::process(image.image, settings.preprocess);
            print(cleaned.image.isNull() ? QStringLiteral("page %1 clean failed: %2").arg(page).arg(cleaned.error)
                                         : QStringLiteral("page %1 clean: ok").arg(page));
        }
        print(QStringLiteral("stage job page %1").arg(page));
        const PageResult job = processor.process(path, page);
        print(job.status == PageStatus::Done
                  ? QStringLiteral("page %1 job: done, %2 words").arg(page).arg(job.words.size())
                  : QStringLiteral("page %1 job error: %2").arg(page).arg(job.error));
        error.clear();
        print(QStringLiteral("stage thumbnail page %1").arg(page));
        const QImage thumbnail = PagePreview::thumbnail(path, page, 0, 64, {}, &error);
        print(thumbnail.isNull() ? QStringLiteral("page %1 thumbnail error: %2").arg(page).arg(error)
                                 : QStringLiteral("page %1 thumbnail: %2x%3")
                                       .arg(page)
                                       .arg(thumbnail.width())
                                       .arg(thumbnail.height()));
    }
    print(QStringLiteral("ok type=%1 pages=%2 rendered=%3").arg(toString(reader.type())).arg(count).arg(rendered));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    limitMemory();
    QCoreApplication app(argc, argv); // as in quire-worker
    QStringList arguments = QCoreApplication::arguments().mid(1);
    int dpi = 50;
    int maxPages = 3;
    while (arguments.size() > 1 && arguments.first().startsWith(QLatin1String("--"))) {
        const QString option = arguments.takeFirst();
        const int value = arguments.takeFirst().toInt();
        if (option == QLatin1String("--dpi"))
            dpi = value;
        else if (option == QLatin1String("--pages"))
            maxPages = value;
    }
    if (arguments.size() != 1) {
        std::fprintf(stderr, "usage: quire-fuzz-document [--dpi N] [--pages N] FILE\n");
        return 64;
    }
    try {
        return fuzzOne(arguments.first(), dpi, std::max(1, maxPages));
    } catch (const std::exception &e) {
        // Not a crash, but no clear error either: the test reports it.
        print(QStringLiteral("exception: %1").arg(QString::fromUtf8(e.what())));
        return 70;
    }
}
