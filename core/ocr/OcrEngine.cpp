#include "ocr/OcrEngine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtGlobal>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <utility>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace quire {

namespace {

// Whether a word Tesseract did not find in its dictionary is really unknown
// to it. Only words of letters are judged (numbers, codes, e-mail addresses
// and line-end fragments like "respond-" are not words a dictionary holds);
// compounds and possessives ("debt-to-cap", "fund’s") are known when each
// part is.
bool unknownToDictionary(tesseract::TessBaseAPI &api, const QString &text)
{
    if (text.endsWith(QLatin1Char('-')))
        return false;
    QString word = stripOuterPunctuation(text);
    word.replace(QChar(0x2019), QLatin1Char('\''));
    static const QRegularExpression lettersOnly(u"^\\p{L}+(?:['-]\\p{L}+)*$"_s);
    if (word.size() < 2 || !lettersOnly.match(word).hasMatch())
        return false;
    const auto known = [&api](const QString &part) {
        return api.IsValidWord(part.toUtf8().constData()) || api.IsValidWord(part.toLower().toUtf8().constData());
    };
    if (known(word))
        return false;
    const QStringList parts = word.split(QLatin1Char('-'));
    for (QString part : parts) {
        if (part.endsWith(u"'s"_s, Qt::CaseInsensitive))
            part.chop(2);
        if (!part.isEmpty() && !known(part))
            return true;
    }
    return false;
}

// Below this Tesseract OSD orientation confidence the guess is not trusted.
// Measured here: one line of text 1.3..1.5, three lines 3.6..4.0, six lines
// 7..9, a full page ~24 (TestOcrEngine, phototest ~9..11).
constexpr float kMinOrientationConfidence = 2.0f;

const char *const kOsdLanguage = "osd";

QString trainedDataFile(const QString &dataPath, const QString &language)
{
    return QDir(dataPath).filePath(language + ".traineddata"_L1);
}

QImage toGray(const QImage &image)
{
    if (image.format() == QImage::Format_Grayscale8)
        return image;
    return image.convertToFormat(QImage::Format_Grayscale8);
}

struct PixDeleter
{
    void operator()(Pix *pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

/// The page buffer handed to Tesseract, kept from page to page: a new one
/// only when the size changes (or Tesseract still holds the old one).
PixPtr pagePix(PixPtr &spare, int width, int height, int depth)
{
    if (!spare || pixGetWidth(spare.get()) != width || pixGetHeight(spare.get()) != height
        || pixGetDepth(spare.get()) != depth || pixGetRefcount(spare.get()) != 1)
        spare.reset(pixCreateNoInit(width, height, depth));
    return spare ? PixPtr(pixClone(spare.get())) : PixPtr();
}

// A Leptonica copy of @p gray that carries the resolution: OSD reads it from
// the image itself (SetSourceResolution alone leaves it at 0 and OSD then
// guesses 70 dpi, with a warning on stderr).
PixPtr toPix(const QImage &gray, int dpi, PixPtr &spare)
{
    PixPtr pix = pagePix(spare, gray.width(), gray.height(), 8);
    if (!pix)
        return {};
    l_uint32 *data = pixGetData(pix.get());
    const int wordsPerLine = pixGetWpl(pix.get());
    for (int y = 0; y < gray.height(); ++y)
        std::memcpy(data + qsizetype(y) * wordsPerLine, gray.constScanLine(y), size_t(gray.width()));
    pixEndianByteSwap(pix.get()); // Leptonica keeps bytes in big-endian words
    pixSetResolution(pix.get(), dpi, dpi);
    return pix;
}

// A 32-bit Leptonica copy of a Format_RGB32 image: Tesseract thresholds
// each channel itself, which reads coloured text on coloured ground better
// than one luminance channel does.
PixPtr toColourPix(const QImage &rgb, int dpi, PixPtr &spare)
{
    PixPtr pix = pagePix(spare, rgb.width(), rgb.height(), 32);
    if (!pix)
        return {};
    l_uint32 *data = pixGetData(pix.get());
    const int wordsPerLine = pixGetWpl(pix.get());
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        l_uint32 *out = data + qsizetype(y) * wordsPerLine;
        for (int x = 0; x < rgb.width(); ++x)
            out[x] = (l_uint32(in[x]) << 8) | 0xffu; // 0xffRRGGBB to RRGGBBAA
    }
    pixSetResolution(pix.get(), dpi, dpi);
    return pix;
}

// Tesseract borrows the Pix until Clear(); this clears before the Pix goes.
struct ClearOnExit
{
    tesseract::TessBaseAPI &api;
    ~ClearOnExit() { api.Clear(); }
};

// Passed to Tesseract through ETEXT_DESC::cancel_this.
struct MonitorContext
{
    const OcrEngine::Progress *progress = nullptr;
    int lastPercent = -1;
    bool cancelled = false;
};

bool onProgress(tesseract::ETEXT_DESC *monitor, int, int, int, int)
{
    auto *context = static_cast<MonitorContext *>(monitor->cancel_this);
    if (!context || context->cancelled || !context->progress || !*context->progress)
        return true;
    const int percent = std::clamp(int(monitor->progress), 0, 100);
    if (percent <= context->lastPercent)
        return true;
    context->lastPercent = percent;
    if (!(*context->progress)(percent))
        context->cancelled = true;
    return !context->cancelled;
}

bool onCancel(void *data, int)
{
    return static_cast<MonitorContext *>(data)->cancelled;
}

/// The words of the page @p api has just recognized, numbered by block and line.
WordList recognizedWords(tesseract::TessBaseAPI &api)
{
    WordList words;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (it) {
        int block = -1;
        int line = -1;
        bool newBlock = false;
        bool newLine = false;
        do {
            if (it->IsAtBeginningOf(tesseract::RIL_BLOCK))
                newBlock = true;
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE))
                newLine = true;
            if (it->Empty(tesseract::RIL_WORD))
                continue;
            const std::unique_ptr<char[]> utf8(it->GetUTF8Text(tesseract::RIL_WORD));
            const QString text = utf8 ? QString::fromUtf8(utf8.get()).trimmed() : QString();
            if (text.isEmpty())
                continue;
            if (newBlock)
                ++block;
            if (newBlock || newLine)
                ++line;
            newBlock = false;
            newLine = false;
            Word word;
            word.text = text;
            int left = 0, top = 0, right = 0, bottom = 0;
            if (it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
                word.box = QRect(left, top, right - left, bottom - top);
            word.confidence = it->Confidence(tesseract::RIL_WORD);
            word.notInDictionary = !it->WordIsFromDictionary() && unknownToDictionary(api, text);
            word.block = std::max(block, 0);
            word.line = std::max(line, 0);
            words.append(word);
        } while (it->Next(tesseract::RIL_WORD));
    }
    return words;
}

} // namespace

struct OcrEngine::Private
{
    std::unique_ptr<tesseract::TessBaseAPI> api;
    std::unique_ptr<tesseract::TessBaseAPI> osd;
    bool osdTried = false;
    QString languages;
    QString dataPath;
    QString error;
    PixPtr spare; // the last page's buffer, reused for the next page of the same size
};

OcrEngine::OcrEngine()
    : d(std::make_unique<Private>())
{
}

OcrEngine::~OcrEngine()
{
    if (d->api)
        d->api->End();
    if (d->osd)
        d->osd->End();
}

QString OcrEngine::defaultDataPath()
{
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty() && QFileInfo(prefix).isDir())
        return QDir::cleanPath(prefix);
    const QStringList candidates = {
        u"/usr/share/tesseract-ocr/5/tessdata"_s,
        u"/usr/share/tesseract-ocr/4.00/tessdata"_s,
        u"/usr/local/share/tessdata"_s,
        u"/usr/share/tessdata"_s,
    };
    for (const QString &dir : candidates) {
        if (QFileInfo(dir).isDir())
            return dir;
    }
    return candidates.first();
}

QStringList OcrEngine::installedLanguages(const QString &dataPath)
{
    const QDir dir(dataPath.isEmpty() ? defaultDataPath() : dataPath);
    QStringList languages;
    const QFileInfoList files =
        dir.entryInfoList({u"*.traineddata"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &file : files) {
        const QString language = file.completeBaseName();
        if (language != QLatin1String(kOsdLanguage))
            languages.append(language);
    }
    languages.sort();
    return languages;
}

bool OcrEngine::init(const QString &languages, const QString &dataPath, const QString &userWordsFile)
{
    d->error.clear();
    const QString path = dataPath.isEmpty() ? defaultDataPath() : QDir::cleanPath(dataPath);
    const QStringList wanted = languages.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    if (wanted.isEmpty()) {
        d->error = u"No OCR language was given; use a Tesseract language code such as 'eng' "
                   "or 'eng+spa'."_s;
        return false;
    }
    const QStringList installed = installedLanguages(path);
    for (const QString &language : wanted) {
        if (!QFileInfo::exists(trainedDataFile(path, language))) {
            d->error = u"Language '%1' is not installed. Installed: %2. Install the "
                       "tesseract-ocr-%1 package."_s
                           .arg(language,
                                installed.isEmpty() ? u"none (in %1)"_s.arg(path)
                                                    : installed.join(u", "_s));
            return false;
        }
    }

    auto api = std::make_unique<tesseract::TessBaseAPI>();
    const QByteArray pathBytes = QFile::encodeName(path);
    const QByteArray languageBytes = wanted.join(QLatin1Char('+')).toUtf8();
    // user_words_file is read while the model loads, so it is set through Init.
    std::vector<std::string> names;
    std::vector<std::string> values;
    if (!userWordsFile.isEmpty()) {
        if (!QFileInfo(userWordsFile).isReadable()) {
            d->error = u"The word list %1 cannot be read."_s.arg(QDir::toNativeSeparators(userWordsFile));
            return false;
        }
        names.emplace_back("user_words_file");
        values.emplace_back(QFile::encodeName(userWordsFile).toStdString());
    }
    if (api->Init(pathBytes.constData(), languageBytes.constData(), tesseract::OEM_LSTM_ONLY, nullptr, 0, &names,
                  &values, false)
        != 0) {
        d->error = u"Tesseract could not load the language data '%1' from %2; the files may be "
                   "damaged or from an incompatible Tesseract version. Reinstall the "
                   "tesseract-ocr language packages."_s.arg(languages, path);
        return false;
    }
    api->SetPageSegMode(tesseract::PSM_AUTO);
    // Tesseract's own defaults are kept. Measured (41 ground-truth pages and
    // user CPU time on three): tessedit_do_invert=0 saves 1-2% but reads a page
    // of white text on dark ground as nothing (slide_01 recall 0.94 -> 0.08);
    // invert_threshold 0.5 saves no measurable time.
    if (d->api)
        d->api->End();
    d->api = std::move(api);
    d->languages = wanted.join(QLatin1Char('+'));
    d->dataPath = path;
    return true;
}

QString OcrEngine::errorString() const
{
    return d->error;
}

QString OcrEngine::languages() const
{
    return d->languages;
}

OrientationGuess OcrEngine::detectOrientation(const QImage &image, int dpi)
{
    OrientationGuess guess;
    if (image.isNull())
        return guess;
    if (!d->osdTried) {
        d->osdTried = true;
        const QString path = d->dataPath.isEmpty() ? defaultDataPath() : d->dataPath;
        if (!QFileInfo::exists(trainedDataFile(path, QLatin1String(kOsdLanguage)))) {
            qWarning("Page orientation detection is off: osd.traineddata is missing in %s. "
                     "Install the tesseract-ocr-osd package.",
                     qPrintable(QDir::toNativeSeparators(path)));
        } else {
            auto osd = std::make_unique<tesseract::TessBaseAPI>();
            if (osd->Init(QFile::encodeName(path).constData(), kOsdLanguage,
                          tesseract::OEM_DEFAULT)
                == 0) {
                osd->SetPageSegMode(tesseract::PSM_OSD_ONLY);
                d->osd = std::move(osd);
            } else {
                qWarning("Page orientation detection is off: Tesseract could not load "
                         "osd.traineddata from %s. Reinstall the tesseract-ocr-osd package.",
                         qPrintable(QDir::toNativeSeparators(path)));
            }
        }
    }
    if (!d->osd)
        return guess;

    // Unknown (0): Tesseract estimates the resolution from the text size, as the tesseract command does.
    const int resolution = std::max(dpi, 0);
    const PixPtr pix = toPix(toGray(image), resolution, d->spare);
    if (!pix)
        return guess;
    const ClearOnExit clear{*d->osd};
    d->osd->SetImage(pix.get());
    d->osd->SetSourceResolution(resolution);
    int orientDeg = 0;
    float orientConf = 0;
    const char *script = nullptr;
    float scriptConf = 0;
    // False when the page has too few characters to judge.
    const bool found = d->osd->DetectOrientationScript(&orientDeg, &orientConf, &script, &scriptConf);
    if (!found)
        return guess;
    guess.confidence = orientConf;
    // Tesseract reports how far the image is turned clockwise; turning it a
    // further (360 - that) clockwise brings it upright.
    guess.clockwiseDegrees = (360 - orientDeg) % 360;
    guess.ok = orientConf >= kMinOrientationConfidence;
    return guess;
}

OcrOutput OcrEngine::recognize(const QImage &image, int dpi, const Progress &progress)
{
    OcrOutput output;
    if (!d->api) {
        output.error = d->error.isEmpty()
                           ? u"The OCR engine was not initialised; call init() with a language first."_s
                           : d->error;
        return output;
    }
    if (image.isNull()) {
        output.error = u"Cannot recognize the page: the page image is empty."_s;
        return output;
    }
    // Unknown (0): Tesseract estimates the resolution from the text size, as the tesseract command does.
    const int resolution = std::max(dpi, 0);
    const bool colour = image.format() == QImage::Format_RGB32;
    const QImage gray = colour ? image : toGray(image);
    const PixPtr pix = gray.isNull() ? PixPtr()
                       : colour       ? toColourPix(image, resolution, d->spare)
                                      : toPix(gray, resolution, d->spare);
    if (!pix) {
        output.error = u"Cannot recognize the page: out of memory for a %1x%2 image."_s
                           .arg(image.width())
                           .arg(image.height());
        return output;
    }

    tesseract::TessBaseAPI &api = *d->api;
    const ClearOnExit clear{api};
    api.SetImage(pix.get());
    api.SetSourceResolution(resolution);

    MonitorContext context;
    context.progress = &progress;
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = &onCancel;
    monitor.cancel_this = &context;
    monitor.progress_callback2 = &onProgress;

    const int status = api.Recognize(&monitor);
    if (context.cancelled) {
        output.error = u"cancelled"_s;
        return output;
    }
    if (status != 0) {
        output.error = u"Tesseract failed to recognize the page (%1x%2 pixels at %3 DPI)."_s
                           .arg(gray.width())
                           .arg(gray.height())
                           .arg(dpi);
        return output;
    }

    output.words = recognizedWords(api);
    double confidenceSum = 0;
    for (const Word &word : std::as_const(output.words))
        confidenceSum += word.confidence;
    if (!output.words.isEmpty())
        output.meanConfidence = confidenceSum / double(output.words.size());
    if (progress && context.lastPercent < 100)
        progress(100);
    output.ok = true;
    return output;
}

} // namespace quire
