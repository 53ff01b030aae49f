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

QJsonObject PipelineSettings::toJson() const
{
    return QJsonObject{
        {QStringLiteral("dpi"), dpi},
        {QStringLiteral("upsample"), upsample},
        {QStringLiteral("languages"), languages},
        {QStringLiteral("tessdataPath"), tessdataPath},
        {QStringLiteral("textLayer"), toString(textLayer)},
        {QStringLiteral("openCl"), toString(openCl)},
        {QStringLiteral("clahe"), preprocess.clahe},
        {QStringLiteral("binarize"), preprocess.binarize},
        {QStringLiteral("deskew"), preprocess.deskew},
        {QStringLiteral("maxSkewDegrees"), preprocess.maxSkewDegrees},
        {QStringLiteral("autoRotate"), autoRotate},
        {QStringLiteral("adaptiveLowDpi"), adaptiveLowDpi},
        {QStringLiteral("adaptiveThreshold"), adaptiveThreshold},
        {QStringLiteral("maxPixels"), double(maxPixels)},
        {QStringLiteral("userWordsFile"), userWordsFile},
    };
}

PipelineSettings PipelineSettings::fromJson(const QJsonObject &json)
{
    PipelineSettings s;
    s.dpi = json.value(QStringLiteral("dpi")).toInt(s.dpi);
    s.upsample = json.value(QStringLiteral("upsample")).toBool(s.upsample);
    s.languages = json.value(QStringLiteral("languages")).toString(s.languages);
    s.tessdataPath = json.value(QStringLiteral("tessdataPath")).toString();
    s.textLayer = textLayerPolicyFromString(json.value(QStringLiteral("textLayer")).toString()).value_or(s.textLayer);
    s.openCl = openClModeFromString(json.value(QStringLiteral("openCl")).toString()).value_or(s.openCl);
    s.preprocess.clahe = json.value(QStringLiteral("clahe")).toBool(s.preprocess.clahe);
    s.preprocess.binarize = json.value(QStringLiteral("binarize")).toBool(s.preprocess.binarize);
    s.preprocess.deskew = json.value(QStringLiteral("deskew")).toBool(s.preprocess.deskew);
    s.preprocess.maxSkewDegrees = json.value(QStringLiteral("maxSkewDegrees")).toDouble(s.preprocess.maxSkewDegrees);
    s.autoRotate = json.value(QStringLiteral("autoRotate")).toBool(s.autoRotate);
    s.adaptiveLowDpi = json.value(QStringLiteral("adaptiveLowDpi")).toInt(s.adaptiveLowDpi);
    s.adaptiveThreshold = json.value(QStringLiteral("adaptiveThreshold")).toDouble(s.adaptiveThreshold);
    s.maxPixels = qint64(json.value(QStringLiteral("maxPixels")).toDouble(double(s.maxPixels)));
    s.userWordsFile = json.value(QStringLiteral("userWordsFile")).toString();
    return s;
}

} // namespace quire
