// quire-pdf-bench-db: the generated database that tests/bench/pdf-bench.sh
// exports, without recognizing a thousand pages first.
//
//   quire-pdf-bench-db make DIR PAGES [UNIQUE]
//       DIR/bench.pdf: PAGES scanned pages (200 DPI, about 300 words each),
//       the UNIQUE (default 10) texts in turn, each page image its own (a
//       page number in the corner); DIR/unique.pdf: the first UNIQUE pages.
//   quire-pdf-bench-db fill --from SAMPLE_DB --db BENCH_DB DIR
//       After `quire-cli run --db SAMPLE_DB DIR/unique.pdf`: records
//       DIR/bench.pdf in BENCH_DB with page N's result copied from page
//       ((N - 1) mod UNIQUE) + 1 of unique.pdf, under the same settings.

#include "TestDocuments.h"

#include "pdf/DocumentReader.h"
#include "pipeline/InputScanner.h"
#include "store/Store.h"

#include <QDir>
#include <QGuiApplication>
#include <QPainter>

#include <cstdio>

using namespace quire;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "quire-pdf-bench-db: %s\n", qPrintable(message));
    return 1;
}

QStringList pageText(int variant)
{
    static const QStringList words = {
        QStringLiteral("printing"), QStringLiteral("harbour"), QStringLiteral("ledger"), QStringLiteral("invoice"),
        QStringLiteral("quarterly"), QStringLiteral("shipment"), QStringLiteral("received"), QStringLiteral("council"),
        QStringLiteral("minutes"), QStringLiteral("meeting"), QStringLiteral("account"), QStringLiteral("balance"),
        QStringLiteral("the"), QStringLiteral("of"), QStringLiteral("and"), QStringLiteral("records"),
        QStringLiteral("office"), QStringLiteral("report"), QStringLiteral("payment"), QStringLiteral("1924")};
    QStringList lines;
    for (int line = 0; line < 30; ++line) {
        QStringList row;
        for (int w = 0; w < 10; ++w)
            row << words.at((variant * 7 + line * 3 + w * 5) % words.size());
        lines << row.join(QLatin1Char(' '));
    }
    return lines;
}

bool writeScans(const QString &path, const QList<QImage> &unique, int pages)
{
    QList<quire::test::ImagePdfPage> specs;
    for (int i = 0; i < pages; ++i) {
        quire::test::ImagePdfPage spec;
        spec.image = unique.at(i % unique.size());
        spec.dpi = 200;
        QPainter mark(&spec.image);
        mark.setFont(QFont(QStringLiteral("DejaVu Sans"), 6));
        mark.drawText(QPoint(spec.image.width() - 300, spec.image.height() - 40), QString::number(i + 1));
        mark.end();
        specs << spec;
    }
    return quire::test::writeImagePdf(path, specs);
}

int make(const QString &dir, int pages, int unique)
{
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("cannot create %1").arg(dir));
    QList<QImage> images;
    for (int i = 0; i < unique; ++i)
        images << quire::test::makeTextImage(pageText(i), 200);
    if (!writeScans(QDir(dir).filePath(QStringLiteral("unique.pdf")), images, unique)
        || !writeScans(QDir(dir).filePath(QStringLiteral("bench.pdf")), images, pages))
        return fail(QStringLiteral("cannot write the PDFs in %1").arg(dir));
    return 0;
}

int fill(const QString &from, const QString &to, const QString &dir)
{
    const QString uniquePath = QDir(dir).absoluteFilePath(QStringLiteral("unique.pdf"));
    const QString benchPath = QDir(dir).absoluteFilePath(QStringLiteral("bench.pdf"));
    Store sample;
    if (!sample.open(from))
        return fail(sample.errorString());
    QList<StoredPage> pages;
    for (int page = 1;; ++page) {
        const std::optional<StoredPage> stored = sample.loadPage(uniquePath, page, true);
        if (!stored)
            break;
        pages << *stored;
    }
    if (pages.isEmpty())
        return fail(QStringLiteral("%1 holds no pages of %2; run quire-cli run on it first").arg(from, uniquePath));
    QString settingsKey;
    for (const DocumentRecord &record : sample.documents()) {
        if (record.path == uniquePath)
            settingsKey = record.settingsKey;
    }
    QString error;
    DocumentRecord record;
    record.path = benchPath;
    record.contentHash = InputScanner::hashFile(benchPath, &error);
    record.type = DocumentType::Pdf;
    record.size = QFileInfo(benchPath).size();
    record.settingsKey = settingsKey;
    if (record.contentHash.isEmpty())
        return fail(error);
    Store bench;
    if (!bench.open(to))
        return fail(bench.errorString());
    const qint64 id = bench.upsertDocument(record);
    if (id == 0)
        return fail(bench.errorString());
    DocumentReader reader;
    if (!reader.open(benchPath))
        return fail(reader.errorString());
    const int count = reader.pageCount();
    for (int page = 1; page <= count; ++page) {
        PageResult result = pages.at((page - 1) % pages.size()).result;
        result.page = page;
        for (Word &word : result.words)
            word.id = 0;
        bench.addPage(record.contentHash, settingsKey, result);
    }
    if (!bench.flush() || !bench.setDocumentState(id, count, DocumentStatus::Done, {}))
        return fail(bench.errorString());
    std::printf("%d pages\n", count);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the pages are drawn with fonts
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 3 && args.at(0) == QStringLiteral("make"))
        return make(args.at(1), std::max(1, args.at(2).toInt()), args.size() > 3 ? std::max(1, args.at(3).toInt()) : 10);
    if (args.size() == 6 && args.at(0) == QStringLiteral("fill") && args.at(1) == QStringLiteral("--from")
        && args.at(3) == QStringLiteral("--db"))
        return fill(args.at(2), args.at(4), args.at(5));
    return fail(QStringLiteral("usage: quire-pdf-bench-db make DIR PAGES [UNIQUE] | fill --from SAMPLE_DB --db BENCH_DB DIR"));
}
