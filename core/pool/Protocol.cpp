#include "pool/Protocol.h"

#include "pdf/DocumentReader.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QCborParserError>
#include <QCborValue>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace quire::protocol {

namespace {

const QString kV = QStringLiteral("v");
const QString kType = QStringLiteral("type");

QCborArray wordsToCbor(const WordList &words)
{
    QCborArray array;
    for (const Word &word : words) {
        array.append(QCborArray{word.text, word.box.x(), word.box.y(), word.box.width(), word.box.height(),
                                double(word.confidence), word.block, word.line,
                                word.notInDictionary});
    }
    return array;
}

WordList wordsFromCbor(const QCborArray &array)
{
    WordList words;
    words.reserve(array.size());
    for (const QCborValue &value : array) {
        const QCborArray w = value.toArray();
        Word word;
        word.text = w.at(0).toString();
        word.box = QRect(int(w.at(1).toInteger()), int(w.at(2).toInteger()), int(w.at(3).toInteger()),
                         int(w.at(4).toInteger()));
        word.confidence = float(w.at(5).toDouble());
        word.block = int(w.at(6).toInteger());
        word.line = int(w.at(7).toInteger());
        word.notInDictionary = w.at(8).toBool();
        words << word;
    }
    return words;
}

} // namespace

QByteArray encodeFrame(QCborMap message)
{
    message.insert(kV, kVersion);
    const QByteArray payload = QCborValue(message).toCbor();
    QByteArray frame(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), frame.data());
    frame += payload;
    return frame;
}

void FrameReader::append(const QByteArray &bytes)
{
    if (!hasError())
        m_buffer += bytes;
}

std::optional<QCborMap> FrameReader::next()
{
    if (hasError() || m_buffer.size() < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (length > kMaxFrameBytes) {
        m_error = QStringLiteral("frame of %1 bytes exceeds the %2-byte limit").arg(length).arg(kMaxFrameBytes);
        m_buffer.clear();
        return std::nullopt;
    }
    if (m_buffer.size() < qsizetype(4 + length))
        return std::nullopt;
    const QByteArray payload = m_buffer.mid(4, length);
    m_buffer.remove(0, 4 + length);

    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(payload, &parseError);
    if (parseError.error != QCborError::NoError || !value.isMap()) {
        m_error = parseError.error != QCborError::NoError
                      ? QStringLiteral("malformed frame: %1").arg(parseError.errorString())
                      : QStringLiteral("malformed frame: not a CBOR map");
        m_buffer.clear();
        return std::nullopt;
    }
    const QCborMap map = value.toMap();
    if (map.value(kV).toInteger(-1) != kVersion) {
        m_error = QStringLiteral("protocol version %1 is not the expected %2")
                      .arg(map.value(kV).toInteger(-1))
                      .arg(kVersion);
        m_buffer.clear();
        return std::nullopt;
    }
    if (!map.value(kType).isString()) {
        m_error = QStringLiteral("malformed frame: no message type");
        m_buffer.clear();
        return std::nullopt;
    }
    return map;
}

QCborMap toCbor(const PageResult &r)
{
    return QCborMap{
        {QStringLiteral("page"), r.page},
        {QStringLiteral("kind"), toString(r.kind)},
        {QStringLiteral("status"), toString(r.status)},
        {QStringLiteral("error"), r.error},
        {QStringLiteral("text"), r.text},
        {QStringLiteral("words"), wordsToCbor(r.words)},
        {QStringLiteral("conf"), r.meanConfidence},
        {QStringLiteral("dpi"), r.dpi},
        {QStringLiteral("w"), r.imageSize.width()},
        {QStringLiteral("h"), r.imageSize.height()},
        {QStringLiteral("rot"), r.rotation},
        {QStringLiteral("skew"), r.skewDegrees},
        {QStringLiteral("renderMs"), r.timings.renderMs},
        {QStringLiteral("preprocessMs"), r.timings.preprocessMs},
        {QStringLiteral("recognizeMs"), r.timings.recognizeMs},
    };
}

PageResult pageResultFromCbor(const QCborMap &map)
{
    PageResult r;
    r.page = int(map.value(QStringLiteral("page")).toInteger());
    r.kind = pageKindFromString(map.value(QStringLiteral("kind")).toString());
    r.status = map.value(QStringLiteral("status")).toString() == QLatin1String("done") ? PageStatus::Done
                                                                                      : PageStatus::Failed;
    r.error = map.value(QStringLiteral("error")).toString();
    r.text = map.value(QStringLiteral("text")).toString();
    r.words = wordsFromCbor(map.value(QStringLiteral("words")).toArray());
    r.meanConfidence = map.value(QStringLiteral("conf")).toDouble(-1);
    r.dpi = int(map.value(QStringLiteral("dpi")).toInteger());
    r.imageSize = QSize(int(map.value(QStringLiteral("w")).toInteger()), int(map.value(QStringLiteral("h")).toInteger()));
    r.rotation = int(map.value(QStringLiteral("rot")).toInteger());
    r.skewDegrees = map.value(QStringLiteral("skew")).toDouble();
    r.timings.renderMs = map.value(QStringLiteral("renderMs")).toDouble();
    r.timings.preprocessMs = map.value(QStringLiteral("preprocessMs")).toDouble();
    r.timings.recognizeMs = map.value(QStringLiteral("recognizeMs")).toDouble();
    return r;
}

QCborMap toCbor(const DocumentProbe &probe)
{
    QCborArray pixels;
    for (qint64 count : probe.pagePixels)
        pixels.append(count);
    return QCborMap{{QStringLiteral("ok"), probe.ok},
                    {QStringLiteral("pages"), probe.pageCount},
                    {QStringLiteral("error"), probe.error},
                    {QStringLiteral("pixels"), pixels}};
}

DocumentProbe documentProbeFromCbor(const QCborMap &map)
{
    DocumentProbe probe;
    probe.ok = map.value(QStringLiteral("ok")).toBool();
    const qint64 pages = map.value(QStringLiteral("pages")).toInteger();
    probe.error = map.value(QStringLiteral("error")).toString();
    // The coordinator queues a job per page: a worker's word on the count is
    // checked like any other input (the reader refuses such files itself).
    if (probe.ok && (pages < 1 || pages > DocumentReader::kMaxPages)) {
        probe.ok = false;
        probe.error = QCoreApplication::translate("quire::DocumentReader",
                                                  "the worker reported %1 pages, which no document Quire "
                                                  "takes can have (1 to %2)")
                          .arg(pages)
                          .arg(DocumentReader::kMaxPages);
        return probe;
    }
    probe.pageCount = probe.ok ? int(pages) : 0;
    const QCborArray pixels = map.value(QStringLiteral("pixels")).toArray();
    for (qsizetype i = 0; i < std::min<qsizetype>(pixels.size(), probe.pageCount); ++i)
        probe.pagePixels << pixels.at(i).toInteger();
    return probe;
}

QCborMap toCbor(const QImage &source)
{
    if (source.isNull())
        return {};
    // Formats with a colour table would need it too: send them as grey levels.
    const QImage image = source.colorCount() > 0 ? source.convertToFormat(QImage::Format_Grayscale8) : source;
    return QCborMap{{QStringLiteral("w"), image.width()},
                    {QStringLiteral("h"), image.height()},
                    {QStringLiteral("format"), int(image.format())},
                    {QStringLiteral("bpl"), qint64(image.bytesPerLine())},
                    {QStringLiteral("data"), QByteArray(reinterpret_cast<const char *>(image.constBits()),
                                                        qsizetype(image.sizeInBytes()))}};
}

QImage imageFromCbor(const QCborMap &map)
{
    const qint64 width = map.value(QStringLiteral("w")).toInteger();
    const qint64 height = map.value(QStringLiteral("h")).toInteger();
    const qint64 format = map.value(QStringLiteral("format")).toInteger();
    const qint64 bytesPerLine = map.value(QStringLiteral("bpl")).toInteger();
    const QByteArray data = map.value(QStringLiteral("data")).toByteArray();
    if (width <= 0 || height <= 0 || width > 100'000 || height > 100'000 || format <= QImage::Format_Invalid
        || format >= QImage::NImageFormats)
        return {};
    QImage image(static_cast<int>(width), static_cast<int>(height), static_cast<QImage::Format>(format));
    if (image.isNull() || image.bytesPerLine() != bytesPerLine || data.size() != image.sizeInBytes())
        return {};
    std::memcpy(image.bits(), data.constData(), size_t(data.size()));
    return image;
}

} // namespace quire::protocol
