// Writes the sample documents bundled in resources/samples: a born-digital
// PDF with a text layer and a scanned (image-only) PDF with a slight skew and
// scanner noise. Run: quire-make-samples OUTPUT_DIR
// With --bench N it writes benchmark documents instead: bench-text.pdf (N
// pages with a text layer) and bench-scan.pdf (N/10 scanned pages, 300 DPI).
#include "TestDocuments.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

#include <cstdio>

namespace {

const QList<QStringList> kLetterPages = {
    {QStringLiteral("Quire sample: a born-digital letter"),
     QString(),
     QStringLiteral("Dear reader,"),
     QString(),
     QStringLiteral("This page was written by a program, so it carries a text layer."),
     QStringLiteral("Quire reads that text directly and does not run OCR on it,"),
     QStringLiteral("which takes a few milliseconds instead of about a second."),
     QString(),
     QStringLiteral("Kind regards,"),
     QStringLiteral("The Quire team")},
    {QStringLiteral("Second page"),
     QString(),
     QStringLiteral("Pages of one document are independent: each one is rendered,"),
     QStringLiteral("cleaned and recognized on its own, by whichever worker is free.")},
};

const QList<QStringList> kScanPages = {
    {QStringLiteral("THE HISTORY OF PRINTING"),
     QString(),
     QStringLiteral("Movable type was first used in China around the year 1040."),
     QStringLiteral("Johannes Gutenberg introduced the printing press to Europe"),
     QStringLiteral("around 1440, and by 1500 presses in more than two hundred"),
     QStringLiteral("towns had printed some twenty million volumes."),
     QString(),
     QStringLiteral("This page is an image only: it has no text layer, so Quire"),
     QStringLiteral("renders it, removes the skew, binarizes it and runs OCR.")},
};

QImage scanned(const QStringList &lines, int dpi, double skew, quint32 seed)
{
    QImage image = quire::test::makeTextImage(lines, dpi, skew);
    // Paper tone, and dust specks as a flatbed scanner picks up.
    for (int y = 0; y < image.height(); ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            row[x] = uchar(row[x] > 128 ? 236 : row[x] + 24);
    }
    QRandomGenerator random(seed);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(90, 90, 90));
    for (int i = 0; i < 150; ++i) {
        const int size = 2 + int(random.bounded(3));
        painter.drawEllipse(int(random.bounded(image.width())), int(random.bounded(image.height())), size, size);
    }
    return image;
}

bool writeScan(const QString &path, const QList<QStringList> &pages, int dpi)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setResolution(dpi);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("Quire sample generator"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawImage(QRect(0, 0, writer.width(), writer.height()),
                          scanned(pages.at(i), dpi, 1.5, quint32(i + 1)));
    }
    return painter.end();
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "--bench") {
        const QDir out(QString::fromLocal8Bit(argv[3]));
        const int pages = std::max(10, QByteArray(argv[2]).toInt());
        QList<QStringList> text;
        QList<QStringList> scans;
        for (int i = 0; i < pages; ++i) {
            QStringList lines = kLetterPages.at(i % kLetterPages.size());
            lines.prepend(QStringLiteral("Page %1 of the benchmark document").arg(i + 1));
            text << lines;
            if (i % 10 == 0) {
                // Each scan differs: the body paragraph of a letter page under the scan's heading.
                QStringList scan = kScanPages.first();
                scan << QString() << kLetterPages.at((i / 10) % kLetterPages.size()).mid(2);
                scan.removeAll(QString());
                scans << scan;
            }
        }
        bool ok = quire::test::writeTextPdf(out.filePath(QStringLiteral("bench-text.pdf")), text)
                   && writeScan(out.filePath(QStringLiteral("bench-scan.pdf")), scans, 300);
        // Ground truth of the scans, for `quire-cli eval`.
        for (qsizetype i = 0; ok && i < scans.size(); ++i) {
            QFile gt(out.filePath(QStringLiteral("bench-scan.p%1.gt.txt").arg(i + 1, 2, 10, QLatin1Char('0'))));
            ok = gt.open(QIODevice::WriteOnly | QIODevice::Text)
                 && gt.write(scans.at(i).join(QLatin1Char('\n')).toUtf8() + '\n') > 0;
        }
        return ok ? 0 : 1;
    }
    if (argc != 2) {
        std::fprintf(stderr, "usage: quire-make-samples OUTPUT_DIR | --bench PAGES OUTPUT_DIR\n");
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const bool ok = quire::test::writeTextPdf(out.filePath(QStringLiteral("letter-text-layer.pdf")), kLetterPages)
                    && writeScan(out.filePath(QStringLiteral("printing-scanned.pdf")), kScanPages, 200);
    return ok ? 0 : 1;
}
