#include "pool/Protocol.h"

#include <QCborArray>
#include <QCborValue>
#include <QTest>
#include <QtEndian>

using namespace quire;
using namespace quire::protocol;

namespace {

/// A frame with an arbitrary payload, bypassing encodeFrame().
QByteArray rawFrame(const QByteArray &payload)
{
    QByteArray frame(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), frame.data());
    return frame + payload;
}

QByteArray lengthHeader(quint32 length)
{
    QByteArray header(4, Qt::Uninitialized);
    qToBigEndian<quint32>(length, header.data());
    return header;
}

QCborMap message(const QString &type, qint64 id)
{
    return QCborMap{{QStringLiteral("type"), type}, {QStringLiteral("id"), id}};
}

PageResult sampleOcrResult()
{
    PageResult r;
    r.page = 7;
    r.kind = PageKind::Ocr;
    r.status = PageStatus::Done;
    r.text = QStringLiteral("Año 2024: naïve café\n\nsecond block");
    r.words = {
        Word{QStringLiteral("Año"), QRect(12, 34, 56, 20), 96.5f, 0, 0},
        Word{QStringLiteral("2024:"), QRect(75, 34, 61, 21), 88.25f, 0, 0},
        Word{QStringLiteral("naïve"), QRect(140, 35, 70, 19), 71.0f, 0, 0},
        Word{QStringLiteral("café"), QRect(215, 33, 50, 22), 63.125f, 0, 0},
        Word{QStringLiteral("second"), QRect(12, 120, 80, 20), 90.0f, 1, 1},
        Word{QStringLiteral("block"), QRect(97, 120, 66, 20), 92.75f, 1, 1},
    };
    r.meanConfidence = 83.6;
    r.dpi = 150;
    r.imageSize = QSize(1275, 1650);
    r.rotation = 270;
    r.skewDegrees = -1.25;
    r.timings.renderMs = 12.5;
    r.timings.preprocessMs = 3.75;
    r.timings.recognizeMs = 456.0;
    return r;
}

PageResult sampleFailedTextResult()
{
    PageResult r;
    r.page = 1;
    r.kind = PageKind::Text;
    r.status = PageStatus::Failed;
    r.error = QStringLiteral("scan.pdf, page 1: the page could not be rendered; check the file.");
    r.meanConfidence = -1;
    r.dpi = 72;
    r.timings.renderMs = 0.5;
    return r;
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodeFrameWritesLengthAndVersion();
    void frameArrivesOneByteAtATime();
    void severalFramesInOneChunk();
    void oversizeLengthIsAnErrorAtOnce_data();
    void oversizeLengthIsAnErrorAtOnce();
    void largestAllowedLengthWaitsForTheBytes();
    void badPayloadIsAnError_data();
    void badPayloadIsAnError();
    void streamIsUnusableAfterAnError();
    void pageResultRoundTrip_data();
    void pageResultRoundTrip();
    void documentProbeRoundTrip_data();
    void documentProbeRoundTrip();
};

void TestProtocol::encodeFrameWritesLengthAndVersion()
{
    // A caller's own "v" is replaced: the version is the protocol's, not the caller's.
    QCborMap input = message(type::Heartbeat, 5);
    input.insert(QStringLiteral("v"), 99);
    const QByteArray frame = encodeFrame(input);
    QVERIFY(frame.size() > 4);
    QCOMPARE(qint64(qFromBigEndian<quint32>(frame.constData())), qint64(frame.size() - 4));
    const QCborMap payload = QCborValue::fromCbor(frame.mid(4)).toMap();
    QCOMPARE(payload.value(QStringLiteral("v")).toInteger(), qint64(kVersion));
    QCOMPARE(payload.value(QStringLiteral("type")).toString(), type::Heartbeat);
    QCOMPARE(payload.value(QStringLiteral("id")).toInteger(), qint64(5));
}

void TestProtocol::frameArrivesOneByteAtATime()
{
    QCborMap input = message(type::Page, 42);
    input.insert(QStringLiteral("path"), QStringLiteral("/tmp/ünïcode dir/scan.pdf"));
    input.insert(QStringLiteral("page"), 3);
    const QByteArray frame = encodeFrame(input);

    FrameReader reader;
    for (qsizetype i = 0; i < frame.size() - 1; ++i) {
        reader.append(frame.mid(i, 1));
        QVERIFY2(!reader.next(),
                 qPrintable(QStringLiteral("a message after %1 of %2 bytes").arg(i + 1).arg(frame.size())));
        QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
        QCOMPARE(reader.buffered(), i + 1);
    }
    reader.append(frame.right(1));
    const std::optional<QCborMap> out = reader.next();
    QVERIFY2(out, qPrintable(reader.error()));
    QCOMPARE(out->value(QStringLiteral("type")).toString(), type::Page);
    QCOMPARE(out->value(QStringLiteral("id")).toInteger(), qint64(42));
    QCOMPARE(out->value(QStringLiteral("path")).toString(), QStringLiteral("/tmp/ünïcode dir/scan.pdf"));
    QCOMPARE(out->value(QStringLiteral("page")).toInteger(), qint64(3));
    QCOMPARE(reader.buffered(), qsizetype(0));
    QVERIFY(!reader.next());
    QVERIFY(!reader.hasError());
}

void TestProtocol::severalFramesInOneChunk()
{
    const QByteArray fourth = encodeFrame(message(type::Result, 4));
    QByteArray chunk = encodeFrame(message(type::Hello, 1)) + encodeFrame(message(type::Heartbeat, 2))
                       + encodeFrame(message(type::Probed, 3));
    const qsizetype half = fourth.size() / 2;
    chunk += fourth.left(half);

    FrameReader reader;
    reader.append(chunk);
    QStringList types;
    QList<qint64> ids;
    while (const std::optional<QCborMap> out = reader.next()) {
        types << out->value(QStringLiteral("type")).toString();
        ids << out->value(QStringLiteral("id")).toInteger();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
    QCOMPARE(types, (QStringList{type::Hello, type::Heartbeat, type::Probed}));
    QCOMPARE(ids, (QList<qint64>{1, 2, 3}));
    QCOMPARE(reader.buffered(), half); // the partial fourth frame waits

    reader.append(fourth.mid(half));
    const std::optional<QCborMap> out = reader.next();
    QVERIFY(out);
    QCOMPARE(out->value(QStringLiteral("type")).toString(), type::Result);
    QCOMPARE(out->value(QStringLiteral("id")).toInteger(), qint64(4));
    QCOMPARE(reader.buffered(), qsizetype(0));
}

void TestProtocol::oversizeLengthIsAnErrorAtOnce_data()
{
    QTest::addColumn<quint32>("length");
    QTest::newRow("4 GB") << quint32(0xFFFFFFFFu);
    QTest::newRow("2 GB") << quint32(0x80000000u);
    QTest::newRow("one byte over the limit") << quint32(kMaxFrameBytes + 1);
}

void TestProtocol::oversizeLengthIsAnErrorAtOnce()
{
    QFETCH(quint32, length);
    FrameReader reader;
    // Only the header has arrived: the reader must not wait for gigabytes that will never come.
    reader.append(lengthHeader(length) + QByteArray("abc"));
    QVERIFY(!reader.next());
    QVERIFY(reader.hasError());
    QVERIFY2(reader.error().contains(QString::number(length)), qPrintable(reader.error()));
    QVERIFY2(reader.error().contains(QStringLiteral("limit")), qPrintable(reader.error()));
    QCOMPARE(reader.buffered(), qsizetype(0)); // nothing kept around
}

void TestProtocol::largestAllowedLengthWaitsForTheBytes()
{
    FrameReader reader;
    reader.append(lengthHeader(quint32(kMaxFrameBytes)) + QByteArray(1000, 'x'));
    QVERIFY(!reader.next());
    QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
    QCOMPARE(reader.buffered(), qsizetype(1004));
}

void TestProtocol::badPayloadIsAnError_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty payload") << QByteArray() << QStringLiteral("malformed");
    QTest::newRow("garbage bytes") << QByteArray::fromHex("ffffffff") << QStringLiteral("malformed");
    QTest::newRow("truncated map") << QByteArray::fromHex("a3617601") << QStringLiteral("malformed");
    QTest::newRow("text, not CBOR") << QByteArray("{\"type\":\"hello\"}") << QStringLiteral("malformed");
    QTest::newRow("integer, not a map") << QCborValue(7).toCbor() << QStringLiteral("not a CBOR map");
    QTest::newRow("array, not a map")
        << QCborValue(QCborArray{QStringLiteral("hello"), 1}).toCbor() << QStringLiteral("not a CBOR map");
    QTest::newRow("string, not a map") << QCborValue(QStringLiteral("hello")).toCbor()
                                       << QStringLiteral("not a CBOR map");
    QTest::newRow("wrong version")
        << QCborValue(QCborMap{{QStringLiteral("v"), kVersion + 1}, {QStringLiteral("type"), type::Hello}}).toCbor()
        << QStringLiteral("version %1").arg(kVersion + 1);
    QTest::newRow("no version") << QCborValue(QCborMap{{QStringLiteral("type"), type::Hello}}).toCbor()
                                << QStringLiteral("version");
    QTest::newRow("version as text")
        << QCborValue(QCborMap{{QStringLiteral("v"), QStringLiteral("1")}, {QStringLiteral("type"), type::Hello}})
               .toCbor()
        << QStringLiteral("version");
    QTest::newRow("missing type") << QCborValue(QCborMap{{QStringLiteral("v"), kVersion}}).toCbor()
                                  << QStringLiteral("no message type");
    QTest::newRow("type not a string")
        << QCborValue(QCborMap{{QStringLiteral("v"), kVersion}, {QStringLiteral("type"), 3}}).toCbor()
        << QStringLiteral("no message type");
}

void TestProtocol::badPayloadIsAnError()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, expected);

    FrameReader reader;
    // A good frame before the bad one still comes through.
    reader.append(encodeFrame(message(type::Heartbeat, 1)) + rawFrame(payload));
    const std::optional<QCborMap> first = reader.next();
    QVERIFY(first);
    QCOMPARE(first->value(QStringLiteral("type")).toString(), type::Heartbeat);
    QVERIFY(!reader.next());
    QVERIFY(reader.hasError());
    QVERIFY2(reader.error().contains(expected), qPrintable(reader.error()));
}

void TestProtocol::streamIsUnusableAfterAnError()
{
    FrameReader reader;
    reader.append(rawFrame(QByteArray::fromHex("ffff")) + encodeFrame(message(type::Hello, 1)));
    QVERIFY(!reader.next());
    QVERIFY(reader.hasError());
    const QString error = reader.error();
    // Good frames after the violation are not delivered: the stream cannot be trusted any more.
    reader.append(encodeFrame(message(type::Hello, 2)));
    QVERIFY(!reader.next());
    QVERIFY(!reader.next());
    QCOMPARE(reader.error(), error);
    QCOMPARE(reader.buffered(), qsizetype(0));
}

void TestProtocol::pageResultRoundTrip_data()
{
    QTest::addColumn<PageResult>("result");
    QTest::newRow("recognized page with words") << sampleOcrResult();
    QTest::newRow("failed text page") << sampleFailedTextResult();
    PageResult blank;
    blank.page = 3;
    blank.kind = PageKind::Blank;
    blank.dpi = 200;
    blank.imageSize = QSize(1700, 2200);
    blank.timings.renderMs = 12.5;
    QTest::newRow("blank page") << blank;
}

void TestProtocol::pageResultRoundTrip()
{
    QFETCH(PageResult, result);

    // Through a whole frame, as it travels from a worker.
    QCborMap reply{{QStringLiteral("type"), type::Result}, {QStringLiteral("id"), 9}};
    reply.insert(QStringLiteral("result"), toCbor(result));
    FrameReader reader;
    reader.append(encodeFrame(reply));
    const std::optional<QCborMap> frame = reader.next();
    QVERIFY2(frame, qPrintable(reader.error()));
    const PageResult out = pageResultFromCbor(frame->value(QStringLiteral("result")).toMap());

    QCOMPARE(out.page, result.page);
    QCOMPARE(toString(out.kind), toString(result.kind));
    QCOMPARE(toString(out.status), toString(result.status));
    QCOMPARE(out.error, result.error);
    QCOMPARE(out.text, result.text);
    QCOMPARE(out.meanConfidence, result.meanConfidence);
    QCOMPARE(out.dpi, result.dpi);
    QCOMPARE(out.imageSize, result.imageSize);
    QCOMPARE(out.rotation, result.rotation);
    QCOMPARE(out.skewDegrees, result.skewDegrees);
    QCOMPARE(out.timings.renderMs, result.timings.renderMs);
    QCOMPARE(out.timings.preprocessMs, result.timings.preprocessMs);
    QCOMPARE(out.timings.recognizeMs, result.timings.recognizeMs);
    QCOMPARE(out.words.size(), result.words.size());
    for (qsizetype i = 0; i < result.words.size(); ++i) {
        const Word &a = out.words.at(i);
        const Word &b = result.words.at(i);
        QCOMPARE(a.text, b.text);
        QCOMPARE(a.box, b.box);
        QCOMPARE(a.confidence, b.confidence);
        QCOMPARE(a.block, b.block);
        QCOMPARE(a.line, b.line);
    }
}

void TestProtocol::documentProbeRoundTrip_data()
{
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("pageCount");
    QTest::addColumn<QString>("error");
    QTest::newRow("opened") << true << 512 << QString();
    QTest::newRow("failed") << false << 0
                            << QStringLiteral("locked.pdf: the PDF is encrypted; pass its password with --password.");
}

void TestProtocol::documentProbeRoundTrip()
{
    QFETCH(bool, ok);
    QFETCH(int, pageCount);
    QFETCH(QString, error);

    DocumentProbe probe;
    probe.ok = ok;
    probe.pageCount = pageCount;
    probe.error = error;
    QCborMap reply = toCbor(probe);
    reply.insert(QStringLiteral("type"), type::Probed);
    FrameReader reader;
    reader.append(encodeFrame(reply));
    const std::optional<QCborMap> frame = reader.next();
    QVERIFY2(frame, qPrintable(reader.error()));
    const DocumentProbe out = documentProbeFromCbor(*frame);
    QCOMPARE(out.ok, ok);
    QCOMPARE(out.pageCount, pageCount);
    QCOMPARE(out.error, error);
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "TestProtocol.moc"
