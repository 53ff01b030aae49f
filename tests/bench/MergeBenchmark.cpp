// Times ShardMerger: builds a shard database of N pages with W words each
// (through the Store, as a shard task writes it), merges it into an empty
// main database, then merges it again (every page is already there).
//
//   quire-bench-merge [--pages N] [--words W] [--shards S] [--dir DIR]
//
// With --shards S the pages are spread over S shard databases, merged one
// after the other (one transaction each), as `quire-cli merge` does.
#include "store/ShardMerger.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace quire;

namespace {

PageResult syntheticPage(int page, int words)
{
    PageResult result;
    result.page = page;
    result.kind = PageKind::Ocr;
    result.dpi = 300;
    result.imageSize = QSize(2550, 3300);
    result.meanConfidence = 90;
    result.timings = {250.0, 80.0, 850.0};
    static const QStringList vocabulary = QStringLiteral(
        "the harbour office received twelve barrels of salted herring from the northern fleet on "
        "monday and the council agreed that payment is due within thirty days of delivery")
                                              .split(QLatin1Char(' '));
    for (int i = 0; i < words; ++i) {
        const int line = i / 12;
        result.words << Word{vocabulary.at((page * 31 + i) % vocabulary.size()),
                             QRect(150 + (i % 12) * 180, 200 + line * 60, 160, 40), float(60 + (i * 7) % 40), line / 10,
                             line};
    }
    result.text = joinWords(result.words);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption pagesOption(QStringLiteral("pages"), QStringLiteral("Pages (default 10000)."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption wordsOption(QStringLiteral("words"), QStringLiteral("Words per page (default 300)."),
                                         QStringLiteral("W"), QStringLiteral("300"));
    const QCommandLineOption shardsOption(QStringLiteral("shards"), QStringLiteral("Shard databases (default 1)."),
                                          QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary one)."),
                                       QStringLiteral("DIR"));
    parser.addOptions({pagesOption, wordsOption, shardsOption, dirOption});
    parser.process(app);
    const int pages = parser.value(pagesOption).toInt();
    const int words = parser.value(wordsOption).toInt();
    const int shards = std::max(1, parser.value(shardsOption).toInt());
    QTemporaryDir scratch;
    const QDir dir(parser.isSet(dirOption) ? parser.value(dirOption) : scratch.path());
    QDir().mkpath(dir.path());

    QElapsedTimer clock;
    clock.start();
    QStringList shardPaths;
    const QString key = QStringLiteral("bench-settings");
    const int documents = std::max(1, pages / 100); // 100-page documents
    int next = 0;
    for (int s = 0; s < shards; ++s) {
        const QString path = dir.filePath(QStringLiteral("shard-%1.sqlite").arg(s, 4, 10, QLatin1Char('0')));
        QFile::remove(path);
        Store shard;
        if (!shard.open(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(shard.errorString()));
            return 1;
        }
        const int count = pages / shards + (s < pages % shards ? 1 : 0);
        for (int i = 0; i < count; ++i, ++next) {
            const int document = next / 100;
            if (next % 100 == 0 || i == 0) {
                DocumentRecord record;
                record.path = QStringLiteral("/archive/box-%1.pdf").arg(document);
                record.contentHash = QStringLiteral("hash-%1").arg(document);
                record.type = DocumentType::Pdf;
                record.pageCount = std::min(100, pages - document * 100);
                record.settingsKey = key;
                shard.upsertDocument(record);
            }
            shard.addPage(QStringLiteral("hash-%1").arg(document), key, syntheticPage(next % 100 + 1, words));
        }
        shard.flush();
        shardPaths << path;
    }
    const double buildSeconds = double(clock.nsecsElapsed()) / 1e9;
    qint64 bytes = 0;
    for (const QString &path : std::as_const(shardPaths))
        bytes += QFileInfo(path).size();
    std::printf("shards: %d database(s), %d pages, %d words each, %d documents, %.1f MB, built in %.1f s\n",
                shards, pages, words, documents, double(bytes) / 1e6, buildSeconds);

    const QString mainPath = dir.filePath(QStringLiteral("main.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(mainPath + suffix);
    for (const char *round : {"into an empty main database", "again (every page already there)"}) {
        ShardMerger merger;
        if (!merger.open(mainPath)) {
            std::fprintf(stderr, "%s\n", qPrintable(merger.errorString()));
            return 1;
        }
        clock.restart();
        int merged = 0;
        int added = 0;
        for (const QString &path : std::as_const(shardPaths)) {
            const std::optional<MergeCounts> counts = merger.merge(path);
            if (!counts) {
                std::fprintf(stderr, "%s\n", qPrintable(merger.errorString()));
                return 1;
            }
            merged += counts->pagesAdded + counts->pagesReplaced + counts->pagesKept;
            added += counts->pagesAdded;
        }
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        std::printf("merge %s: %d pages (%d added) in %.2f s = %.0f pages/s\n", round, merged, added, seconds,
                    merged / seconds);
    }
    return 0;
}
