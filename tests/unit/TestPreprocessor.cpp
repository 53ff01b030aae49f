#include "imaging/OpenClMode.h"
#include "imaging/Preprocessor.h"

#include "TestDocuments.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QPainter>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace quire;

namespace {

const QStringList kLines = {
    u"The quick brown fox jumps over the lazy dog."_s,
    u"Pack my box with five dozen liquor jugs, said the clerk."_s,
    u"Sphinx of black quartz, judge my vow; 0123456789."_s,
    u"How vexingly quick daft zebras jump across the field."_s,
    u"Waltz, bad nymph, for quick jigs vex the morning crowd."_s,
    u"Jackdaws love my big sphinx of quartz in the garden."_s,
};

// The OpenCL and CPU paths may round a few pixels differently (warpAffine's
// fixed-point weights); at most this share of pixels may differ.
constexpr double kMaxDifferingShare = 0.001;

// Exit codes of the --emit-cleaned child.
constexpr int kChildOk = 0;
constexpr int kChildFailed = 1;
constexpr int kChildNoOpenClDevice = 3;

qint64 countDifferentPixels(const QImage &a, const QImage &b)
{
    qint64 count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *pa = a.constScanLine(y);
        const uchar *pb = b.constScanLine(y);
        for (int x = 0; x < a.width(); ++x)
            count += pa[x] != pb[x] ? 1 : 0;
    }
    return count;
}

bool onlyBlackAndWhite(const QImage &image, qint64 *black = nullptr)
{
    qint64 dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *p = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            if (p[x] != 0 && p[x] != 255)
                return false;
            dark += p[x] == 0 ? 1 : 0;
        }
    }
    if (black)
        *black = dark;
    return true;
}

// Mean output gray where @p source is @p value (ink or paper).
double meanWhere(const QImage &output, const QImage &source, int value)
{
    double sum = 0;
    qint64 count = 0;
    for (int y = 0; y < source.height(); ++y) {
        const uchar *s = source.constScanLine(y);
        const uchar *o = output.constScanLine(y);
        for (int x = 0; x < source.width(); ++x) {
            if (s[x] == value) {
                sum += o[x];
                ++count;
            }
        }
    }
    return count ? sum / double(count) : -1;
}

struct ChildRun
{
    int exitCode = -1;
    QString output;
};

ChildRun runChild(const QStringList &arguments, const QString &extraEnvironment = {})
{
    QProcess process;
    if (!extraEnvironment.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const qsizetype equals = extraEnvironment.indexOf(QLatin1Char('='));
        environment.insert(extraEnvironment.left(equals), extraEnvironment.mid(equals + 1));
        process.setProcessEnvironment(environment);
    }
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QCoreApplication::applicationFilePath(), arguments);
    ChildRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.output = u"child did not finish: "_s + QString::fromLocal8Bit(process.readAll());
        return run;
    }
    run.output = QString::fromLocal8Bit(process.readAll());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

QString valueOf(const QString &output, const QString &key)
{
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

// What configureOpenCl(Auto) reports after timing both paths: the device it
// timed, both timings, and which one won.
struct MeasuredStatus
{
    bool valid = false;
    bool openClWon = false;
    QString device;
    double openClMs = -1;
    double cpuMs = -1;
};

MeasuredStatus parseMeasured(const QString &text)
{
    static const QRegularExpression openClWon(
        u"^(.+) \\(OpenCL, ([0-9.]+) ms vs ([0-9.]+) ms on the CPU\\)$"_s);
    static const QRegularExpression cpuWon(
        u"^CPU \\(faster than OpenCL on (.+): ([0-9.]+) ms vs ([0-9.]+) ms\\)$"_s);
    MeasuredStatus measured;
    if (const QRegularExpressionMatch m = openClWon.match(text); m.hasMatch()) {
        measured = {true, true, m.captured(1), m.captured(2).toDouble(), m.captured(3).toDouble()};
    } else if (const QRegularExpressionMatch c = cpuWon.match(text); c.hasMatch()) {
        measured = {true, false, c.captured(1), c.captured(3).toDouble(), c.captured(2).toDouble()};
    }
    return measured;
}

// Child process: chooses the OpenCL modes given (comma separated, in order)
// as its first OpenCV calls, then cleans a skewed page with CLAHE, deskew and
// Otsu and writes it to the path given (and the grayscale variant beside it).
// With no path it only reports the status.
int emitCleaned(const QString &modes, const QString &outPath = {})
{
    OpenClStatus status;
    int call = 0;
    for (const QString &name : modes.split(QLatin1Char(','))) {
        const std::optional<OpenClMode> mode = openClModeFromString(name);
        if (!mode) {
            std::printf("error=unknown mode %s\n", qPrintable(name));
            return kChildFailed;
        }
        status = configureOpenCl(*mode);
        std::printf("device.%d=%s\n", ++call, qPrintable(status.device));
    }
    std::printf("active=%d\ndevice=%s\nerror=%s\n", status.active ? 1 : 0,
                qPrintable(status.device), qPrintable(status.error));
    std::fflush(stdout);
    if (!status.error.isEmpty())
        return kChildNoOpenClDevice;
    if (outPath.isEmpty())
        return kChildOk;

    const QImage page = test::makeTextImage(kLines, 300, 3.0);
    PreprocessOptions options;
    options.clahe = true;
    const PreprocessResult binary = Preprocessor::process(page, options);
    options.binarize = false;
    const PreprocessResult gray = Preprocessor::process(page, options);
    if (!binary.error.isEmpty() || !gray.error.isEmpty()) {
        std::printf("error=%s %s\n", qPrintable(binary.error), qPrintable(gray.error));
        return kChildFailed;
    }
    std::printf("skew=%.3f\n", binary.skewDegrees);

    // OpenCV keeps its OpenCL switch per thread; another thread must follow
    // the process-wide choice too (the grayscale output tells the paths apart).
    PreprocessResult onThread;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { onThread = Preprocessor::process(page, options); }));
    thread->start();
    thread->wait();
    std::printf("threadDiff=%lld\n",
                onThread.image.isNull() ? -1LL : countDifferentPixels(gray.image, onThread.image));
    if (!binary.image.save(outPath) || !gray.image.save(outPath + ".gray.png"_L1)) {
        std::printf("error=cannot write %s\n", qPrintable(outPath));
        return kChildFailed;
    }
    return kChildOk;
}

} // namespace

class TestPreprocessor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modeNames_data();
    void modeNames();
    void openClModes_data();
    void openClModes();
    void openClMatchesCpu();
    void autoWithoutGpuDoesNotMeasure_data();
    void autoWithoutGpuDoesNotMeasure();
    void autoMeasuresAndKeepsTheFaster_data();
    void autoMeasuresAndKeepsTheFaster();
    void stagesMatchProcess();
    void stagesRejectBadInput();
    void detectsAndCorrectsSkew_data();
    void detectsAndCorrectsSkew();
    void unskewedPageIsLeftAlone();
    void colourIsKeptAndDeskewed();
    void binarizedHasOnlyBlackAndWhite();
    void grayscaleWhenNotBinarizing();
    void claheRaisesContrast();
    void tinyImages_data();
    void tinyImages();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void blankPage_data();
    void blankPage();
    void rotateQuarter_data();
    void rotateQuarter();

private:
    const ChildRun &openClOnProbe();

    std::optional<ChildRun> m_openClOnProbe;
};

// What "--opencl on" finds in a fresh process (status only, no cleanup), once.
const ChildRun &TestPreprocessor::openClOnProbe()
{
    if (!m_openClOnProbe)
        m_openClOnProbe = runChild({u"--status"_s, u"on"_s});
    return *m_openClOnProbe;
}

void TestPreprocessor::initTestCase()
{
    // The first OpenCV call of this process; auto is CPU here unless there is a GPU.
    const OpenClStatus status = configureOpenCl(OpenClMode::Auto);
    QVERIFY2(status.error.isEmpty(), qPrintable(status.error));
    QVERIFY(!status.device.isEmpty());
    qInfo("OpenCL in the test process: %s", qPrintable(status.device));
}

void TestPreprocessor::modeNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode"); // -1: not a mode
    QTest::newRow("auto") << u"auto"_s << int(OpenClMode::Auto);
    QTest::newRow("on") << u"on"_s << int(OpenClMode::On);
    QTest::newRow("off") << u"off"_s << int(OpenClMode::Off);
    QTest::newRow("case and space") << u" ON "_s << int(OpenClMode::On);
    QTest::newRow("unknown") << u"gpu"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestPreprocessor::modeNames()
{
    QFETCH(QString, text);
    QFETCH(int, mode);
    const std::optional<OpenClMode> parsed = openClModeFromString(text);
    if (mode < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(int(*parsed), mode);
    QCOMPARE(openClModeFromString(toString(*parsed)), parsed);
}

void TestPreprocessor::openClModes_data()
{
    QTest::addColumn<QString>("modes");
    QTest::addColumn<bool>("needsDevice");
    QTest::addColumn<bool>("expectActive");
    QTest::addColumn<QString>("environment");
    // Each row is a fresh process: OpenCV takes its device choice once.
    QTest::newRow("off") << u"off"_s << false << false << QString();
    QTest::newRow("on") << u"on"_s << true << true << QString();
    QTest::newRow("auto then on") << u"auto,on"_s << true << true << QString();
    QTest::newRow("off then on") << u"off,on"_s << true << true << QString();
    QTest::newRow("on then off") << u"on,off"_s << true << false << QString();
    // The user's device choice must not switch OpenCL on behind "off",
    // on this thread or another.
    QTest::newRow("off, device set by user")
        << u"off"_s << false << false << u"OPENCV_OPENCL_DEVICE=:CPU:"_s;
}

void TestPreprocessor::openClModes()
{
    QFETCH(QString, modes);
    QFETCH(bool, needsDevice);
    QFETCH(bool, expectActive);
    QFETCH(QString, environment);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ChildRun run =
        runChild({u"--emit-cleaned"_s, modes, dir.filePath(u"page.png"_s)}, environment);
    if (needsDevice && run.exitCode == kChildNoOpenClDevice) {
        QVERIFY2(valueOf(run.output, u"error"_s).contains("no OpenCL device was found"_L1),
                 qPrintable(run.output));
        QSKIP("No OpenCL device, not even PoCL's CPU device (install pocl-opencl-icd).");
    }
    QVERIFY2(run.exitCode == kChildOk, qPrintable(run.output));
    QCOMPARE(valueOf(run.output, u"active"_s), expectActive ? u"1"_s : u"0"_s);
    QVERIFY2(!valueOf(run.output, u"device"_s).isEmpty(), qPrintable(run.output));
    if (!expectActive)
        QCOMPARE(valueOf(run.output, u"device"_s), u"CPU (OpenCL off)"_s);
    QVERIFY2(std::abs(valueOf(run.output, u"skew"_s).toDouble() - 3.0) <= 0.3,
             qPrintable(run.output));
    QCOMPARE(valueOf(run.output, u"threadDiff"_s), u"0"_s);
}

void TestPreprocessor::openClMatchesCpu()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cpuPath = dir.filePath(u"cpu.png"_s);
    const QString oclPath = dir.filePath(u"opencl.png"_s);
    const ChildRun cpu = runChild({u"--emit-cleaned"_s, u"off"_s, cpuPath});
    QVERIFY2(cpu.exitCode == kChildOk, qPrintable(cpu.output));
    const ChildRun ocl = runChild({u"--emit-cleaned"_s, u"on"_s, oclPath});
    if (ocl.exitCode == kChildNoOpenClDevice)
        QSKIP("No OpenCL device, not even PoCL's CPU device (install pocl-opencl-icd); "
              "the OpenCL path was not compared.");
    QVERIFY2(ocl.exitCode == kChildOk, qPrintable(ocl.output));
    QCOMPARE(valueOf(ocl.output, u"active"_s), u"1"_s);
    qInfo("OpenCL device: %s", qPrintable(valueOf(ocl.output, u"device"_s)));
    QCOMPARE(valueOf(ocl.output, u"skew"_s), valueOf(cpu.output, u"skew"_s));

    for (const QString &suffix : {QString(), u".gray.png"_s}) {
        const QImage a = QImage(cpuPath + suffix).convertToFormat(QImage::Format_Grayscale8);
        const QImage b = QImage(oclPath + suffix).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!a.isNull());
        QCOMPARE(b.size(), a.size());
        const qint64 differing = countDifferentPixels(a, b);
        const qint64 allowed = qint64(kMaxDifferingShare * a.width() * a.height());
        qInfo("%s: %lld of %lld pixels differ between CPU and OpenCL",
              suffix.isEmpty() ? "binarized" : "grayscale", differing,
              qint64(a.width()) * a.height());
        QVERIFY2(differing <= allowed,
                 qPrintable(u"%1 pixels differ, at most %2 allowed"_s.arg(differing).arg(allowed)));
    }
}

void TestPreprocessor::autoWithoutGpuDoesNotMeasure_data()
{
    QTest::addColumn<bool>("clean"); // also clean a page, on this thread and another
    QTest::addColumn<QString>("environment");
    QTest::newRow("plain") << true << QString();
    QTest::newRow("measurement not forced") << false << u"QUIRE_OPENCL_AUTO_MEASURE=0"_s;
}

void TestPreprocessor::autoWithoutGpuDoesNotMeasure()
{
    QFETCH(bool, clean);
    QFETCH(QString, environment);
    // OpenCV's default search takes a GPU whenever there is one, so "on"
    // lands on a CPU device (PoCL), or finds none, only where no GPU exists.
    const ChildRun &on = openClOnProbe();
    const QString onDevice = valueOf(on.output, u"device"_s);
    if (on.exitCode == kChildOk && onDevice.contains(", GPU, "_L1))
        QSKIP(qPrintable(u"An OpenCL GPU is present (%1): auto measures here, see "
                         "autoMeasuresAndKeepsTheFaster."_s.arg(onDevice)));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList arguments = {clean ? u"--emit-cleaned"_s : u"--status"_s, u"auto"_s};
    if (clean)
        arguments << dir.filePath(u"auto.png"_s);
    const ChildRun run = runChild(arguments, environment);
    QVERIFY2(run.exitCode == kChildOk, qPrintable(run.output));
    QCOMPARE(valueOf(run.output, u"active"_s), u"0"_s);
    // The reason, and no timings: nothing was measured.
    QCOMPARE(valueOf(run.output, u"device"_s), u"CPU (no OpenCL GPU)"_s);
    if (clean)
        QCOMPARE(valueOf(run.output, u"threadDiff"_s), u"0"_s);
}

void TestPreprocessor::autoMeasuresAndKeepsTheFaster_data()
{
    QTest::addColumn<QString>("modes");
    // Asked twice: the second call must return the first decision, not re-measure.
    QTest::newRow("auto") << u"auto,auto"_s;
    // The measurement leaves OpenCL usable for a later "on".
    QTest::newRow("auto then on") << u"auto,on"_s;
}

void TestPreprocessor::autoMeasuresAndKeepsTheFaster()
{
    QFETCH(QString, modes);
    const ChildRun &on = openClOnProbe();
    if (on.exitCode == kChildNoOpenClDevice)
        QSKIP("No OpenCL device, not even PoCL's CPU device (install pocl-opencl-icd); "
              "there is nothing to measure.");
    QVERIFY2(on.exitCode == kChildOk, qPrintable(on.output));
    const QString onDevice = valueOf(on.output, u"device"_s);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ChildRun run = runChild({u"--emit-cleaned"_s, modes, dir.filePath(u"auto.png"_s)},
                                  u"QUIRE_OPENCL_AUTO_MEASURE=1"_s);
    QVERIFY2(run.exitCode == kChildOk, qPrintable(run.output));
    const QString autoDevice = valueOf(run.output, u"device.1"_s);
    qInfo("auto: %s", qPrintable(autoDevice));
    const MeasuredStatus measured = parseMeasured(autoDevice);
    QVERIFY2(measured.valid, qPrintable(u"no timings in \"%1\""_s.arg(autoDevice)));
    // It timed the device "on" uses, both ways, and kept the faster path.
    QVERIFY2(onDevice.startsWith(measured.device + u" ("_s),
             qPrintable(u"measured \"%1\", on uses \"%2\""_s.arg(measured.device, onDevice)));
    QVERIFY(measured.openClMs > 0);
    QVERIFY(measured.cpuMs > 0);
    if (measured.openClWon)
        QVERIFY(measured.openClMs <= measured.cpuMs);
    else
        QVERIFY(measured.cpuMs <= measured.openClMs);

    if (modes == "auto,auto"_L1) {
        QCOMPARE(valueOf(run.output, u"device.2"_s), autoDevice);
        QCOMPARE(valueOf(run.output, u"active"_s), measured.openClWon ? u"1"_s : u"0"_s);
    } else {
        QCOMPARE(valueOf(run.output, u"active"_s), u"1"_s);
        QCOMPARE(valueOf(run.output, u"device.2"_s), onDevice);
    }
    // The page is still cleaned right, on this thread and on another.
    QVERIFY2(std::abs(valueOf(run.output, u"skew"_s).toDouble() - 3.0) <= 0.3,
             qPrintable(run.output));
    QCOMPARE(valueOf(run.output, u"threadDiff"_s), u"0"_s);
}

void TestPreprocessor::stagesMatchProcess()
{
    // The public stages are the code process() runs: chained by hand they
    // give process()'s image, pixel for pixel.
    const QImage page = test::makeTextImage(kLines, 300, 2.5);
    const double angle = Preprocessor::estimateSkew(page, 10.0);
    QVERIFY2(std::abs(angle - 2.5) <= 0.3, qPrintable(u"estimated %1"_s.arg(angle)));

    PreprocessOptions options;
    options.clahe = true;
    options.binarize = true;
    const PreprocessResult whole = Preprocessor::process(page, options);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    const QImage equalised = Preprocessor::clahe(page);
    QCOMPARE(Preprocessor::estimateSkew(equalised, 10.0), whole.skewDegrees);
    const QImage byHand = Preprocessor::otsu(Preprocessor::rotate(equalised, -whole.skewDegrees));
    QCOMPARE(byHand.size(), page.size());
    QCOMPARE(byHand.format(), QImage::Format_Grayscale8);
    QCOMPARE(byHand.dotsPerMeterX(), page.dotsPerMeterX());
    QCOMPARE(countDifferentPixels(byHand, whole.image), qint64(0));

    // Each stage does its own job.
    QVERIFY(countDifferentPixels(equalised, page) > 0);
    QVERIFY(onlyBlackAndWhite(Preprocessor::otsu(page)));
    const QImage level = Preprocessor::rotate(page, -angle);
    QVERIFY2(std::abs(Preprocessor::estimateSkew(level, 10.0)) < 0.3, "rotate did not level the text");
    QCOMPARE(countDifferentPixels(Preprocessor::rotate(page, 0), page), qint64(0));
}

void TestPreprocessor::stagesRejectBadInput()
{
    QImage rgb(100, 100, QImage::Format_RGB32);
    rgb.fill(Qt::white);
    for (const QImage &bad : {QImage(), rgb}) {
        QVERIFY(Preprocessor::clahe(bad).isNull());
        QVERIFY(Preprocessor::otsu(bad).isNull());
        QVERIFY(Preprocessor::rotate(bad, 2.0).isNull());
        QCOMPARE(Preprocessor::estimateSkew(bad, 10.0), 0.0);
    }
}

void TestPreprocessor::detectsAndCorrectsSkew_data()
{
    QTest::addColumn<double>("skew");
    QTest::newRow("3 degrees counter-clockwise") << 3.0;
    QTest::newRow("2 degrees clockwise") << -2.0;
    QTest::newRow("7.5 degrees") << 7.5;
}

void TestPreprocessor::detectsAndCorrectsSkew()
{
    QFETCH(double, skew);
    const QImage page = test::makeTextImage(kLines, 300, skew);
    const PreprocessResult result = Preprocessor::process(page, PreprocessOptions());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY2(std::abs(result.skewDegrees - skew) <= 0.3,
             qPrintable(u"detected %1, expected %2"_s.arg(result.skewDegrees).arg(skew)));
    QCOMPARE(result.image.size(), page.size());
    QCOMPARE(result.image.format(), QImage::Format_Grayscale8);
    QCOMPARE(result.image.dotsPerMeterX(), page.dotsPerMeterX());
    QCOMPARE(result.image.dotsPerMeterY(), page.dotsPerMeterY());

    // Corrected means level: a second pass finds nothing left to correct.
    const PreprocessResult again = Preprocessor::process(result.image, PreprocessOptions());
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QVERIFY2(std::abs(again.skewDegrees) < 0.3,
             qPrintable(u"still %1 degrees after correction"_s.arg(again.skewDegrees)));
}

void TestPreprocessor::unskewedPageIsLeftAlone()
{
    const QImage page = test::makeTextImage(kLines, 300);
    const PreprocessResult deskewed = Preprocessor::process(page, PreprocessOptions());
    QVERIFY2(deskewed.error.isEmpty(), qPrintable(deskewed.error));
    QCOMPARE(deskewed.skewDegrees, 0.0);

    PreprocessOptions noDeskew;
    noDeskew.deskew = false;
    const PreprocessResult plain = Preprocessor::process(page, noDeskew);
    QVERIFY2(plain.error.isEmpty(), qPrintable(plain.error));
    QCOMPARE(countDifferentPixels(deskewed.image, plain.image), qint64(0));
    // Nothing to do: the very same image comes back, not a copy.
    QCOMPARE(deskewed.image.cacheKey(), page.cacheKey());
}

void TestPreprocessor::colourIsKeptAndDeskewed()
{
    // A colour page: the skew is measured on gray, the colour page is turned,
    // and colour stays for Tesseract unless a stage needs gray.
    QImage page = test::makeTextImage(kLines, 300, 3.0).convertToFormat(QImage::Format_RGB32);
    {
        QPainter painter(&page);
        painter.fillRect(QRect(1200, 2400, 400, 300), QColor(200, 40, 40));
    }
    const PreprocessResult result = Preprocessor::process(page, PreprocessOptions());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.image.format(), QImage::Format_RGB32);
    QCOMPARE(result.image.size(), page.size());
    QVERIFY2(std::abs(result.skewDegrees - 3.0) <= 0.3, qPrintable(QString::number(result.skewDegrees)));
    const QRgb red = result.image.pixel(1400, 2550);
    QVERIFY2(qRed(red) > 150 && qGreen(red) < 100, qPrintable(QString::number(red, 16)));
    // The turned colour page is level: its gray reads as unskewed.
    const QImage gray = result.image.convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(std::abs(Preprocessor::estimateSkew(gray, 10.0)) < 0.3);

    PreprocessOptions binarize;
    binarize.binarize = true;
    QCOMPARE(Preprocessor::process(page, binarize).image.format(), QImage::Format_Grayscale8);
}

void TestPreprocessor::binarizedHasOnlyBlackAndWhite()
{
    const QImage page = test::makeTextImage(kLines, 300, 1.5);
    PreprocessOptions options;
    options.binarize = true;
    const PreprocessResult result = Preprocessor::process(page, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    qint64 black = 0;
    QVERIFY(onlyBlackAndWhite(result.image, &black));
    const qint64 total = qint64(page.width()) * page.height();
    QVERIFY2(black > 1000, "the text went missing");
    QVERIFY2(black < total / 10, "the paper turned black");
    // Black stays text: the ink lies where the source is dark.
    const QImage source = page;
    qint64 inkOnPaper = 0;
    PreprocessOptions noDeskew;
    noDeskew.deskew = false;
    const QImage level = Preprocessor::process(source, noDeskew).image;
    for (int y = 0; y < level.height(); ++y)
        for (int x = 0; x < level.width(); ++x)
            inkOnPaper += (level.constScanLine(y)[x] == 0 && source.constScanLine(y)[x] > 200) ? 1 : 0;
    QCOMPARE(inkOnPaper, qint64(0));
}

void TestPreprocessor::grayscaleWhenNotBinarizing()
{
    // Strided input: the row length (2551) is not a multiple of 4.
    const QImage page = test::makeTextImage(kLines, 300, 2.0, QSize(2551, 1200));
    PreprocessOptions options;
    options.binarize = false;
    const PreprocessResult result = Preprocessor::process(page, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.image.size(), page.size());
    QVERIFY(std::abs(result.skewDegrees - 2.0) <= 0.3);
    QVERIFY2(!onlyBlackAndWhite(result.image), "anti-aliased edges should stay gray");
}

void TestPreprocessor::claheRaisesContrast()
{
    // A washed-out page: text at gray 150 on paper at 200.
    QImage page = test::makeTextImage(kLines, 300);
    for (int y = 0; y < page.height(); ++y) {
        uchar *p = page.scanLine(y);
        for (int x = 0; x < page.width(); ++x)
            p[x] = uchar(150 + p[x] * 50 / 255);
    }
    PreprocessOptions options;
    options.binarize = false;
    options.deskew = false;
    const PreprocessResult plain = Preprocessor::process(page, options);
    options.clahe = true;
    const PreprocessResult equalised = Preprocessor::process(page, options);
    QVERIFY2(equalised.error.isEmpty(), qPrintable(equalised.error));
    QCOMPARE(equalised.image.size(), page.size());
    // Ink (150) against paper (200): the gap between them must widen (clip
    // limit 2.0 keeps the gain modest on a page that is mostly paper).
    const double before = meanWhere(plain.image, page, 200) - meanWhere(plain.image, page, 150);
    const double after =
        meanWhere(equalised.image, page, 200) - meanWhere(equalised.image, page, 150);
    QCOMPARE(before, 50.0);
    QVERIFY2(after > before * 1.05,
             qPrintable(u"paper-ink gap %1 -> %2"_s.arg(before).arg(after)));

    options.binarize = true;
    options.deskew = true;
    const PreprocessResult binary = Preprocessor::process(page, options);
    QVERIFY2(binary.error.isEmpty(), qPrintable(binary.error));
    qint64 black = 0;
    QVERIFY(onlyBlackAndWhite(binary.image, &black));
    QVERIFY(black > 1000);
    QCOMPARE(binary.skewDegrees, 0.0);
}

void TestPreprocessor::tinyImages_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1x1") << QSize(1, 1);
    QTest::newRow("3x2") << QSize(3, 2);
    QTest::newRow("7x1000") << QSize(7, 1000);
    QTest::newRow("1000x7") << QSize(1000, 7);
}

void TestPreprocessor::tinyImages()
{
    QFETCH(QSize, size);
    QImage image(size, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    image.setPixel(0, 0, qRgb(0, 0, 0));
    PreprocessOptions options;
    options.clahe = true;
    options.binarize = true;
    const PreprocessResult result = Preprocessor::process(image, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.image.size(), size);
    QCOMPARE(result.skewDegrees, 0.0);
    QVERIFY(onlyBlackAndWhite(result.image));
}

void TestPreprocessor::rejectsBadInput_data()
{
    QTest::addColumn<QImage>("image");
    QTest::newRow("null") << QImage();
    QImage argb(100, 100, QImage::Format_ARGB32);
    argb.fill(Qt::white);
    QTest::newRow("argb32") << argb;
    QImage mono(100, 100, QImage::Format_Mono);
    mono.fill(1);
    QTest::newRow("mono") << mono;
}

void TestPreprocessor::rejectsBadInput()
{
    QFETCH(QImage, image);
    const PreprocessResult result = Preprocessor::process(image, PreprocessOptions());
    QVERIFY(result.image.isNull());
    QVERIFY(!result.error.isEmpty());
    qInfo("%s", qPrintable(result.error));
}

void TestPreprocessor::blankPage_data()
{
    QTest::addColumn<int>("gray");
    QTest::addColumn<int>("expected");
    QTest::newRow("white") << 255 << 255;
    QTest::newRow("light gray") << 200 << 255;
    QTest::newRow("black") << 0 << 0;
}

void TestPreprocessor::blankPage()
{
    QFETCH(int, gray);
    QFETCH(int, expected);
    QImage page(850, 1100, QImage::Format_Grayscale8);
    page.fill(QColor(gray, gray, gray));
    PreprocessOptions options;
    options.clahe = true;
    options.binarize = true;
    const PreprocessResult result = Preprocessor::process(page, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.skewDegrees, 0.0);
    QCOMPARE(result.image.size(), page.size());
    for (int y = 0; y < result.image.height(); ++y)
        for (int x = 0; x < result.image.width(); ++x)
            if (result.image.constScanLine(y)[x] != expected)
                QFAIL(qPrintable(u"pixel %1,%2 is %3"_s.arg(x).arg(y).arg(result.image.constScanLine(y)[x])));
}

void TestPreprocessor::rotateQuarter_data()
{
    QTest::addColumn<int>("degrees");
    QTest::addColumn<QPoint>("markAt"); // where the top-left mark of a 40x20 image ends up
    QTest::addColumn<QSize>("size");
    QTest::newRow("0") << 0 << QPoint(0, 0) << QSize(40, 20);
    QTest::newRow("90") << 90 << QPoint(19, 0) << QSize(20, 40);
    QTest::newRow("180") << 180 << QPoint(39, 19) << QSize(40, 20);
    QTest::newRow("270") << 270 << QPoint(0, 39) << QSize(20, 40);
    QTest::newRow("-90") << -90 << QPoint(0, 39) << QSize(20, 40);
    QTest::newRow("450") << 450 << QPoint(19, 0) << QSize(20, 40);
}

void TestPreprocessor::rotateQuarter()
{
    QFETCH(int, degrees);
    QFETCH(QPoint, markAt);
    QFETCH(QSize, size);
    QImage image(40, 20, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    image.setPixel(0, 0, qRgb(0, 0, 0));
    image.setDotsPerMeterX(11811); // 300 dpi
    image.setDotsPerMeterY(3937);  // 100 dpi
    const QImage rotated = Preprocessor::rotateQuarter(image, degrees);
    QCOMPARE(rotated.size(), size);
    QCOMPARE(rotated.format(), QImage::Format_Grayscale8);
    QCOMPARE(qGray(rotated.pixel(markAt)), 0);
    qint64 black = 0;
    QVERIFY(onlyBlackAndWhite(rotated, &black));
    QCOMPARE(black, qint64(1));
    const bool swapped = size != image.size();
    QCOMPARE(rotated.dotsPerMeterX(), swapped ? 3937 : 11811);
    QCOMPARE(rotated.dotsPerMeterY(), swapped ? 11811 : 3937);
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // QPainter text in makeTextImage needs it
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 4 && arguments.at(1) == "--emit-cleaned"_L1)
        return emitCleaned(arguments.at(2), arguments.at(3));
    if (arguments.size() == 3 && arguments.at(1) == "--status"_L1)
        return emitCleaned(arguments.at(2));
    TestPreprocessor test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestPreprocessor.moc"
