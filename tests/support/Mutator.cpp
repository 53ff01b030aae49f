#include "Mutator.h"

#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>
#include <cctype>
#include <array>
#include <limits>

namespace quire::test {

namespace {

enum class Format { Other, Pdf, Png, Jpeg, Tiff };

Format formatOf(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return Format::Png;
    if (data.startsWith("\xff\xd8\xff"))
        return Format::Jpeg;
    if (data.startsWith(QByteArrayView("II*\0", 4)) || data.startsWith(QByteArrayView("MM\0*", 4)))
        return Format::Tiff;
    if (data.left(1024).contains("%PDF-"))
        return Format::Pdf;
    return Format::Other;
}

quint32 crc32(const char *data, qsizetype size)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (qsizetype i = 0; i < size; ++i)
        c = table[(c ^ quint8(data[i])) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

struct PngChunk
{
    qsizetype offset = 0; ///< Of the length field.
    quint32 length = 0;
    QByteArray type;
    qsizetype end() const { return offset + 12 + qsizetype(length); }
};

QList<PngChunk> pngChunks(const QByteArray &data)
{
    QList<PngChunk> chunks;
    qsizetype at = 8;
    while (at + 12 <= data.size()) {
        PngChunk chunk;
        chunk.offset = at;
        chunk.length = qFromBigEndian<quint32>(data.constData() + at);
        chunk.type = data.mid(at + 4, 4);
        if (chunk.end() > data.size() || chunk.length > quint32(data.size()))
            break;
        chunks << chunk;
        at = chunk.end();
    }
    return chunks;
}

void fixPngCrc(QByteArray &data, const PngChunk &chunk)
{
    if (chunk.end() > data.size())
        return;
    const quint32 crc = crc32(data.constData() + chunk.offset + 4, 4 + qsizetype(chunk.length));
    qToBigEndian<quint32>(crc, data.data() + chunk.offset + 8 + chunk.length);
}

template<typename T>
void writeInt(QByteArray &data, qsizetype at, T value, bool bigEndian)
{
    if (at < 0 || at + qsizetype(sizeof(T)) > data.size())
        return;
    if (bigEndian)
        qToBigEndian<T>(value, data.data() + at);
    else
        qToLittleEndian<T>(value, data.data() + at);
}

template<typename T>
T readInt(const QByteArray &data, qsizetype at, bool bigEndian)
{
    if (at < 0 || at + qsizetype(sizeof(T)) > data.size())
        return 0;
    return bigEndian ? qFromBigEndian<T>(data.constData() + at) : qFromLittleEndian<T>(data.constData() + at);
}

} // namespace

Mutator::Mutator(quint64 seed)
    : m_random(quint32(seed ^ (seed >> 32)))
{
}

quint32 Mutator::bounded(quint32 bound)
{
    return bound == 0 ? 0 : m_random.bounded(bound);
}

qint64 Mutator::bounded64(qint64 bound)
{
    return bound <= 0 ? 0 : m_random.bounded(bound);
}

QByteArray Mutator::randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(bounded(256));
    return bytes;
}

qint64 Mutator::interestingNumber(qint64 original)
{
    static constexpr std::array<qint64, 18> kValues = {
        0, 1, -1, 2, 7, 255, 256, 65535, 65536, 1 << 20,
        2147483647LL, 2147483648LL, -2147483648LL, 4294967295LL, 4294967296LL,
        std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), 100000,
    };
    switch (bounded(4)) {
    case 0:
        return original + qint64(bounded(5)) - 2;
    case 1:
        return original * (bounded(2) ? 1000 : -1);
    default:
        return kValues[bounded(quint32(kValues.size()))];
    }
}

qsizetype Mutator::position(qsizetype size)
{
    if (size <= 0)
        return 0;
    if (bounded(2) == 0)
        return qsizetype(bounded64(std::min<qsizetype>(size, 4096)));
    return qsizetype(bounded64(size));
}

void Mutator::note(const QString &step)
{
    m_steps << step;
}

QString Mutator::describe() const
{
    return m_steps.join(QStringLiteral("; "));
}

void Mutator::flipBits(QByteArray &data)
{
    if (data.isEmpty())
        return;
    const int flips = 1 + int(bounded(8));
    const qsizetype first = position(data.size());
    for (int i = 0; i < flips; ++i) {
        const qsizetype at = bounded(4) == 0 ? qsizetype(bounded64(data.size()))
                                             : std::min(data.size() - 1, first + qsizetype(bounded(64)));
        data[at] = char(data.at(at) ^ char(1 << bounded(8)));
    }
    note(QStringLiteral("flip %1 bits near %2").arg(flips).arg(first));
}

void Mutator::overwrite(QByteArray &data)
{
    if (data.isEmpty())
        return;
    const qsizetype at = position(data.size());
    const qsizetype length = std::min<qsizetype>(1 + bounded(16), data.size() - at);
    data.replace(at, length, randomBytes(length));
    note(QStringLiteral("overwrite %1 bytes at %2").arg(length).arg(at));
}

void Mutator::truncate(QByteArray &data)
{
    if (data.size() < 2)
        return;
    qsizetype keep = 0;
    switch (bounded(3)) {
    case 0:
        keep = qsizetype(bounded64(std::min<qsizetype>(data.size(), 2048)));
        break;
    case 1:
        keep = data.size() - 1 - qsizetype(bounded64(std::min<qsizetype>(data.size() - 1, 4096)));
        break;
    default:
        keep = qsizetype(bounded64(data.size()));
        break;
    }
    data.truncate(keep);
    note(QStringLiteral("truncate to %1").arg(keep));
}

void Mutator::tamperDecimal(QByteArray &data)
{
    // A run of ASCII digits, optionally signed, that is not part of a longer word.
    for (int attempt = 0; attempt < 16; ++attempt) {
        qsizetype at = position(data.size());
        while (at < data.size() && !std::isdigit(uchar(data.at(at))))
            ++at;
        if (at >= data.size())
            continue;
        qsizetype start = at;
        while (start > 0 && std::isdigit(uchar(data.at(start - 1))))
            --start;
        qsizetype end = at;
        while (end < data.size() && std::isdigit(uchar(data.at(end))) && end - start < 18)
            ++end;
        const qint64 original = data.mid(start, end - start).toLongLong();
        const qint64 value = interestingNumber(original);
        data.replace(start, end - start, QByteArray::number(value));
        note(QStringLiteral("number at %1: %2 -> %3").arg(start).arg(original).arg(value));
        return;
    }
}

void Mutator::tamperBinary(QByteArray &data)
{
    const int width = std::array<int, 3>{1, 2, 4}[bounded(3)];
    if (data.size() < width)
        return;
    const qsizetype at = std::min(position(data.size()), data.size() - width);
    const bool big = bounded(2);
    const qint64 value = interestingNumber(0);
    switch (width) {
    case 1:
        data[at] = char(value);
        break;
    case 2:
        writeInt<quint16>(data, at, quint16(value), big);
        break;
    default:
        writeInt<quint32>(data, at, quint32(value), big);
        break;
    }
    note(QStringLiteral("int%1%2 at %3 = %4").arg(width * 8).arg(big ? QLatin1String("be") : QLatin1String("le")).arg(at).arg(value));
}

void Mutator::moveChunk(QByteArray &data)
{
    if (data.size() < 4)
        return;
    const qsizetype from = position(data.size());
    const qsizetype length = std::min<qsizetype>(1 + bounded64(std::max<qsizetype>(1, data.size() / 8)), data.size() - from);
    const QByteArray chunk = data.mid(from, length);
    data.remove(from, length);
    const qsizetype to = qsizetype(bounded64(data.size() + 1));
    data.insert(to, chunk);
    note(QStringLiteral("move %1 bytes %2 -> %3").arg(length).arg(from).arg(to));
}

void Mutator::duplicateChunk(QByteArray &data, qsizetype maxSize)
{
    if (data.isEmpty())
        return;
    const qsizetype from = position(data.size());
    const qsizetype room = std::max<qsizetype>(0, maxSize - data.size());
    const qsizetype length = std::min({qsizetype(1 + bounded64(std::max<qsizetype>(1, data.size() / 4))),
                                       data.size() - from, room});
    if (length <= 0)
        return;
    const QByteArray chunk = data.mid(from, length);
    const int copies = 1 + int(bounded(3));
    const qsizetype to = qsizetype(bounded64(data.size() + 1));
    for (int i = 0; i < copies && data.size() + length <= maxSize; ++i)
        data.insert(to, chunk);
    note(QStringLiteral("duplicate %1 bytes from %2 at %3").arg(length).arg(from).arg(to));
}

void Mutator::dropChunk(QByteArray &data)
{
    if (data.size() < 2)
        return;
    const qsizetype from = position(data.size());
    const qsizetype length = std::min<qsizetype>(1 + bounded64(std::max<qsizetype>(1, data.size() / 16)), data.size() - from);
    data.remove(from, length);
    note(QStringLiteral("drop %1 bytes at %2").arg(length).arg(from));
}

void Mutator::insertRandom(QByteArray &data, qsizetype maxSize)
{
    const qsizetype length = std::min<qsizetype>(1 + bounded(64), std::max<qsizetype>(0, maxSize - data.size()));
    if (length <= 0)
        return;
    const qsizetype at = position(data.size() + 1);
    data.insert(at, randomBytes(length));
    note(QStringLiteral("insert %1 random bytes at %2").arg(length).arg(at));
}

void Mutator::tamperPdf(QByteArray &data)
{
    static const QList<QByteArray> kNumericKeys = {
        "/Count", "/Length", "/Width", "/Height", "/BitsPerComponent", "/Size", "/Prev", "/First", "/N",
        "/Columns", "/Rows", "/Colors", "/Predictor", "/K", "/Rotate", "/Length1", "/XRefStm", "/W", "/Index",
        "/DecodeParms", "/Parent", "/Kids", "/Contents", "/Resources"};
    static const QList<QByteArray> kBoxes = {
        "[0 0 14400 14400]", "[0 0 0 0]", "[0 0 -612 792]", "[0 0 1e30 1e30]", "[0 0 3.4e38 1]",
        "[0 0 99999999999 99999999999]", "[0 0 612]", "[612 792 0 0]", "[0 0 200000 1]", "[]"};
    static const QList<QByteArray> kFilters = {
        "/DCTDecode", "/JBIG2Decode", "/CCITTFaxDecode", "/JPXDecode", "/LZWDecode", "/RunLengthDecode",
        "/ASCIIHexDecode", "/ASCII85Decode", "/Crypt", "/FlateDecode"};
    static const QList<QByteArray> kKeywords = {"endstream", "endobj", "xref", "trailer", "startxref", "stream",
                                                "obj", "/Type /Page", "/Type/Page", ">>", "<<"};
    static const QRegularExpression kReference(QStringLiteral("(\\d+) (\\d+) R"));
    static const QRegularExpression kObject(QStringLiteral("(\\d+) (\\d+) obj"));

    const auto occurrences = [&data](const QByteArray &needle) {
        QList<qsizetype> found;
        for (qsizetype at = data.indexOf(needle); at >= 0 && found.size() < 4096; at = data.indexOf(needle, at + 1))
            found << at;
        return found;
    };

    switch (bounded(6)) {
    case 0: { // a key's number: absurd counts, lengths, sizes
        const QByteArray key = kNumericKeys.at(bounded(quint32(kNumericKeys.size())));
        const QList<qsizetype> found = occurrences(key);
        if (found.isEmpty())
            return tamperDecimal(data);
        qsizetype at = found.at(bounded(quint32(found.size()))) + key.size();
        while (at < data.size() && (data.at(at) == ' ' || data.at(at) == '[' || data.at(at) == '\n'))
            ++at;
        qsizetype end = at;
        if (end < data.size() && data.at(end) == '-')
            ++end;
        while (end < data.size() && std::isdigit(uchar(data.at(end))))
            ++end;
        const qint64 original = data.mid(at, end - at).toLongLong();
        const qint64 value = interestingNumber(original);
        data.replace(at, end - at, QByteArray::number(value) + (end == at ? " " : ""));
        note(QStringLiteral("%1 at %2: %3 -> %4").arg(QString::fromLatin1(key)).arg(at).arg(original).arg(value));
        return;
    }
    case 1: { // page boxes: huge, empty, inverted, short
        const QByteArray key = bounded(2) ? QByteArrayLiteral("/MediaBox") : QByteArrayLiteral("/CropBox");
        const QList<qsizetype> found = occurrences(key);
        if (found.isEmpty())
            return tamperDecimal(data);
        const qsizetype at = found.at(bounded(quint32(found.size())));
        const qsizetype open = data.indexOf('[', at);
        const qsizetype close = open < 0 ? -1 : data.indexOf(']', open);
        if (close < 0 || close - at > 200)
            return;
        const QByteArray box = kBoxes.at(bounded(quint32(kBoxes.size())));
        data.replace(open, close - open + 1, box);
        note(QStringLiteral("%1 at %2 = %3").arg(QString::fromLatin1(key)).arg(at).arg(QString::fromLatin1(box)));
        return;
    }
    case 2: { // references rewired: page-tree loops, pages pointing at fonts...
        const QString text = QString::fromLatin1(data);
        QList<qint64> objects;
        for (auto it = kObject.globalMatch(text); it.hasNext() && objects.size() < 4096;)
            objects << it.next().captured(1).toLongLong();
        QList<QRegularExpressionMatch> references;
        for (auto it = kReference.globalMatch(text); it.hasNext() && references.size() < 4096;)
            references << it.next();
        if (objects.isEmpty() || references.isEmpty())
            return tamperDecimal(data);
        const QRegularExpressionMatch reference = references.at(bounded(quint32(references.size())));
        // Half the time the object the reference sits in (a loop), else any object.
        qint64 target = objects.at(bounded(quint32(objects.size())));
        if (bounded(2)) {
            const qsizetype objStart = text.lastIndexOf(QStringLiteral(" obj"), reference.capturedStart());
            if (objStart > 0) {
                qsizetype numberStart = text.lastIndexOf(QLatin1Char('\n'), objStart);
                const QRegularExpressionMatch owner = kObject.match(text, numberStart < 0 ? 0 : numberStart + 1);
                if (owner.hasMatch())
                    target = owner.captured(1).toLongLong();
            }
        }
        data.replace(reference.capturedStart(1), reference.capturedLength(1), QByteArray::number(target));
        note(QStringLiteral("reference at %1 -> object %2").arg(reference.capturedStart()).arg(target));
        return;
    }
    case 3: { // stream filters swapped
        const QList<qsizetype> found = occurrences("/FlateDecode");
        if (found.isEmpty())
            return tamperBinary(data);
        const qsizetype at = found.at(bounded(quint32(found.size())));
        const QByteArray filter = kFilters.at(bounded(quint32(kFilters.size())));
        data.replace(at, 12, filter);
        note(QStringLiteral("filter at %1 -> %2").arg(at).arg(QString::fromLatin1(filter)));
        return;
    }
    case 4: { // structure keywords dropped
        const QByteArray keyword = kKeywords.at(bounded(quint32(kKeywords.size())));
        const QList<qsizetype> found = occurrences(keyword);
        if (found.isEmpty())
            return dropChunk(data);
        const qsizetype at = found.at(bounded(quint32(found.size())));
        data.remove(at, keyword.size());
        note(QStringLiteral("drop '%1' at %2").arg(QString::fromLatin1(keyword)).arg(at));
        return;
    }
    default: { // a stream's bytes damaged where the decoder reads them
        const QList<qsizetype> found = occurrences("stream");
        if (found.isEmpty())
            return flipBits(data);
        const qsizetype at = found.at(bounded(quint32(found.size()))) + 8 + qsizetype(bounded(256));
        if (at >= data.size())
            return;
        const qsizetype length = std::min<qsizetype>(1 + bounded(8), data.size() - at);
        data.replace(at, length, randomBytes(length));
        note(QStringLiteral("stream bytes at %1").arg(at));
        return;
    }
    }
}

void Mutator::tamperPng(QByteArray &data)
{
    QList<PngChunk> chunks = pngChunks(data);
    if (chunks.isEmpty())
        return tamperBinary(data);
    const bool fixCrc = bounded(4) != 0; // libpng rejects a critical chunk with a bad CRC
    switch (bounded(5)) {
    case 0: { // header: absurd dimensions, depth, colour type, interlace
        const PngChunk &header = chunks.first();
        if (header.type != "IHDR" || header.length < 13)
            return tamperBinary(data);
        const qsizetype field = header.offset + 8;
        switch (bounded(3)) {
        case 0:
            writeInt<quint32>(data, field, quint32(interestingNumber(readInt<quint32>(data, field, true))), true);
            break;
        case 1:
            writeInt<quint32>(data, field + 4, quint32(interestingNumber(readInt<quint32>(data, field + 4, true))), true);
            break;
        default:
            data[field + 8 + qsizetype(bounded(5))] = char(bounded(2) ? bounded(256) : bounded(17));
            break;
        }
        if (fixCrc)
            fixPngCrc(data, header);
        note(QStringLiteral("png IHDR tampered%1").arg(fixCrc ? QString() : QStringLiteral(" (bad crc)")));
        return;
    }
    case 1: { // a chunk's length
        const PngChunk &chunk = chunks.at(bounded(quint32(chunks.size())));
        const quint32 value = quint32(interestingNumber(chunk.length));
        writeInt<quint32>(data, chunk.offset, value, true);
        note(QStringLiteral("png %1 length %2 -> %3").arg(QString::fromLatin1(chunk.type)).arg(chunk.length).arg(value));
        return;
    }
    case 2: { // chunks reordered
        if (chunks.size() < 2)
            return;
        const PngChunk a = chunks.at(bounded(quint32(chunks.size())));
        const PngChunk b = chunks.at(bounded(quint32(chunks.size())));
        if (a.offset == b.offset)
            return;
        const PngChunk &first = a.offset < b.offset ? a : b;
        const PngChunk &second = a.offset < b.offset ? b : a;
        const QByteArray firstBytes = data.mid(first.offset, first.end() - first.offset);
        const QByteArray secondBytes = data.mid(second.offset, second.end() - second.offset);
        data.replace(second.offset, secondBytes.size(), firstBytes);
        data.replace(first.offset, firstBytes.size(), secondBytes);
        note(QStringLiteral("png swap %1 and %2").arg(QString::fromLatin1(first.type), QString::fromLatin1(second.type)));
        return;
    }
    case 3: { // a chunk dropped or duplicated
        const PngChunk &chunk = chunks.at(bounded(quint32(chunks.size())));
        const QByteArray bytes = data.mid(chunk.offset, chunk.end() - chunk.offset);
        if (bounded(2)) {
            data.remove(chunk.offset, bytes.size());
            note(QStringLiteral("png drop %1").arg(QString::fromLatin1(chunk.type)));
        } else if (data.size() + bytes.size() < (16 << 20)) {
            data.insert(chunk.offset, bytes);
            note(QStringLiteral("png duplicate %1").arg(QString::fromLatin1(chunk.type)));
        }
        return;
    }
    default: { // compressed image data damaged, CRC kept valid
        QList<PngChunk> idat;
        for (const PngChunk &chunk : std::as_const(chunks)) {
            if (chunk.type == "IDAT" && chunk.length > 0)
                idat << chunk;
        }
        if (idat.isEmpty())
            return flipBits(data);
        const PngChunk &chunk = idat.at(bounded(quint32(idat.size())));
        const qsizetype at = chunk.offset + 8 + qsizetype(bounded(chunk.length));
        data[at] = char(bounded(256));
        fixPngCrc(data, chunk);
        note(QStringLiteral("png IDAT byte at %1").arg(at));
        return;
    }
    }
}

void Mutator::tamperJpeg(QByteArray &data)
{
    // Segments: FF xx, then a 2-byte big-endian length (but not for SOI, EOI, RSTn).
    QList<qsizetype> segments;
    QList<qsizetype> frames;
    for (qsizetype at = 2; at + 4 <= data.size() && segments.size() < 256;) {
        if (uchar(data.at(at)) != 0xff)
            break;
        const uchar marker = uchar(data.at(at + 1));
        if (marker == 0xd9 || marker == 0xda) {
            segments << at;
            break;
        }
        segments << at;
        if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc)
            frames << at;
        at += 2 + readInt<quint16>(data, at + 2, true);
    }
    if (segments.isEmpty())
        return tamperBinary(data);
    switch (bounded(3)) {
    case 0: { // frame header: height, width, components, sampling factors
        if (frames.isEmpty())
            return tamperBinary(data);
        const qsizetype frame = frames.at(bounded(quint32(frames.size())));
        switch (bounded(4)) {
        case 0:
            writeInt<quint16>(data, frame + 5, quint16(interestingNumber(readInt<quint16>(data, frame + 5, true))), true);
            break;
        case 1:
            writeInt<quint16>(data, frame + 7, quint16(interestingNumber(readInt<quint16>(data, frame + 7, true))), true);
            break;
        case 2:
            if (frame + 9 < data.size())
                data[frame + 9] = char(bounded(256));
            break;
        default:
            if (frame + 11 < data.size())
                data[frame + 11] = char(bounded(256));
            break;
        }
        note(QStringLiteral("jpeg frame header at %1").arg(frame));
        return;
    }
    case 1: { // a segment's length
        const qsizetype segment = segments.at(bounded(quint32(segments.size())));
        const quint16 value = quint16(interestingNumber(readInt<quint16>(data, segment + 2, true)));
        writeInt<quint16>(data, segment + 2, value, true);
        note(QStringLiteral("jpeg segment length at %1 = %2").arg(segment).arg(value));
        return;
    }
    default: { // entropy-coded data damaged
        const qsizetype scan = data.indexOf("\xff\xda");
        if (scan < 0 || scan + 16 >= data.size())
            return flipBits(data);
        const qsizetype at = scan + 16 + qsizetype(bounded64(data.size() - scan - 16));
        const qsizetype length = std::min<qsizetype>(1 + bounded(32), data.size() - at);
        data.replace(at, length, randomBytes(length));
        note(QStringLiteral("jpeg scan bytes at %1").arg(at));
        return;
    }
    }
}

void Mutator::tamperTiff(QByteArray &data)
{
    const bool big = data.startsWith("MM");
    const quint32 firstIfd = readInt<quint32>(data, 4, big);
    QList<qsizetype> ifds;
    for (qsizetype at = firstIfd; at > 0 && at + 2 <= data.size() && ifds.size() < 64 && !ifds.contains(at);) {
        ifds << at;
        const quint16 count = readInt<quint16>(data, at, big);
        at = readInt<quint32>(data, at + 2 + qsizetype(count) * 12, big);
    }
    if (ifds.isEmpty())
        return tamperBinary(data);
    const qsizetype ifd = ifds.at(bounded(quint32(ifds.size())));
    const quint16 count = readInt<quint16>(data, ifd, big);
    switch (bounded(4)) {
    case 0: { // an entry's count or value: absurd width, strips, offsets
        if (count == 0)
            return tamperBinary(data);
        const qsizetype entry = ifd + 2 + 12 * qsizetype(bounded(count));
        const quint16 tag = readInt<quint16>(data, entry, big);
        const qsizetype field = entry + (bounded(3) == 0 ? 4 : 8);
        writeInt<quint32>(data, field, quint32(interestingNumber(readInt<quint32>(data, field, big))), big);
        note(QStringLiteral("tiff tag %1 at %2").arg(tag).arg(entry));
        return;
    }
    case 1: { // an entry's type
        if (count == 0)
            return tamperBinary(data);
        const qsizetype entry = ifd + 2 + 12 * qsizetype(bounded(count));
        writeInt<quint16>(data, entry + 2, quint16(bounded(20)), big);
        note(QStringLiteral("tiff entry type at %1").arg(entry));
        return;
    }
    case 2: { // the entry count
        writeInt<quint16>(data, ifd, quint16(interestingNumber(count)), big);
        note(QStringLiteral("tiff ifd count at %1").arg(ifd));
        return;
    }
    default: { // the page chain: loops back, or points anywhere
        const qsizetype next = ifd + 2 + qsizetype(count) * 12;
        const quint32 target = bounded(2) ? quint32(ifds.at(bounded(quint32(ifds.size()))))
                                          : quint32(interestingNumber(readInt<quint32>(data, next, big)));
        writeInt<quint32>(data, next, target, big);
        note(QStringLiteral("tiff next ifd at %1 -> %2").arg(next).arg(target));
        return;
    }
    }
}

QByteArray Mutator::mutate(const QByteArray &input, int maxSteps, qsizetype maxSize)
{
    m_steps.clear();
    QByteArray data = input.left(maxSize);
    const Format format = formatOf(input);
    const int steps = 1 + int(bounded(quint32(std::max(1, maxSteps))));
    for (int step = 0; step < steps; ++step) {
        // Format-aware changes half the time: they get past the checks at the
        // door (signatures, CRCs) and reach the decoders' size arithmetic.
        if (format != Format::Other && bounded(2) == 0) {
            switch (format) {
            case Format::Pdf:
                tamperPdf(data);
                break;
            case Format::Png:
                tamperPng(data);
                break;
            case Format::Jpeg:
                tamperJpeg(data);
                break;
            case Format::Tiff:
                tamperTiff(data);
                break;
            case Format::Other:
                break;
            }
            continue;
        }
        switch (bounded(10)) {
        case 0:
        case 1:
            flipBits(data);
            break;
        case 2:
            overwrite(data);
            break;
        case 3:
            truncate(data);
            break;
        case 4:
            tamperDecimal(data);
            break;
        case 5:
            tamperBinary(data);
            break;
        case 6:
            moveChunk(data);
            break;
        case 7:
            duplicateChunk(data, maxSize);
            break;
        case 8:
            dropChunk(data);
            break;
        default:
            insertRandom(data, maxSize);
            break;
        }
    }
    if (data.size() > maxSize)
        data.truncate(maxSize);
    return data;
}

} // namespace quire::test
