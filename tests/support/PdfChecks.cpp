#include "PdfChecks.h"

#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <vector>

namespace quire::test {

namespace {

QStringList passwordArguments(const QString &option, const QString &password)
{
    return password.isEmpty() ? QStringList() : QStringList{option, password};
}

QString unescape(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&apos;"), QLatin1String("'"));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

int levenshtein(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size() + 1));
    std::vector<int> current(size_t(b.size() + 1));
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

QString sortedWords(const QString &text)
{
    QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    std::sort(words.begin(), words.end());
    return words.join(QLatin1Char(' '));
}

/// pdftotext (not -raw) joins a word broken by a hyphen at the end of a
/// line with its rest where its layout analysis finds them on consecutive
/// lines of one block, and leaves it broken elsewhere; the stored text keeps
/// the pieces apart. Both sides are compared with every word that ends in
/// a hyphen after a letter joined to the word after it.
QString joinHyphenated(const QString &text)
{
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QStringList joined;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        while (word.size() >= 2 && word.endsWith(QLatin1Char('-')) && word.at(word.size() - 2).isLetter()
               && i + 1 < words.size()) {
            word = word.chopped(1) + words.at(++i);
        }
        joined << word;
    }
    return joined.join(QLatin1Char(' '));
}

/// Every page image rendered by pdftoppm into @p folder, in page order.
QList<QImage> render(const QString &pdf, const QStringList &options, const QString &folder, QString *error)
{
    const QString prefix = QDir(folder).filePath(QStringLiteral("page"));
    const ToolRun run = runTool(QStringLiteral("pdftoppm"), options + QStringList{pdf, prefix});
    QList<QImage> pages;
    if (run.exitCode != 0) {
        *error = QStringLiteral("pdftoppm %1 failed: %2").arg(pdf, QString::fromLocal8Bit(run.err));
        return pages;
    }
    QStringList files = QDir(folder).entryList({QStringLiteral("page*")}, QDir::Files, QDir::Name);
    for (const QString &file : std::as_const(files))
        pages << QImage(QDir(folder).filePath(file)).convertToFormat(QImage::Format_RGB888);
    return pages;
}

void compare(const QImage &a, const QImage &b, PixelCompare *result)
{
    ++result->pages;
    if (a.size() != b.size() || a.isNull()) {
        result->ok = false;
        result->error = QStringLiteral("page %1: %2x%3 against %4x%5 pixels")
                            .arg(result->pages)
                            .arg(a.width())
                            .arg(a.height())
                            .arg(b.width())
                            .arg(b.height());
        return;
    }
    qint64 sum = 0;
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *p = a.constScanLine(y);
        const uchar *q = b.constScanLine(y);
        for (int x = 0; x < a.width() * 3; ++x) {
            const int d = std::abs(int(p[x]) - int(q[x]));
            sum += d;
            worst = std::max(worst, d);
        }
    }
    if (worst == 0)
        ++result->identicalPages;
    result->maxDifference = std::max(result->maxDifference, worst);
    const double mean = double(sum) / (3.0 * a.width() * a.height());
    result->meanDifference = std::max(result->meanDifference, mean);
}

/// qpdf --json's objects (decrypted, not decoded), by "N G R".
QJsonObject qpdfObjects(const QString &pdf, const QString &password, QJsonArray *pages, QString *error)
{
    QStringList arguments{QStringLiteral("--json=2"), QStringLiteral("--decode-level=none"),
                          QStringLiteral("--json-stream-data=inline"), pdf};
    if (!password.isEmpty())
        arguments.prepend(QStringLiteral("--password=") + password);
    const ToolRun run = runTool(QStringLiteral("qpdf"), arguments);
    if (run.exitCode != 0 && run.exitCode != 3) {
        *error = QStringLiteral("qpdf --json %1 failed: %2").arg(pdf, QString::fromLocal8Bit(run.err));
        return {};
    }
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    *pages = root.value(QStringLiteral("pages")).toArray();
    const QJsonArray qpdf = root.value(QStringLiteral("qpdf")).toArray();
    return qpdf.size() > 1 ? qpdf.at(1).toObject() : QJsonObject();
}

QByteArray streamData(const QJsonObject &objects, const QString &reference)
{
    const QJsonObject object = objects.value(QStringLiteral("obj:") + reference).toObject();
    return object.value(QStringLiteral("stream")).toObject().value(QStringLiteral("data")).toString().toLatin1();
}

} // namespace

ToolRun runTool(const QString &program, const QStringList &arguments, int timeoutMs)
{
    ToolRun run;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(30'000)) {
        run.err = QStringLiteral("%1 could not be started: %2").arg(program, process.errorString()).toLocal8Bit();
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("%1 did not finish within %2 ms").arg(program).arg(timeoutMs).toLocal8Bit();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QList<PdfPageFrame> pageFrames(const QString &pdf, const QString &password)
{
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), passwordArguments(QStringLiteral("-upw"), password) + QStringList{pdf});
    const QRegularExpression pagesLine(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const int count = pagesLine.match(QString::fromUtf8(info.out)).captured(1).toInt();
    QList<PdfPageFrame> frames(count);
    if (count == 0)
        return frames;
    const ToolRun boxes = runTool(QStringLiteral("pdfinfo"),
                                  passwordArguments(QStringLiteral("-upw"), password)
                                      + QStringList{QStringLiteral("-box"), QStringLiteral("-f"), QStringLiteral("1"),
                                                    QStringLiteral("-l"), QString::number(count), pdf});
    const QRegularExpression crop(
        QStringLiteral("^Page\\s+(\\d+) CropBox:\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)"), QRegularExpression::MultilineOption);
    const QRegularExpression rot(QStringLiteral("^Page\\s+(\\d+) rot:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(boxes.out);
    for (auto it = crop.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int page = m.captured(1).toInt();
        if (page < 1 || page > count)
            continue;
        const double x0 = m.captured(2).toDouble();
        const double y0 = m.captured(3).toDouble();
        frames[page - 1].box = QRectF(x0, y0, m.captured(4).toDouble() - x0, m.captured(5).toDouble() - y0);
    }
    for (auto it = rot.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int page = m.captured(1).toInt();
        if (page >= 1 && page <= count)
            frames[page - 1].rotate = m.captured(2).toInt() % 360;
    }
    return frames;
}

QList<QList<ExtractedWord>> extractWords(const QString &pdf, const QString &password)
{
    const ToolRun run = runTool(QStringLiteral("pdftotext"),
                                passwordArguments(QStringLiteral("-upw"), password)
                                    + QStringList{QStringLiteral("-bbox"), QStringLiteral("-cropbox"), pdf,
                                                  QStringLiteral("-")});
    QList<QList<ExtractedWord>> pages;
    const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([^\"]+)\" yMin=\"([^\"]+)\" xMax=\"([^\"]+)\" yMax=\"([^\"]+)\">(.*)</word>"));
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("<page "))) {
            pages.append(QList<ExtractedWord>());
            continue;
        }
        const auto m = word.match(line);
        if (!m.hasMatch() || pages.isEmpty())
            continue;
        const double x0 = m.captured(1).toDouble();
        const double y0 = m.captured(2).toDouble();
        pages.last().append({unescape(m.captured(5)),
                             QRectF(x0, y0, m.captured(3).toDouble() - x0, m.captured(4).toDouble() - y0)});
    }
    return pages;
}

QStringList extractText(const QString &pdf, const QString &password, bool raw)
{
    const ToolRun run = runTool(QStringLiteral("pdftotext"),
                                passwordArguments(QStringLiteral("-upw"), password)
                                    + (raw ? QStringList{QStringLiteral("-raw")} : QStringList())
                                    + QStringList{pdf, QStringLiteral("-")});
    QStringList pages = QString::fromUtf8(run.out).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast(); // after the last page's form feed
    return pages;
}

double cer(const QString &expected, const QString &actual)
{
    const QString a = expected.simplified();
    const QString b = actual.simplified();
    if (a.isEmpty())
        return b.isEmpty() ? 0.0 : 1.0;
    return double(levenshtein(a, b)) / double(a.size());
}

double bagOfWordsCer(const QString &expected, const QString &actual)
{
    const QString a = sortedWords(expected);
    const QString b = sortedWords(actual);
    if (a.isEmpty())
        return b.isEmpty() ? 0.0 : 1.0;
    return double(levenshtein(a, b)) / double(a.size());
}

Placement checkPlacement(const StoredPage &page, const PdfPageFrame &frame, const QList<ExtractedWord> &extracted,
                         const QList<ExtractedWord> &ownText, double tolerancePt)
{
    Placement placement;
    const PageResult &result = page.result;
    if (result.kind != PageKind::Ocr || result.status != PageStatus::Done || result.imageSize.isEmpty())
        return placement;
    const QTransform toPage = PdfTextLayer::imageToDisplayed(result, frame.displayedSize());
    const bool level = std::abs(result.skewDegrees) < 0.05;
    QHash<QString, QList<QRectF>> found;
    for (const ExtractedWord &word : extracted)
        found[word.text].append(word.box);
    for (const Word &word : result.words) {
        const QString text = word.displayText();
        if (text.isEmpty() || text.contains(QLatin1Char(' ')))
            continue;
        const QRectF stored = toPage.mapRect(QRectF(word.box));
        const bool own = std::any_of(ownText.cbegin(), ownText.cend(), [&](const ExtractedWord &mine) {
            return mine.text == text && mine.box.intersects(stored);
        });
        if (own)
            continue;
        ++placement.words;
        const QList<QRectF> candidates = found.value(text);
        double best = 1e9;
        QRectF nearest;
        for (const QRectF &box : candidates) {
            const QPointF d = box.center() - stored.center();
            const double distance = std::hypot(d.x(), d.y());
            if (distance < best) {
                best = distance;
                nearest = box;
            }
        }
        if (best <= tolerancePt)
            ++placement.centred;
        if (level) {
            ++placement.edgeWords;
            if (best < 1e9 && std::abs(nearest.left() - stored.left()) <= tolerancePt
                && std::abs(nearest.right() - stored.right()) <= tolerancePt
                && std::abs(nearest.top() - stored.top()) <= tolerancePt
                && std::abs(nearest.bottom() - stored.bottom()) <= tolerancePt) {
                ++placement.edgesWithin;
            }
        }
    }
    return placement;
}

PixelCompare compareRenderings(const QString &before, const QString &after, int longestSide, const QString &password)
{
    PixelCompare result;
    QTemporaryDir a;
    QTemporaryDir b;
    const QStringList options = passwordArguments(QStringLiteral("-upw"), password)
                                + QStringList{QStringLiteral("-scale-to"), QString::number(longestSide)};
    const QList<QImage> first = render(before, options, a.path(), &result.error);
    const QList<QImage> second = render(after, options, b.path(), &result.error);
    if (!result.error.isEmpty())
        return result;
    if (first.size() != second.size() || first.isEmpty()) {
        result.error = QStringLiteral("%1 pages rendered against %2").arg(first.size()).arg(second.size());
        return result;
    }
    result.ok = true;
    for (qsizetype i = 0; i < first.size(); ++i)
        compare(first.at(i), second.at(i), &result);
    return result;
}

PixelCompare compareWithImage(const QString &pdf, int page, const QImage &expected)
{
    PixelCompare result;
    QTemporaryDir folder;
    // The reference: the decoded pixels in a PDF of their own, 1-bit where
    // the image is bilevel (Poppler smooths 1-bit images as it draws them),
    // else 8-bit gray or RGB, without loss.
    const QSizeF size = pageFrames(pdf).value(page - 1).displayedSize();
    const bool bilevel = expected.format() == QImage::Format_Mono || expected.format() == QImage::Format_MonoLSB;
    const bool gray = expected.allGray();
    QByteArray pixels;
    int bits = 8;
    QByteArray space = "/DeviceRGB";
    if (bilevel) {
        const QImage mono = expected.convertToFormat(QImage::Format_Mono);
        const bool oneIsWhite = qGray(mono.color(1)) > qGray(mono.color(0));
        for (int y = 0; y < mono.height(); ++y) {
            QByteArray row(reinterpret_cast<const char *>(mono.constScanLine(y)), (mono.width() + 7) / 8);
            if (!oneIsWhite) {
                for (char &c : row)
                    c = char(~c);
            }
            pixels += row;
        }
        bits = 1;
        space = "/DeviceGray";
    } else if (gray) {
        const QImage g = expected.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < g.height(); ++y)
            pixels.append(reinterpret_cast<const char *>(g.constScanLine(y)), g.width());
        space = "/DeviceGray";
    } else {
        const QImage rgb = expected.convertToFormat(QImage::Format_RGB888);
        for (int y = 0; y < rgb.height(); ++y)
            pixels.append(reinterpret_cast<const char *>(rgb.constScanLine(y)), rgb.width() * 3);
    }
    const QByteArray data = qCompress(pixels, 6).mid(4);
    const QByteArray content = QByteArray::number(size.width(), 'f', 4) + " 0 0 " + QByteArray::number(size.height(), 'f', 4)
                               + " 0 0 cm /Im0 Do\n";
    const QList<QByteArray> bodies = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(size.width(), 'f', 4) + ' '
            + QByteArray::number(size.height(), 'f', 4)
            + "] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(expected.width()) + " /Height "
            + QByteArray::number(expected.height()) + " /ColorSpace " + space + " /BitsPerComponent "
            + QByteArray::number(bits) + " /Filter /FlateDecode /Length " + QByteArray::number(data.size())
            + " >>\nstream\n" + data + "\nendstream",
    };
    QByteArray file = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        offsets << file.size();
        file += QByteArray::number(i + 1) + " 0 obj\n" + bodies.at(i) + "\nendobj\n";
    }
    const qsizetype xref = file.size();
    file += "xref\n0 6\n0000000000 65535 f \n";
    for (qsizetype offset : std::as_const(offsets))
        file += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    file += "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    const QString reference = folder.filePath(QStringLiteral("reference.pdf"));
    QFile out(reference);
    if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size()) {
        result.error = QStringLiteral("could not write %1").arg(reference);
        return result;
    }
    out.close();

    const QStringList scale = {QStringLiteral("-scale-to-x"), QString::number(expected.width()),
                               QStringLiteral("-scale-to-y"), QString::number(expected.height())};
    QDir(folder.path()).mkdir(QStringLiteral("a"));
    QDir(folder.path()).mkdir(QStringLiteral("b"));
    const QList<QImage> want = render(reference, scale, folder.filePath(QStringLiteral("a")), &result.error);
    const QList<QImage> got = render(pdf,
                                     scale + QStringList{QStringLiteral("-f"), QString::number(page),
                                                         QStringLiteral("-l"), QString::number(page)},
                                     folder.filePath(QStringLiteral("b")), &result.error);
    if (want.size() != 1 || got.size() != 1) {
        if (result.error.isEmpty())
            result.error = QStringLiteral("page %1 of %2 was not rendered").arg(page).arg(pdf);
        return result;
    }
    result.ok = true;
    compare(got.constFirst(), want.constFirst(), &result);
    return result;
}

bool qpdfCheckClean(const QString &pdf, const QString &password, QString *report)
{
    QStringList arguments{QStringLiteral("--check"), pdf};
    if (!password.isEmpty())
        arguments.prepend(QStringLiteral("--password=") + password);
    const ToolRun run = runTool(QStringLiteral("qpdf"), arguments);
    const QString out = QString::fromLocal8Bit(run.out + run.err);
    if (report)
        *report = out;
    return run.exitCode == 0 && out.contains(QLatin1String("No syntax or stream encoding errors"))
           && !out.contains(QLatin1String("WARNING"));
}

bool originalStreamsKept(const QString &input, const QString &output, const QString &password, QString *why)
{
    QString error;
    QJsonArray inPages;
    QJsonArray outPages;
    const QJsonObject in = qpdfObjects(input, password, &inPages, &error);
    const QJsonObject out = qpdfObjects(output, password, &outPages, &error);
    const auto fail = [why](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    if (!error.isEmpty())
        return fail(error);
    if (inPages.size() != outPages.size() || inPages.isEmpty())
        return fail(QStringLiteral("%1 pages against %2").arg(inPages.size()).arg(outPages.size()));
    for (qsizetype p = 0; p < inPages.size(); ++p) {
        const QJsonObject before = inPages.at(p).toObject();
        const QJsonObject after = outPages.at(p).toObject();
        QList<QByteArray> original;
        for (const QJsonValue &ref : before.value(QStringLiteral("contents")).toArray())
            original << streamData(in, ref.toString());
        QList<QByteArray> now;
        for (const QJsonValue &ref : after.value(QStringLiteral("contents")).toArray())
            now << streamData(out, ref.toString());
        // Either untouched, or [q, the originals..., Q + text layer].
        const bool same = now == original
                          || (now.size() == original.size() + 2 && now.mid(1, original.size()) == original);
        if (!same)
            return fail(QStringLiteral("page %1: the content streams differ").arg(p + 1));
        const QJsonArray imagesBefore = before.value(QStringLiteral("images")).toArray();
        const QJsonArray imagesAfter = after.value(QStringLiteral("images")).toArray();
        if (imagesBefore.size() != imagesAfter.size())
            return fail(QStringLiteral("page %1: %2 images against %3").arg(p + 1).arg(imagesBefore.size()).arg(imagesAfter.size()));
        for (qsizetype i = 0; i < imagesBefore.size(); ++i) {
            const QJsonObject a = imagesBefore.at(i).toObject();
            const QJsonObject b = imagesAfter.at(i).toObject();
            if (a.value(QStringLiteral("name")) != b.value(QStringLiteral("name"))
                || streamData(in, a.value(QStringLiteral("object")).toString())
                       != streamData(out, b.value(QStringLiteral("object")).toString())) {
                return fail(QStringLiteral("page %1: image %2 differs").arg(p + 1).arg(a.value(QStringLiteral("name")).toString()));
            }
        }
    }
    return true;
}

DocumentCheck checkDocument(Store &store, const DocumentRecord &document, const QString &output,
                            const QString &password)
{
    DocumentCheck check;
    check.document = document.path;
    check.output = output;
    check.inputBytes = QFileInfo(document.path).size();
    check.outputBytes = QFileInfo(output).size();
    const bool pdfInput = document.type == DocumentType::Pdf;
    const QList<PdfPageFrame> frames = pageFrames(output, password);
    check.pages = int(frames.size());
    if (frames.isEmpty()) {
        check.problem = QStringLiteral("pdfinfo reads no pages in %1").arg(output);
        return check;
    }
    const QStringList texts = extractText(output, password);
    const QStringList rawTexts = extractText(output, password, true);
    const QList<QList<ExtractedWord>> words = extractWords(output, password);
    const QList<QList<ExtractedWord>> own = pdfInput ? extractWords(document.path, password) : QList<QList<ExtractedWord>>();
    const QStringList ownText = pdfInput ? extractText(document.path, password) : QStringList();
    QString expected;
    QString actual;
    QString actualRaw;
    for (int page = 1; page <= check.pages; ++page) {
        const std::optional<StoredPage> stored = store.loadPage(document.path, page, true);
        if (!stored)
            continue;
        if (!ownText.value(page - 1).trimmed().isEmpty()) {
            ++check.pagesWithOwnText;
        } else {
            expected += stored->correctedText + QLatin1Char('\n');
            actual += texts.value(page - 1) + QLatin1Char('\n');
            actualRaw += rawTexts.value(page - 1) + QLatin1Char('\n');
        }
        const Placement placement =
            checkPlacement(*stored, frames.at(page - 1), words.value(page - 1), own.value(page - 1));
        check.placement.words += placement.words;
        check.placement.centred += placement.centred;
        check.placement.edgeWords += placement.edgeWords;
        check.placement.edgesWithin += placement.edgesWithin;
    }
    check.cer = cer(expected, actualRaw);
    check.layoutCer = bagOfWordsCer(joinHyphenated(expected), joinHyphenated(actual));
    check.qpdfClean = qpdfCheckClean(output, password);
    if (pdfInput) {
        if (!check.qpdfClean)
            check.inputQpdfClean = qpdfCheckClean(document.path, password);
        check.pixels = compareRenderings(document.path, output, 600, password);
        check.streamsKept = originalStreamsKept(document.path, output, password, &check.problem);
    } else {
        const QString images = QString::fromUtf8(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), output}).out);
        check.jpegImages = images.contains(QLatin1String(" jpeg "));
        check.softMasks = images.contains(QLatin1String(" smask "));
        // As viewers and Quire's OCR show the image: orientation applied.
        for (int page = 1; page <= check.pages; ++page) {
            QImageReader reader(document.path);
            reader.setAutoTransform(true);
            if (page > 1)
                reader.jumpToImage(page - 1);
            QImage image = reader.read();
            if (image.hasAlphaChannel()) { // shown on white paper
                QImage onWhite(image.size(), QImage::Format_RGB888);
                onWhite.fill(Qt::white);
                QPainter painter(&onWhite);
                painter.drawImage(0, 0, image);
                painter.end();
                image = onWhite;
            }
            const PixelCompare one = compareWithImage(output, page, image);
            check.pixels.ok = (page == 1 || check.pixels.ok) && one.ok;
            check.pixels.pages += one.pages;
            check.pixels.identicalPages += one.identicalPages;
            check.pixels.maxDifference = std::max(check.pixels.maxDifference, one.maxDifference);
            check.pixels.meanDifference = std::max(check.pixels.meanDifference, one.meanDifference);
            if (!one.error.isEmpty())
                check.pixels.error = one.error;
        }
    }
    return check;
}

} // namespace quire::test
