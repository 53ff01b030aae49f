#include "imaging/Preprocessor.h"
#include "ocr/OcrEngine.h"

#include "TestDocuments.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

#include <memory>

using namespace Qt::StringLiterals;
using namespace quire;

namespace {

const QStringList kPageA = {
    u"The quick brown fox jumps over the lazy dog."_s,
    u"Pack my box with five dozen liquor jugs."_s,
    u"Sphinx of black quartz, judge my vow."_s,
};

const QStringList kPageB = {
    u"Invoice number 4821 was paid on Monday."_s,
    u"Please keep this receipt for your records."_s,
    u"Thank you for shopping with us today."_s,
};

// Orientation needs a bit more text than kPageA to be sure of itself.
const QStringList kLongPage = kPageA + kPageB;

QString pageText(const QStringList &lines)
{
    return test::simplified(lines.join(QLatin1Char(' ')));
}

QString corpusFile(const QString &relative)
{
    const QString corpus = QStringLiteral(QUIRE_CORPUS_DIR);
    if (corpus.isEmpty())
        return {};
    const QString path = QDir(corpus).filePath(relative);
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace

class TestOcrEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void installedLanguages();
    void installedLanguagesOfFolder();
    void defaultDataPathHonoursTessdataPrefix();
    void missingLanguage_data();
    void missingLanguage();
    void twoLanguages();
    void recognizesKnownLines();
    void recognizesMonoImage();
    void rejectsNullImage();
    void orientation_data();
    void orientation();
    void orientationOfCorpusImages_data();
    void orientationOfCorpusImages();
    void orientationUnsure_data();
    void orientationUnsure();
    void progressIncreases();
    void cancelStopsRecognition();
    void engineIsReused();
    void dictionaryVerdictAndUserWords();
    void unreadableUserWordsFile();

private:
    std::unique_ptr<OcrEngine> m_engine;
};

void TestOcrEngine::initTestCase()
{
    if (!OcrEngine::installedLanguages().contains(u"eng"_s))
        QSKIP("Tesseract's English model is not installed (install tesseract-ocr-eng).");
    m_engine = std::make_unique<OcrEngine>();
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_engine->init(u"eng"_s), qPrintable(m_engine->errorString()));
    qInfo("eng loaded from %s in %lld ms", qPrintable(OcrEngine::defaultDataPath()),
          timer.elapsed());
    QCOMPARE(m_engine->languages(), u"eng"_s);
    QVERIFY(m_engine->errorString().isEmpty());
}

void TestOcrEngine::installedLanguages()
{
    const QStringList languages = OcrEngine::installedLanguages();
    QVERIFY(languages.contains(u"eng"_s));
    QVERIFY(!languages.contains(u"osd"_s));
    QStringList sorted = languages;
    sorted.sort();
    QCOMPARE(languages, sorted);
    QCOMPARE(OcrEngine::installedLanguages(OcrEngine::defaultDataPath()), languages);
}

void TestOcrEngine::installedLanguagesOfFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(OcrEngine::installedLanguages(dir.path()), QStringList());
    for (const QString &name : {u"zzz.traineddata"_s, u"abc.traineddata"_s, u"osd.traineddata"_s,
                                u"notes.txt"_s})
        QVERIFY(test::writeBytes(dir.filePath(name), "x"));
    QCOMPARE(OcrEngine::installedLanguages(dir.path()), (QStringList{u"abc"_s, u"zzz"_s}));
}

void TestOcrEngine::defaultDataPathHonoursTessdataPrefix()
{
    const QString system = OcrEngine::defaultDataPath();
    QVERIFY2(QFileInfo::exists(QDir(system).filePath(u"eng.traineddata"_s)), qPrintable(system));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray saved = qgetenv("TESSDATA_PREFIX");
    const bool wasSet = qEnvironmentVariableIsSet("TESSDATA_PREFIX");
    const auto restore = qScopeGuard([&] {
        if (wasSet)
            qputenv("TESSDATA_PREFIX", saved);
        else
            qunsetenv("TESSDATA_PREFIX");
    });
    qputenv("TESSDATA_PREFIX", QFile::encodeName(dir.path()));
    QCOMPARE(QFileInfo(OcrEngine::defaultDataPath()).canonicalFilePath(),
             QFileInfo(dir.path()).canonicalFilePath());
    QCOMPARE(OcrEngine::installedLanguages(), QStringList());
}

void TestOcrEngine::missingLanguage_data()
{
    QTest::addColumn<QString>("languages");
    QTest::addColumn<QString>("missing");
    QTest::newRow("alone") << u"xxx"_s << u"xxx"_s;
    QTest::newRow("second of two") << u"eng+qqq"_s << u"qqq"_s;
}

void TestOcrEngine::missingLanguage()
{
    QFETCH(QString, languages);
    QFETCH(QString, missing);
    OcrEngine engine;
    QVERIFY(!engine.init(languages));
    const QString error = engine.errorString();
    qInfo("%s", qPrintable(error));
    QVERIFY2(error.contains(u"Language '%1' is not installed"_s.arg(missing)), qPrintable(error));
    QVERIFY2(error.contains(u"Installed: "_s), qPrintable(error));
    QVERIFY2(error.contains(u"eng"_s), qPrintable(error));
    QVERIFY2(error.contains(u"tesseract-ocr-%1"_s.arg(missing)), qPrintable(error));

    // An engine that never loaded a model says so instead of crashing.
    const OcrOutput output = engine.recognize(test::makeTextImage(kPageA), 300);
    QVERIFY(!output.ok);
    QVERIFY(!output.error.isEmpty());
}

void TestOcrEngine::twoLanguages()
{
    if (!OcrEngine::installedLanguages().contains(u"spa"_s))
        QSKIP("Spanish is not installed (tesseract-ocr-spa); eng+spa was not tried.");
    OcrEngine engine;
    QVERIFY2(engine.init(u"eng+spa"_s), qPrintable(engine.errorString()));
    QCOMPARE(engine.languages(), u"eng+spa"_s);
    const QStringList lines = {u"El niño comió jamón y piña en el año pasado."_s,
                               u"The quick brown fox jumps over the lazy dog."_s};
    const OcrOutput output = engine.recognize(test::makeTextImage(lines), 300);
    QVERIFY2(output.ok, qPrintable(output.error));
    QCOMPARE(test::simplified(joinWords(output.words)), pageText(lines));
}

void TestOcrEngine::recognizesKnownLines()
{
    const QImage page = test::makeTextImage(kPageA, 300);
    QElapsedTimer timer;
    timer.start();
    const OcrOutput output = m_engine->recognize(page, 300);
    qInfo("recognize, 300 dpi %dx%d page: %lld ms", page.width(), page.height(), timer.elapsed());
    QVERIFY2(output.ok, qPrintable(output.error));
    QVERIFY(output.error.isEmpty());
    QCOMPARE(test::simplified(joinWords(output.words)), pageText(kPageA));

    double sum = 0;
    QList<int> lines;
    int block = 0;
    QCOMPARE(output.words.first().block, 0);
    for (const Word &word : output.words) {
        QVERIFY2(!word.text.trimmed().isEmpty(), "empty word");
        QVERIFY2(!word.box.isEmpty() && page.rect().contains(word.box),
                 qPrintable(u"box of '%1' outside the page"_s.arg(word.text)));
        QVERIFY2(word.confidence > 80,
                 qPrintable(u"'%1' has confidence %2"_s.arg(word.text).arg(word.confidence)));
        // Tesseract may put each widely spaced line in a block of its own.
        QVERIFY(word.block == block || word.block == block + 1);
        block = word.block;
        if (lines.isEmpty() || lines.last() != word.line)
            lines.append(word.line);
        sum += word.confidence;
    }
    QCOMPARE(lines, (QList<int>{0, 1, 2}));
    // Each line's words are the words of that line, in order.
    for (int line = 0; line < kPageA.size(); ++line) {
        QStringList words;
        for (const Word &word : output.words)
            if (word.line == line)
                words.append(word.text);
        QCOMPARE(words.join(QLatin1Char(' ')), kPageA.at(line));
    }
    // The first word starts at the one-inch margin, on the first line of text.
    const QRect first = output.words.first().box;
    QVERIFY2(qAbs(first.left() - 300) <= 15, qPrintable(u"left %1"_s.arg(first.left())));
    QVERIFY(first.top() > 300 && first.top() < 450);
    QVERIFY(qAbs(output.meanConfidence - sum / output.words.size()) < 1e-3);
}

void TestOcrEngine::recognizesMonoImage()
{
    const QImage mono = test::makeTextImage(kPageB, 300).convertToFormat(QImage::Format_Mono);
    QCOMPARE(mono.format(), QImage::Format_Mono);
    const OcrOutput output = m_engine->recognize(mono, 300);
    QVERIFY2(output.ok, qPrintable(output.error));
    QCOMPARE(test::simplified(joinWords(output.words)), pageText(kPageB));
}

void TestOcrEngine::rejectsNullImage()
{
    const OcrOutput output = m_engine->recognize(QImage(), 300);
    QVERIFY(!output.ok);
    QVERIFY(!output.error.isEmpty());
    QCOMPARE(output.meanConfidence, -1.0);
    QVERIFY(!m_engine->detectOrientation(QImage(), 300).ok);
}

void TestOcrEngine::orientation_data()
{
    QTest::addColumn<int>("turnedClockwise");
    QTest::newRow("upright") << 0;
    QTest::newRow("turned 90") << 90;
    QTest::newRow("upside down") << 180;
    QTest::newRow("turned 270") << 270;
}

void TestOcrEngine::orientation()
{
    QFETCH(int, turnedClockwise);
    if (!QFileInfo::exists(QDir(OcrEngine::defaultDataPath()).filePath(u"osd.traineddata"_s)))
        QSKIP("osd.traineddata is not installed (tesseract-ocr-osd).");
    static const QImage upright = test::makeTextImage(kLongPage, 300);
    // QTransform::rotate turns clockwise on screen (y points down).
    const QImage page = upright.transformed(QTransform().rotate(turnedClockwise));

    QElapsedTimer timer;
    timer.start();
    const OrientationGuess guess = m_engine->detectOrientation(page, 300);
    qInfo("detectOrientation: %lld ms, confidence %.2f", timer.elapsed(), double(guess.confidence));
    QVERIFY2(guess.ok, qPrintable(u"confidence %1"_s.arg(guess.confidence)));
    QCOMPARE(guess.clockwiseDegrees, (360 - turnedClockwise) % 360);

    const QImage turnedBack = Preprocessor::rotateQuarter(page, guess.clockwiseDegrees);
    QCOMPARE(turnedBack.size(), upright.size());
    const OcrOutput output = m_engine->recognize(turnedBack, 300);
    QVERIFY2(output.ok, qPrintable(output.error));
    QCOMPARE(test::simplified(joinWords(output.words)), pageText(kLongPage));
}

void TestOcrEngine::orientationOfCorpusImages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("clockwise");
    QTest::newRow("phototest") << u"groundtruth/tesseract-test/phototest.tif"_s << 0;
    QTest::newRow("rotated L") << u"groundtruth/tesseract-test/phototest-rotated-L.png"_s << 90;
    QTest::newRow("rotated R") << u"groundtruth/tesseract-test/phototest-rotated-R.png"_s << 270;
    QTest::newRow("rotated 180") << u"groundtruth/tesseract-test/phototest-rotated-180.png"_s << 180;
}

void TestOcrEngine::orientationOfCorpusImages()
{
    QFETCH(QString, file);
    QFETCH(int, clockwise);
    const QString path = corpusFile(file);
    if (path.isEmpty())
        QSKIP("The shared corpus is not available (QUIRE_CORPUS_DIR is empty or lacks the file).");
    const QImage image = QImage(path).convertToFormat(QImage::Format_Grayscale8);
    QVERIFY2(!image.isNull(), qPrintable(path));
    const OrientationGuess guess = m_engine->detectOrientation(image, 300);
    QVERIFY2(guess.ok, qPrintable(u"confidence %1"_s.arg(guess.confidence)));
    QCOMPARE(guess.clockwiseDegrees, clockwise);
    const OcrOutput output =
        m_engine->recognize(Preprocessor::rotateQuarter(image, guess.clockwiseDegrees), 300);
    QVERIFY2(output.ok, qPrintable(output.error));
    QVERIFY2(joinWords(output.words).startsWith(u"This is a lot of 12 point text"_s),
             qPrintable(joinWords(output.words)));
}

void TestOcrEngine::orientationUnsure_data()
{
    QTest::addColumn<QImage>("image");
    QImage blank(2550, 3300, QImage::Format_Grayscale8);
    blank.fill(Qt::white);
    QTest::newRow("blank page") << blank;
    // Too few characters: OSD gives up.
    QTest::newRow("one short line") << test::makeTextImage({u"Sphinx of black quartz."_s}, 300)
                                           .transformed(QTransform().rotate(90));
    // Enough characters for OSD to answer, but at confidence ~1.5: below the threshold.
    QTest::newRow("one line") << test::makeTextImage({kPageA.first()}, 300)
                                     .transformed(QTransform().rotate(90));
}

void TestOcrEngine::orientationUnsure()
{
    QFETCH(QImage, image);
    const OrientationGuess guess = m_engine->detectOrientation(image, 300);
    qInfo("confidence %.2f", double(guess.confidence));
    QVERIFY2(!guess.ok, qPrintable(u"sure at confidence %1"_s.arg(guess.confidence)));
    QVERIFY(guess.confidence < 2.0f);
}

void TestOcrEngine::progressIncreases()
{
    QList<int> seen;
    const OcrOutput output = m_engine->recognize(test::makeTextImage(kLongPage, 300), 300,
                                                 [&seen](int percent) {
                                                     seen.append(percent);
                                                     return true;
                                                 });
    QVERIFY2(output.ok, qPrintable(output.error));
    QVERIFY2(seen.size() >= 3, qPrintable(u"%1 progress calls"_s.arg(seen.size())));
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY2(seen.at(i) > seen.at(i - 1), "progress went backwards or repeated");
    QVERIFY(seen.first() >= 0);
    QCOMPARE(seen.last(), 100);
}

void TestOcrEngine::cancelStopsRecognition()
{
    QList<int> seen;
    const OcrOutput cancelled = m_engine->recognize(test::makeTextImage(kLongPage, 300), 300,
                                                    [&seen](int percent) {
                                                        seen.append(percent);
                                                        return false;
                                                    });
    QVERIFY(!cancelled.ok);
    QCOMPARE(cancelled.error, u"cancelled"_s);
    QVERIFY(cancelled.words.isEmpty());
    QCOMPARE(seen.size(), 1); // asked once, then never again

    // The engine is still fine afterwards.
    const OcrOutput output = m_engine->recognize(test::makeTextImage(kPageB, 300), 300);
    QVERIFY2(output.ok, qPrintable(output.error));
    QCOMPARE(test::simplified(joinWords(output.words)), pageText(kPageB));
}

void TestOcrEngine::engineIsReused()
{
    const OcrOutput a = m_engine->recognize(test::makeTextImage(kPageA, 300), 300);
    QVERIFY2(a.ok, qPrintable(a.error));
    const OcrOutput b = m_engine->recognize(test::makeTextImage(kPageB, 300), 300);
    QVERIFY2(b.ok, qPrintable(b.error));
    QCOMPARE(test::simplified(joinWords(a.words)), pageText(kPageA));
    QCOMPARE(test::simplified(joinWords(b.words)), pageText(kPageB));

    const QString filing = corpusFile(u"groundtruth/scribeocr-benchmark/filing_01.png"_s);
    if (filing.isEmpty())
        return;
    const QImage image = QImage(filing).convertToFormat(QImage::Format_Grayscale8);
    QElapsedTimer timer;
    timer.start();
    const OcrOutput real = m_engine->recognize(image, 300);
    qInfo("recognize filing_01.png (%dx%d): %lld ms, %lld words, mean confidence %.1f",
          image.width(), image.height(), timer.elapsed(), qint64(real.words.size()),
          real.meanConfidence);
    QVERIFY2(real.ok, qPrintable(real.error));
    QVERIFY(real.words.size() > 50);
    QVERIFY(real.meanConfidence > 50);
}

// Tesseract's dictionary flags made-up words; a user words file makes them
// known, which is how the person's word list reaches later runs.
void TestOcrEngine::dictionaryVerdictAndUserWords()
{
    const QStringList lines = {u"The quirelex report from Zorbitane, 1994."_s};
    const QImage page = test::makeTextImage(lines, 300);
    auto flags = [](const OcrOutput &output) {
        QStringList out;
        for (const Word &word : output.words)
            out.append(word.text + (word.notInDictionary ? u"*"_s : QString()));
        return out.join(QLatin1Char(' '));
    };

    const OcrOutput plain = m_engine->recognize(page, 300);
    QVERIFY2(plain.ok, qPrintable(plain.error));
    // Known words and a number are not flagged; the made-up ones are.
    QCOMPARE(flags(plain), u"The quirelex* report from Zorbitane,* 1994."_s);

    QTemporaryDir dir;
    const QString wordsFile = dir.filePath(u"words.txt"_s);
    {
        QFile file(wordsFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("quirelex\nZorbitane\n");
    }
    OcrEngine taught;
    QVERIFY2(taught.init(u"eng"_s, {}, wordsFile), qPrintable(taught.errorString()));
    const OcrOutput known = taught.recognize(page, 300);
    QVERIFY2(known.ok, qPrintable(known.error));
    QCOMPARE(flags(known), u"The quirelex report from Zorbitane, 1994."_s);
}

void TestOcrEngine::unreadableUserWordsFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.txt"_s);
    OcrEngine engine;
    QVERIFY(!engine.init(u"eng"_s, {}, missing));
    QVERIFY2(engine.errorString().contains(QDir::toNativeSeparators(missing)), qPrintable(engine.errorString()));
}

QTEST_MAIN(TestOcrEngine)
#include "TestOcrEngine.moc"
