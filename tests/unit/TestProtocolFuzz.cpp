#include "Mutator.h"
#include "pdf/DocumentReader.h"
#include "pool/ProcessMemory.h"
#include "pool/Protocol.h"

#include <QCborArray>
#include <QCborValue>
#include <QElapsedTimer>
#include <QTest>
#include <QtEndian>

using namespace quire;
using namespace quire::protocol;
using quire::test::Mutator;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

QByteArray header(quint32 length)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian<quint32>(length, bytes.data());
    return bytes;
}

QByteArray rawFrame(const QByteArray &payload)
{
    return header(quint32(payload.size())) + payload;
}


/// The messages coordinator and worker send each other, with plausible contents.
QList<QByteArray> sampleFrames(Mutator &random)
{
    PageResult result;
    result.page = 3;
    result.kind = PageKind::Ocr;
    result.status = PageStatus::Done;
    result.text = QStringLiteral("Año 2024 naïve café");
    for (int i = 0; i < 1 + int(random.bounded(40)); ++i)
        result.words << Word{QStringLiteral("w%1").arg(i), QRect(i * 10, 5, 9, 12), 90.0f, 0, i / 8};
    result.meanConfidence = 90;
    result.dpi = 300;
    result.imageSize = QSize(2550, 3300);
    QCborMap resultMessage{{QStringLiteral("type"), type::Result}, {QStringLiteral("id"), 7}};
    resultMessage.insert(QStringLiteral("result"), toCbor(result));
    resultMessage.insert(QStringLiteral("rssKb"), 123456);

    DocumentProbe probe;
    probe.ok = true;
    probe.pageCount = 1 + int(random.bounded(50));
    for (int i = 0; i < probe.pageCount; ++i)
        probe.pagePixels << 8'415'000;
    QCborMap probed = toCbor(probe);
    probed.insert(QStringLiteral("type"), type::Probed);
    probed.insert(QStringLiteral("id"), 8);

    return {
        encodeFrame(QCborMap{{QStringLiteral("type"), type::Hello}, {QStringLiteral("pid"), 4242},
                             {QStringLiteral("languages"), QStringLiteral("eng")}}),
        encodeFrame(QCborMap{{QStringLiteral("type"), type::Configure},
                             {QStringLiteral("settings"), QByteArray("{\"dpi\":300,\"languages\":\"eng\"}")},
                             {QStringLiteral("passwords"), QCborArray{QStringLiteral("secret")}}}),
        encodeFrame(QCborMap{{QStringLiteral("type"), type::Page}, {QStringLiteral("id"), 9},
                             {QStringLiteral("path"), QStringLiteral("/tmp/scan.pdf")}, {QStringLiteral("page"), 2}}),
        encodeFrame(QCborMap{{QStringLiteral("type"), type::Heartbeat}, {QStringLiteral("id"), 9},
                             {QStringLiteral("percent"), 40}}),
        encodeFrame(resultMessage),
        encodeFrame(probed),
        encodeFrame(QCborMap{{QStringLiteral("type"), type::Error}, {QStringLiteral("error"), QStringLiteral("bad")}}),
    };
}

/// CBOR crafted to make a careless decoder allocate or recurse without bound.
QList<QByteArray> craftedPayloads()
{
    const auto repeat = [](char byte, int count) { return QByteArray(count, byte); };
    return {
        QByteArray::fromHex("9b7fffffffffffffff"),           // array of 2^63-1 items, none present
        QByteArray::fromHex("bb0fffffffffffffff"),           // map of 2^60 pairs
        QByteArray::fromHex("5b7fffffffffffffff00"),         // byte string of 2^63-1 bytes
        QByteArray::fromHex("7b00000000ffffffff41"),         // text string of 4 GiB
        QByteArray::fromHex("a1") + repeat('\x81', 100'000) + QByteArray::fromHex("00"), // 100k nested arrays
        QByteArray::fromHex("a1") + repeat('\xc0', 100'000) + QByteArray::fromHex("00"), // 100k nested tags
        QByteArray::fromHex("9f") + repeat('\x9f', 50'000),  // indefinite arrays, never closed
        QByteArray::fromHex("bf617601647479706565726573756c74ff"), // indefinite map {"v":1,"type":"result"}
        QByteArray::fromHex("a2617602647479706566726573756c74"),   // {"v":2,"type":"result"}, nothing else
        // {"v":2,"type":"probed","ok":true,"pages":2^31-1,"pixels":[...]}: a page count no document has
        QByteArray::fromHex("a4617602647479706566"
                            "70726f626564626f6bf56570616765731a7fffffff"),
    };
}

/// What the coordinator does with a message from a worker, and checks of
/// what the decoders hand on. Returns a problem or an empty string.
QString exercise(const QCborMap &message, qsizetype payloadBytes)
{
    if (message.value(QStringLiteral("v")).toInteger() != kVersion)
        return QStringLiteral("a message with the wrong version got through");
    if (!message.value(QStringLiteral("type")).isString())
        return QStringLiteral("a message without a type got through");
    const PageResult result = pageResultFromCbor(message.value(QStringLiteral("result")).toMap());
    if (result.words.size() > payloadBytes)
        return QStringLiteral("%1 words decoded from %2 bytes").arg(result.words.size()).arg(payloadBytes);
    const DocumentProbe probe = documentProbeFromCbor(message);
    if (probe.ok && (probe.pageCount < 1 || probe.pageCount > DocumentReader::kMaxPages))
        return QStringLiteral("a probe of %1 pages was accepted").arg(probe.pageCount);
    if (probe.pagePixels.size() > std::max(0, probe.pageCount))
        return QStringLiteral("%1 page sizes for %2 pages").arg(probe.pagePixels.size()).arg(probe.pageCount);
    // The decoded values survive a round trip through the encoder.
    (void)encodeFrame(toCbor(result));
    (void)encodeFrame(toCbor(probe));
    return {};
}

/// Feeds @p stream to a FrameReader in random pieces and drains it.
QString feed(const QByteArray &stream, Mutator &random)
{
    FrameReader reader;
    qsizetype at = 0;
    qsizetype messages = 0;
    while (at < stream.size()) {
        const qsizetype piece = std::min<qsizetype>(stream.size() - at, 1 + random.bounded64(8192));
        reader.append(stream.mid(at, piece));
        at += piece;
        while (const std::optional<QCborMap> message = reader.next()) {
            if (++messages > stream.size() / 5 + 1)
                return QStringLiteral("more messages than the bytes can hold");
            const QString problem = exercise(*message, stream.size());
            if (!problem.isEmpty())
                return problem;
        }
        if (reader.hasError()) {
            if (reader.error().isEmpty())
                return QStringLiteral("an error without a message");
            if (reader.buffered() != 0)
                return QStringLiteral("bytes kept after an error");
            reader.append(stream.mid(at)); // ignored from now on
            if (reader.next() || reader.buffered() != 0)
                return QStringLiteral("the stream went on after an error");
            return {};
        }
        if (reader.buffered() > at)
            return QStringLiteral("more bytes buffered than were given");
    }
    return {};
}

} // namespace

/// Random and mutated frames for the frame reader and the message decoders
/// of the worker protocol: every case ends in messages or an error, never a
/// crash, a hang or an allocation the bytes do not justify. Under the
/// sanitizers, CTest caps a single allocation (ASAN_OPTIONS
/// max_allocation_size_mb), so an oversized one fails the test.
/// QUIRE_FUZZ_CASES (default 3000), QUIRE_FUZZ_SEED (default 1).
class TestProtocolFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void craftedPayloadsAreErrors_data();
    void craftedPayloadsAreErrors();
    void probeOfAbsurdPageCountIsRefused();
    void mutatedStreams();
};

void TestProtocolFuzz::craftedPayloadsAreErrors_data()
{
    QTest::addColumn<QByteArray>("payload");
    const QList<QByteArray> payloads = craftedPayloads();
    for (qsizetype i = 0; i < payloads.size(); ++i)
        QTest::addRow("crafted %d", int(i)) << payloads.at(i);
}

void TestProtocolFuzz::craftedPayloadsAreErrors()
{
    QFETCH(QByteArray, payload);
    Mutator random(1);
    QElapsedTimer clock;
    clock.start();
    const QString problem = feed(rawFrame(payload), random);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(clock.elapsed() < 10'000, "a hang");
}

void TestProtocolFuzz::probeOfAbsurdPageCountIsRefused()
{
    QCborMap map{{QStringLiteral("ok"), true}, {QStringLiteral("pages"), qint64(DocumentReader::kMaxPages) + 1}};
    DocumentProbe probe = documentProbeFromCbor(map);
    QVERIFY(!probe.ok);
    QVERIFY2(probe.error.contains(QString::number(DocumentReader::kMaxPages + 1)), qPrintable(probe.error));
    map.insert(QStringLiteral("pages"), -5);
    probe = documentProbeFromCbor(map);
    QVERIFY(!probe.ok);
    // More page sizes than pages: the extra ones are dropped.
    map.insert(QStringLiteral("pages"), 2);
    map.insert(QStringLiteral("pixels"), QCborArray{1, 2, 3, 4});
    probe = documentProbeFromCbor(map);
    QVERIFY(probe.ok);
    QCOMPARE(probe.pagePixels, (QList<qint64>{1, 2}));
}

void TestProtocolFuzz::mutatedStreams()
{
    const int cases = envInt("QUIRE_FUZZ_CASES", 3000);
    const quint64 seed = quint64(envInt("QUIRE_FUZZ_SEED", 1));
    QElapsedTimer total;
    total.start();
    int withErrors = 0;
    for (int number = 0; number < cases; ++number) {
        Mutator random(seed * 1'000'003ULL + quint64(number));
        const QList<QByteArray> frames = sampleFrames(random);
        QByteArray stream;
        QString origin;
        switch (random.bounded(5)) {
        case 0: // one real frame, mutated
            stream = random.mutate(frames.at(random.bounded(quint32(frames.size()))), 4, 1 << 20);
            origin = QStringLiteral("one frame: ") + random.describe();
            break;
        case 1: { // a conversation, mutated across frame boundaries
            for (int i = 0; i < 2 + int(random.bounded(6)); ++i)
                stream += frames.at(random.bounded(quint32(frames.size())));
            stream = random.mutate(stream, 4, 1 << 20);
            origin = QStringLiteral("several frames: ") + random.describe();
            break;
        }
        case 2: // a plausible length, then noise
            stream = rawFrame(random.randomBytes(random.bounded(2048)));
            origin = QStringLiteral("random payload");
            break;
        case 3: // a crafted payload, mutated
            stream = rawFrame(random.mutate(craftedPayloads().at(random.bounded(quint32(craftedPayloads().size()))), 2,
                                            1 << 20));
            origin = QStringLiteral("crafted payload: ") + random.describe();
            break;
        default: // noise from the first byte
            stream = random.randomBytes(1 + random.bounded(4096));
            origin = QStringLiteral("random bytes");
            break;
        }
        QElapsedTimer clock;
        clock.start();
        FrameReader probe;
        probe.append(stream);
        while (probe.next()) { }
        withErrors += probe.hasError() ? 1 : 0;
        const QString problem = feed(stream, random);
        const QString where = QStringLiteral("case %1 (QUIRE_FUZZ_SEED=%2, %3 bytes, %4)")
                                  .arg(number)
                                  .arg(seed)
                                  .arg(stream.size())
                                  .arg(origin);
        QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(where + QStringLiteral(": took over 10 s (a hang)")));
    }
    qInfo("%d mutated streams (seed %llu) in %.1f s; %d ended in a protocol error, the rest in messages",
          cases, seed, total.elapsed() / 1000.0, withErrors);
#if !defined(__SANITIZE_ADDRESS__)
    // Nothing here justifies more than a few MB; a decoder that believed a
    // declared length would have gone far past this.
    const qint64 peakMb = process::peakResidentKb() / 1024;
    QVERIFY2(peakMb < 512, qPrintable(QStringLiteral("peak resident memory %1 MB").arg(peakMb)));
#endif
}

QTEST_GUILESS_MAIN(TestProtocolFuzz)
#include "TestProtocolFuzz.moc"
