// Times what the unit tests only check for correctness: the edit distance
// behind evaluation, the store's batched writes, and the CSV export.
//
//   quire-bench-core [Google Benchmark options]

#include "eval/Evaluator.h"
#include "export/CsvExporter.h"
#include "store/Store.h"

#include "StoreFixture.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace quire;

namespace {

const QString kKey = QStringLiteral("bench");

/// A page-sized comparison: 5000 characters against the same with ten changed.
void levenshteinPage(benchmark::State &state)
{
    QString a;
    for (int i = 0; i < 5000; ++i)
        a += QChar(u'a' + (i * 7) % 26);
    QString b = a;
    for (int i = 0; i < 10; ++i)
        b[i * 499] = QLatin1Char('#');
    for (auto _ : state)
        benchmark::DoNotOptimize(Evaluator::levenshtein(a, b));
}
BENCHMARK(levenshteinPage)->Unit(benchmark::kMillisecond);

PageResult threeWordPage(int page)
{
    return test::makeOcrPage(page, {{QStringLiteral("text"), 90.0f}, {QStringLiteral("of"), 80.0f},
                                    {QStringLiteral("page"), 70.0f}});
}

/// 2000 recognized pages of 3 words each, queued and written in batches.
void storeTwoThousandPages(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Store store;
        store.open(dir.filePath(QStringLiteral("bench.sqlite")));
        state.ResumeTiming();
        for (int page = 1; page <= 2000; ++page)
            store.addPage(QStringLiteral("h"), kKey, threeWordPage(page));
        if (!store.flush())
            state.SkipWithError(qPrintable(store.errorString()));
    }
}
BENCHMARK(storeTwoThousandPages)->Unit(benchmark::kMillisecond);

/// One CSV row per page of a 3000-page database.
void exportThreeThousandPagesCsv(benchmark::State &state)
{
    QTemporaryDir dir;
    Store store;
    store.open(dir.filePath(QStringLiteral("bench.sqlite")));
    store.upsertDocument(test::makeDocument(QStringLiteral("/bench/a.pdf"), QStringLiteral("h"), kKey, 3000,
                                            DocumentStatus::Done));
    for (int page = 1; page <= 3000; ++page)
        store.addPage(QStringLiteral("h"), kKey, threeWordPage(page));
    store.flush();
    const QString path = dir.filePath(QStringLiteral("pages.csv"));
    for (auto _ : state) {
        QString error;
        if (!CsvExporter::exportPages(store, path, &error))
            state.SkipWithError(qPrintable(error));
    }
}
BENCHMARK(exportThreeThousandPagesCsv)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
