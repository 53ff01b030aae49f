#include "pipeline/PipelineSettings.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace quire {

QString toString(TextLayerPolicy policy)
{
    switch (policy) {
    case TextLayerPolicy::Auto:
        return QStringLiteral("auto");
    case TextLayerPolicy::Ocr:
        return QStringLiteral("ocr");
    case TextLayerPolicy::Text:
        return QStringLiteral("text");
    }
    return QStringLiteral("auto");
}

std::optional<TextLayerPolicy> textLayerPolicyFromString(const QString &text)
{
    for (TextLayerPolicy policy : {TextLayerPolicy::Auto, TextLayerPolicy::Ocr, TextLayerPolicy::Text}) {
        if (text.compare(toString(policy), Qt::CaseInsensitive) == 0)
            return policy;
    }
    return std::nullopt;
}

QString PipelineSettings::key() const
{
    // Only what changes a page's result; OpenCL and CPU give the same image.
    QJsonObject json = toJson();
    json.remove(QStringLiteral("openCl"));
    json.remove(QStringLiteral("tessdataPath"));
    json.remove(QStringLiteral("userWordsFile"));
    if (!upsample) // the default: keys of older databases stay the same
        json.remove(QStringLiteral("upsample"));
    if (adaptiveLowDpi <= 0) {
        json.remove(QStringLiteral("adaptiveLowDpi"));
        json.remove(QStringLiteral("adaptiveThreshold"));
    }
    const QByteArray canonical = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(16));
}

namespace {

using Info = SettingInfo;
using Type = SettingInfo::Type;
constexpr unsigned kEverywhere = Info::CommandLine | Info::Panel | Info::Remembered;

Setting<PipelineSettings> entry(Info info, std::function<QVariant(const PipelineSettings &)> get,
                                std::function<void(PipelineSettings &, const QVariant &)> set)
{
    return {std::move(info), std::move(get), std::move(set)};
}

QList<Setting<PipelineSettings>> makeCatalogue()
{
    QList<Setting<PipelineSettings>> c;
    Info dpi{"dpi", Type::Integer, kEverywhere, "dpi", QT_TRANSLATE_NOOP("quire::Setting", "&Resolution:"),
             QT_TRANSLATE_NOOP("quire::Setting", "Resolution PDF pages are rendered at for recognition. 300 dpi "
                                                 "reads small print well; 150 dpi is about four times faster but "
                                                 "misses more. Scanned pages are read at their own resolution, at "
                                                 "most this."),
             QT_TRANSLATE_NOOP("quire::Setting", "dpi")};
    dpi.minimum = 50;
    dpi.maximum = 1200;
    dpi.step = 50;
    c << entry(dpi, [](const PipelineSettings &s) { return s.dpi; },
               [](PipelineSettings &s, const QVariant &v) { s.dpi = v.toInt(); });
    Info upsample{"upsample", Type::Flag, kEverywhere, "upsample",
                  QT_TRANSLATE_NOOP("quire::Setting", "Scale coarser scans up to it"),
                  QT_TRANSLATE_NOOP("quire::Setting", "Scans below the resolution are normally read as they are, at "
                                                      "their true resolution; this scales them up to it first.")};
    upsample.flagValue = true;
    c << entry(upsample, [](const PipelineSettings &s) { return s.upsample; },
               [](PipelineSettings &s, const QVariant &v) { s.upsample = v.toBool(); });
    c << entry({"languages", Type::Text, kEverywhere, "lang", QT_TRANSLATE_NOOP("quire::Setting", "&Languages:"),
                QT_TRANSLATE_NOOP("quire::Setting", "Tesseract languages joined with '+', the main language first "
                                                    "(e.g. eng+spa)."),
                QT_TRANSLATE_NOOP("quire::Setting", "L")},
               [](const PipelineSettings &s) { return s.languages; },
               [](PipelineSettings &s, const QVariant &v) { s.languages = v.toString(); });
    c << entry({"tessdataPath", Type::Text, Info::Remembered},
               [](const PipelineSettings &s) { return s.tessdataPath; },
               [](PipelineSettings &s, const QVariant &v) { s.tessdataPath = v.toString(); });
    Info textLayer{"textLayer", Type::Choice, kEverywhere, "text-layer",
                   QT_TRANSLATE_NOOP("quire::Setting", "&Text layer:"),
                   QT_TRANSLATE_NOOP("quire::Setting", "auto: use a page's text layer where it holds the page's text "
                                                       "and OCR the rest (milliseconds instead of a second of OCR); "
                                                       "ocr: OCR every page; text: never OCR."),
                   QT_TRANSLATE_NOOP("quire::Setting", "POLICY")};
    textLayer.choices = {{"auto", QT_TRANSLATE_NOOP("quire::Setting", "Use it where present")},
                         {"ocr", QT_TRANSLATE_NOOP("quire::Setting", "Ignore, OCR all")},
                         {"text", QT_TRANSLATE_NOOP("quire::Setting", "Only it, no OCR")}};
    c << entry(textLayer, [](const PipelineSettings &s) { return toString(s.textLayer); },
               [](PipelineSettings &s, const QVariant &v) {
                   s.textLayer = textLayerPolicyFromString(v.toString()).value_or(s.textLayer);
               });
    Info openCl{"openCl", Type::Choice, kEverywhere, "opencl", QT_TRANSLATE_NOOP("quire::Setting", "&OpenCL:"),
                QT_TRANSLATE_NOOP("quire::Setting", "Image cleanup through OpenCL: auto uses a GPU when there is one "
                                                    "(the CPU path is faster than PoCL's CPU device); on also takes "
                                                    "PoCL; off stays on the CPU."),
                QT_TRANSLATE_NOOP("quire::Setting", "MODE")};
    openCl.choices = {{"auto", QT_TRANSLATE_NOOP("quire::Setting", "Auto (GPU if any)")},
                      {"on", QT_TRANSLATE_NOOP("quire::Setting", "On")},
                      {"off", QT_TRANSLATE_NOOP("quire::Setting", "Off (CPU)")}};
    c << entry(openCl, [](const PipelineSettings &s) { return toString(s.openCl); },
               [](PipelineSettings &s, const QVariant &v) {
                   s.openCl = openClModeFromString(v.toString()).value_or(s.openCl);
               });
    return c;
}

void addCleanup(QList<Setting<PipelineSettings>> &c)
{
    const auto flag = [](const char *name, const char *option, bool flagValue, const char *label, const char *help) {
        Info info{name, Type::Flag, kEverywhere, option, label, help};
        info.section = QT_TRANSLATE_NOOP("quire::Setting", "Cleanup:");
        info.flagValue = flagValue;
        return info;
    };
    c << entry(flag("clahe", "clahe", true, QT_TRANSLATE_NOOP("quire::Setting", "Even out contrast (CLAHE)"),
                    QT_TRANSLATE_NOOP("quire::Setting", "Equalise contrast before recognizing; helps faint or "
                                                        "unevenly lit scans and costs a little time.")),
               [](const PipelineSettings &s) { return s.preprocess.clahe; },
               [](PipelineSettings &s, const QVariant &v) { s.preprocess.clahe = v.toBool(); });
    c << entry(flag("binarize", "binarize", true, QT_TRANSLATE_NOOP("quire::Setting", "Black and white"),
                    QT_TRANSLATE_NOOP("quire::Setting", "Hand Tesseract a black-on-white page (Otsu threshold) "
                                                        "instead of letting it threshold.")),
               [](const PipelineSettings &s) { return s.preprocess.binarize; },
               [](PipelineSettings &s, const QVariant &v) { s.preprocess.binarize = v.toBool(); });
    c << entry(flag("deskew", "no-deskew", false, QT_TRANSLATE_NOOP("quire::Setting", "Straighten skew"),
                    QT_TRANSLATE_NOOP("quire::Setting", "Detect and correct small rotations (up to 10 degrees); "
                                                        "--no-deskew leaves pages as they are.")),
               [](const PipelineSettings &s) { return s.preprocess.deskew; },
               [](PipelineSettings &s, const QVariant &v) { s.preprocess.deskew = v.toBool(); });
    c << entry({"maxSkewDegrees", Type::Real, Info::NoPlace},
               [](const PipelineSettings &s) { return s.preprocess.maxSkewDegrees; },
               [](PipelineSettings &s, const QVariant &v) { s.preprocess.maxSkewDegrees = v.toDouble(); });
    c << entry(flag("autoRotate", "no-rotate", false, QT_TRANSLATE_NOOP("quire::Setting", "Turn rotated pages"),
                    QT_TRANSLATE_NOOP("quire::Setting", "Detect pages turned by 90, 180 or 270 degrees (Tesseract "
                                                        "OSD); --no-rotate reads them as they are.")),
               [](const PipelineSettings &s) { return s.autoRotate; },
               [](PipelineSettings &s, const QVariant &v) { s.autoRotate = v.toBool(); });
}

void addLimits(QList<Setting<PipelineSettings>> &c)
{
    Info lowDpi{"adaptiveLowDpi", Type::Integer, Info::CommandLine, "adaptive-dpi", nullptr,
                QT_TRANSLATE_NOOP("quire::Setting", "Recognize PDF pages at this lower DPI first, and again at --dpi "
                                                    "only when their mean confidence is below --adaptive-threshold "
                                                    "(0: off)."),
                QT_TRANSLATE_NOOP("quire::Setting", "N")};
    lowDpi.maximum = 1200;
    c << entry(lowDpi, [](const PipelineSettings &s) { return s.adaptiveLowDpi; },
               [](PipelineSettings &s, const QVariant &v) { s.adaptiveLowDpi = v.toInt(); });
    Info threshold{"adaptiveThreshold", Type::Integer, Info::CommandLine, "adaptive-threshold", nullptr,
                   QT_TRANSLATE_NOOP("quire::Setting", "Mean word confidence (0-100) below which an adaptive page is "
                                                       "recognized again at full DPI."),
                   QT_TRANSLATE_NOOP("quire::Setting", "N")};
    threshold.maximum = 100;
    c << entry(threshold, [](const PipelineSettings &s) { return s.adaptiveThreshold; },
               [](PipelineSettings &s, const QVariant &v) { s.adaptiveThreshold = v.toDouble(); });
    Info pixels{"maxPixels", Type::Real, Info::CommandLine | Info::Dialog | Info::Remembered, "max-megapixels",
                QT_TRANSLATE_NOOP("quire::Setting", "Largest page &image:"),
                QT_TRANSLATE_NOOP("quire::Setting", "Pages larger than this many megapixels at the chosen resolution "
                                                    "are rendered at a lower one."),
                QT_TRANSLATE_NOOP("quire::Setting", "megapixels")};
    pixels.minimum = 1;
    pixels.maximum = 1000;
    pixels.scale = 1e6;
    c << entry(pixels, [](const PipelineSettings &s) { return double(s.maxPixels); },
               [](PipelineSettings &s, const QVariant &v) { s.maxPixels = qint64(v.toDouble()); });
    // The person's word list: quire-cli's --user-words has a default of its own (the personal list).
    c << entry({"userWordsFile", Type::Text, Info::Remembered},
               [](const PipelineSettings &s) { return s.userWordsFile; },
               [](PipelineSettings &s, const QVariant &v) { s.userWordsFile = v.toString(); });
}

} // namespace

const QList<Setting<PipelineSettings>> &PipelineSettings::catalogue()
{
    static const QList<Setting<PipelineSettings>> catalogue = [] {
        QList<Setting<PipelineSettings>> c = makeCatalogue();
        addCleanup(c);
        addLimits(c);
        return c;
    }();
    return catalogue;
}

QJsonObject PipelineSettings::toJson() const
{
    QJsonObject json;
    for (const Setting<PipelineSettings> &setting : catalogue())
        json.insert(QLatin1String(setting.info.name), QJsonValue::fromVariant(setting.get(*this)));
    return json;
}

PipelineSettings PipelineSettings::fromJson(const QJsonObject &json)
{
    PipelineSettings s;
    for (const Setting<PipelineSettings> &setting : catalogue()) {
        const QJsonValue value = json.value(QLatin1String(setting.info.name));
        if (!value.isUndefined() && !value.isNull())
            setting.set(s, value.toVariant());
    }
    return s;
}

} // namespace quire
