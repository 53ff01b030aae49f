#include "pipeline/PageProcessor.h"

#include "imaging/BlankPageDetector.h"
#include "imaging/Preprocessor.h"
#include "ocr/OcrEngine.h"
#include "pdf/DocumentReader.h"

#include <QElapsedTimer>
#include <QDateTime>
#include <QFileInfo>

#include <exception>
#include <new>

namespace quire {

namespace {

// Images whose recorded resolution is implausible are read twice (see
// RenderedPage::alternativeDpi); the second reading is kept when its confident
// characters exceed the first's by more than this factor. Measured on the 29
// corpus pages recorded at a screen's 96 DPI: where 300 DPI reads better the
// factor is 1.14-1.37 (tables: recall +0.07 to +0.30); below 1.05 the two
// readings are the same text give or take a few words, either way.
constexpr double kAlternativeReadingMargin = 1.05;

/// A reading this weak may come from a page turned on its side or upside down.
bool looksMisread(const OcrOutput &out)
{
    return out.words.size() < 3 || out.meanConfidence < 75.0;
}

/// Confident characters: an upside-down or sideways reading has few.
double readingScore(const OcrOutput &out)
{
    double score = 0;
    for (const Word &word : out.words)
        score += double(word.confidence) * double(word.text.size());
    return score;
}

} // namespace

struct PageProcessor::Private
{
    PipelineSettings settings;
    OpenClStatus openCl;
    OcrEngine ocr;
    bool ocrReady = false;
    DocumentReader reader;
    qint64 openedSize = -1; ///< Size and time of the file when the reader opened it.
    QDateTime openedModified;
    QString error;

    bool ensureOpen(const QString &path, QString *why)
    {
        // The open document serves the next page of the same file, unless the
        // file changed since (a worker of a watched folder lives long).
        if (reader.isOpen() && reader.path() == path) {
            const QFileInfo now(path);
            if (now.size() == openedSize && now.lastModified() == openedModified)
                return true;
        }
        const QFileInfo opened(path);
        openedSize = opened.size();
        openedModified = opened.lastModified();
        if (reader.open(path))
            return true;
        // Encrypted: try each password given; report the first error if none fits.
        const QString firstError = reader.errorString();
        if (reader.error() == DocumentReader::OpenError::PasswordRequired) {
            for (const QString &password : settings.passwords) {
                if (reader.open(path, password))
                    return true;
            }
            if (!settings.passwords.isEmpty()) {
                *why = reader.errorString();
                return false;
            }
        }
        *why = firstError;
        return false;
    }

    static QString where(const QString &path, int page)
    {
        return PageProcessor::tr("%1, page %2").arg(QFileInfo(path).fileName()).arg(page);
    }

    PageResult failed(PageResult result, const QString &path, const QString &why) const
    {
        result.status = PageStatus::Failed;
        result.error = why.contains(QFileInfo(path).fileName()) ? why
                                                                : where(path, result.page) + QStringLiteral(": ") + why;
        result.words.clear();
        result.text.clear();
        return result;
    }

    PageResult processText(PageResult result, const TextLayer &layer, PageImages *images, int index)
    {
        result.kind = PageKind::Text;
        result.dpi = 72;
        result.imageSize = layer.pageSize.boundedTo(QSizeF(1e9, 1e9)).toSize(); // a hostile page box can be huge
        if (layer.usable) {
            result.words = layer.words;
            result.text = layer.text;
        }
        result.meanConfidence = result.words.isEmpty() ? -1.0 : 100.0;
        if (images) {
            // A preview at screen resolution; word boxes are in points.
            QString ignored;
            images->rendered = reader.render(index, 72, settings.maxPixels, &ignored).image;
            images->cleaned = images->rendered;
        }
        return result;
    }

    /// A PDF page that paints nothing: no render, no OCR.
    PageResult processEmpty(PageResult result, PageImages *images, int index)
    {
        result.kind = PageKind::Blank;
        result.dpi = 72;
        result.imageSize = reader.pageSizePoints(index).toSize();
        if (images) {
            QString ignored;
            images->rendered = reader.render(index, 72, settings.maxPixels, &ignored).image;
            images->cleaned = images->rendered;
        }
        return result;
    }

    /// One reading of a page at one resolution.
    struct Reading
    {
        QString error;
        OcrOutput out;
        PreprocessResult cleaned;
        QImage rendered;
        int dpi = 0;
        int rotation = 0;
        bool blank = false; ///< Nothing but paper: not recognized.
    };

    /// The page's image at (at most) @p dpi: decoded straight from the PDF
    /// where the page is one image, rendered otherwise. Colour where the page
    /// has colour (Tesseract reads it better, see README "Accuracy"), unless a
    /// cleanup stage needs gray. A JPEG page found blank at a cheap look is
    /// not decoded in full: @p blank is set and the look comes back; one found
    /// not blank sets @p looked (no need to look again).
    RenderedPage pageImage(int index, int dpi, const PdfPageContent &content, bool *blank, bool *looked,
                           QString *error)
    {
        const bool colourAllowed = !settings.preprocess.binarize && !settings.preprocess.clahe;
        if (content.kind == PdfPageContent::Kind::SingleImage) {
            bool colour = colourAllowed;
            RenderedPage look = reader.pageLook(index);
            if (!look.image.isNull()) {
                if (BlankPageDetector::isBlank(look.image, look.dpi)) {
                    *blank = true;
                    return look;
                }
                *looked = true;
                colour = colourAllowed && look.image.format() == QImage::Format_RGB32;
            }
            QString why;
            RenderedPage direct = reader.pageImage(index, dpi, settings.upsample, colour, settings.maxPixels, &why);
            if (!direct.image.isNull())
                return direct;
        }
        return reader.render(index, dpi, settings.maxPixels, error, colourAllowed);
    }

    Reading readAt(int index, int dpi, const PdfPageContent &content, const Progress &progress,
                   StageTimings *timings)
    {
        Reading reading;
        QElapsedTimer stage;
        stage.start();
        bool looked = false;
        const RenderedPage rendered = pageImage(index, dpi, content, &reading.blank, &looked, &reading.error);
        if (rendered.image.isNull()) {
            timings->renderMs += double(stage.nsecsElapsed()) / 1e6;
            return reading;
        }
        reading.dpi = rendered.dpi;
        reading.rendered = rendered.image;
        reading.blank = reading.blank || (!looked && BlankPageDetector::isBlank(rendered.image, rendered.dpi));
        timings->renderMs += double(stage.nsecsElapsed()) / 1e6;
        if (reading.blank)
            return reading;
        stage.restart();
        reading.cleaned = Preprocessor::process(rendered.image, settings.preprocess);
        timings->preprocessMs += double(stage.nsecsElapsed()) / 1e6;
        if (reading.cleaned.image.isNull()) {
            reading.error = PageProcessor::tr("image cleanup failed: %1").arg(reading.cleaned.error);
            return reading;
        }
        stage.restart();
        reading.out = ocr.recognize(reading.cleaned.image, rendered.dpi, progress);
        if (reading.out.ok && rendered.alternativeDpi > 0) {
            // The recorded resolution is doubtful: read again at the other one,
            // and keep that reading only when it is clearly surer.
            OcrOutput other = ocr.recognize(reading.cleaned.image, rendered.alternativeDpi, progress);
            if (other.ok && readingScore(other) > kAlternativeReadingMargin * readingScore(reading.out)) {
                reading.out = std::move(other);
                reading.dpi = rendered.alternativeDpi;
            }
        }
        if (reading.out.ok && settings.autoRotate && looksMisread(reading.out)) {
            // Most pages are upright, so orientation detection (a third of a
            // recognition's cost) runs only when the upright reading is poor;
            // and since it can be fooled (tables of digits), its answer is
            // kept only when the turned page reads better.
            const OrientationGuess guess = ocr.detectOrientation(rendered.image, rendered.dpi);
            if (guess.ok && guess.clockwiseDegrees != 0) {
                const QImage turned = Preprocessor::rotateQuarter(rendered.image, guess.clockwiseDegrees);
                PreprocessResult turnedClean = Preprocessor::process(turned, settings.preprocess);
                const OcrOutput turnedOut = turnedClean.image.isNull()
                                                ? OcrOutput{}
                                                : ocr.recognize(turnedClean.image, rendered.dpi, progress);
                if (turnedOut.ok && readingScore(turnedOut) > readingScore(reading.out)) {
                    reading.out = turnedOut;
                    reading.cleaned = std::move(turnedClean);
                    reading.rotation = guess.clockwiseDegrees;
                    reading.rendered = turned;
                }
            }
        }
        timings->recognizeMs += double(stage.nsecsElapsed()) / 1e6;
        if (!reading.out.ok)
            reading.error = PageProcessor::tr("recognition failed: %1").arg(reading.out.error);
        return reading;
    }

    PageResult processOcr(PageResult result, const QString &path, int index, const PdfPageContent &content,
                          const Progress &progress, PageImages *images)
    {
        result.kind = PageKind::Ocr;
        if (!ocrReady)
            return failed(result, path, PageProcessor::tr("the OCR engine is not ready: %1").arg(error));
        // Adaptive resolution: a cheap reading first, the full one only where it was unsure.
        const bool adaptive = settings.adaptiveLowDpi > 0 && settings.adaptiveLowDpi < settings.dpi
                              && reader.type() == DocumentType::Pdf;
        Reading reading = readAt(index, adaptive ? settings.adaptiveLowDpi : settings.dpi, content, progress,
                                 &result.timings);
        if (adaptive && reading.error.isEmpty() && !reading.blank
            && reading.out.meanConfidence < settings.adaptiveThreshold)
            reading = readAt(index, settings.dpi, content, progress, &result.timings);
        if (!reading.error.isEmpty())
            return failed(result, path, reading.error);
        if (images) {
            images->rendered = reading.rendered;
            images->cleaned = reading.blank ? reading.rendered : reading.cleaned.image;
        }
        result.dpi = reading.dpi;
        if (reading.blank) {
            result.kind = PageKind::Blank;
            result.imageSize = reading.rendered.size();
            return result;
        }
        result.words = reading.out.words;
        result.text = joinWords(reading.out.words);
        result.meanConfidence = reading.out.meanConfidence;
        result.rotation = reading.rotation;
        result.skewDegrees = reading.cleaned.skewDegrees;
        result.imageSize = reading.cleaned.image.size();
        return result;
    }
};

PageProcessor::PageProcessor(const PipelineSettings &settings)
    : d(std::make_unique<Private>())
{
    d->settings = settings;
}

PageProcessor::~PageProcessor() = default;

bool PageProcessor::init()
{
    d->openCl = configureOpenCl(d->settings.openCl);
    if (!d->openCl.error.isEmpty()) {
        d->error = d->openCl.error;
        return false;
    }
    if (d->settings.textLayer == TextLayerPolicy::Text)
        return true; // never OCRs: no model needed
    d->ocrReady = d->ocr.init(d->settings.languages, d->settings.tessdataPath, d->settings.userWordsFile);
    if (!d->ocrReady)
        d->error = d->ocr.errorString();
    return d->ocrReady;
}

QString PageProcessor::errorString() const
{
    return d->error;
}

const PipelineSettings &PageProcessor::settings() const
{
    return d->settings;
}

OpenClStatus PageProcessor::openCl() const
{
    return d->openCl;
}

DocumentProbe PageProcessor::probe(const QString &path)
{
    DocumentProbe probe;
    try {
        if (!d->ensureOpen(path, &probe.error))
            return probe;
        probe.ok = true;
        probe.pageCount = d->reader.pageCount();
        for (int index = 0; index < probe.pageCount; ++index)
            probe.pagePixels << d->reader.estimatedPixels(index, d->settings.dpi, d->settings.maxPixels);
    } catch (const std::exception &e) {
        probe.ok = false;
        probe.error = tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what()));
    }
    return probe;
}

PageResult PageProcessor::process(const QString &path, int page, const Progress &progress, PageImages *images)
{
    PageResult result;
    result.page = page;
    QElapsedTimer stage;
    stage.start();
    try {
        QString why;
        if (!d->ensureOpen(path, &why))
            return d->failed(result, path, why);
        const int index = page - 1;
        if (index < 0 || index >= d->reader.pageCount())
            return d->failed(result, path, tr("the document has %n page(s)", nullptr, d->reader.pageCount()));

        const TextLayerPolicy policy = d->settings.textLayer;
        // What the page paints, from its content streams (PDFs only; cheap).
        PdfPageContent content;
        if (d->reader.type() == DocumentType::Pdf) {
            content = d->reader.pageContent(index);
            if (content.kind == PdfPageContent::Kind::Empty) {
                result = d->processEmpty(result, images, index);
                result.timings.renderMs = double(stage.nsecsElapsed()) / 1e6;
                return result;
            }
        }
        if (policy != TextLayerPolicy::Ocr && d->reader.hasTextLayers()) {
            // A page that is one image and shows no text has no layer to read.
            const bool mayHaveLayer = content.kind != PdfPageContent::Kind::SingleImage || content.text;
            const TextLayer layer = mayHaveLayer ? d->reader.textLayer(index) : TextLayer{};
            if (policy == TextLayerPolicy::Text || (layer.usable && layer.coversPage)) {
                result = d->processText(result, layer, images, index);
                result.timings.renderMs = double(stage.nsecsElapsed()) / 1e6;
                return result;
            }
        } else if (policy == TextLayerPolicy::Text) {
            result.kind = PageKind::Text; // an image: nothing to take, and OCR is off
            return result;
        }
        return d->processOcr(result, path, index, content, progress, images);
    } catch (const std::bad_alloc &) {
        return d->failed(result, path, tr("out of memory; try a lower --dpi"));
    } catch (const std::exception &e) {
        return d->failed(result, path, QString::fromUtf8(e.what()));
    }
}

} // namespace quire
