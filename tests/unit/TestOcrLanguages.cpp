// OCR languages as people meet them: the Tesseract code of a locale, the
// first-start default, the Debian package of a code, and Spanish and Chinese
// pages read with their own language data (tesseract-ocr-spa,
// tesseract-ocr-chi-sim, which packaging/install-deps.sh installs).
#include "ocr/OcrEngine.h"
#include "ocr/OcrLanguages.h"

#include "TestDocuments.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace quire;

namespace {

QString recognizedText(const OcrOutput &output)
{
    QStringList words;
    for (const Word &word : output.words)
        words << word.text;
    return words.join(u' ');
}

QString withoutSpaces(QString text)
{
    text.remove(u' ');
    return text;
}

/// A family that draws Simplified Chinese: the one install-deps.sh installs
/// first, else any the font database knows.
QString chineseFont()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &preferred : {u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK SC"_s}) {
        if (families.contains(preferred))
            return preferred;
    }
    return families.value(0);
}

bool initOrSkipMessage(OcrEngine &engine, const QString &languages, QByteArray *skip)
{
    const QStringList installed = OcrEngine::installedLanguages();
    for (const QString &language : languages.split(u'+')) {
        if (!installed.contains(language)) {
            *skip = "Tesseract's '" + language.toUtf8() + "' data is not installed; install "
                    + ocrlanguages::debianPackage(language).toUtf8() + " (packaging/install-deps.sh does).";
            return false;
        }
    }
    return engine.init(languages);
}

} // namespace

class TestOcrLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forLocale_data();
    void forLocale();
    void defaultLanguages_data();
    void defaultLanguages();
    void debianPackage_data();
    void debianPackage();
    void displayName_data();
    void displayName();
    void englishNameAndScript_data();
    void englishNameAndScript();
    void everyPackagedLanguageHasAName();
    void readsSpanishPage();
    void readsSimplifiedChinesePage();
    void readsTraditionalChineseCorpusImage();
};

void TestOcrLanguages::forLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::newRow("Spanish, Spain") << u"es_ES"_s << u"spa"_s;
    QTest::newRow("Spanish, Mexico") << u"es_MX"_s << u"spa"_s;
    QTest::newRow("Chinese, China") << u"zh_CN"_s << u"chi_sim"_s;
    QTest::newRow("Chinese, Singapore") << u"zh_SG"_s << u"chi_sim"_s;
    QTest::newRow("Chinese, Taiwan") << u"zh_TW"_s << u"chi_tra"_s;
    QTest::newRow("Chinese, Hong Kong") << u"zh_HK"_s << u"chi_tra"_s;
    QTest::newRow("German, Austria") << u"de_AT"_s << u"deu"_s;
    QTest::newRow("French") << u"fr_FR"_s << u"fra"_s;
    QTest::newRow("Portuguese, Brazil") << u"pt_BR"_s << u"por"_s;
    QTest::newRow("Italian") << u"it_IT"_s << u"ita"_s;
    QTest::newRow("Dutch (T code, not 'dut')") << u"nl_NL"_s << u"nld"_s;
    QTest::newRow("Czech (T code, not 'cze')") << u"cs_CZ"_s << u"ces"_s;
    QTest::newRow("Greek (T code, not 'gre')") << u"el_GR"_s << u"ell"_s;
    QTest::newRow("Japanese") << u"ja_JP"_s << u"jpn"_s;
    QTest::newRow("Norwegian Bokmål") << u"nb_NO"_s << u"nor"_s;
    QTest::newRow("Norwegian Nynorsk") << u"nn_NO"_s << u"nor"_s;
    QTest::newRow("Serbian, Cyrillic") << u"sr_RS"_s << u"srp"_s;
    QTest::newRow("Serbian, Latin") << u"sr_Latn_RS"_s << u"srp_latn"_s;
    QTest::newRow("Uzbek, Cyrillic") << u"uz_Cyrl_UZ"_s << u"uzb_cyrl"_s;
    QTest::newRow("English") << u"en_US"_s << u"eng"_s;
    QTest::newRow("C locale") << u"C"_s << QString();
}

void TestOcrLanguages::forLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QCOMPARE(ocrlanguages::forLocale(QLocale(locale)), code);
}

void TestOcrLanguages::defaultLanguages_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("installed");
    QTest::addColumn<QString>("expected");
    const QStringList many = {u"chi_sim"_s, u"chi_tra"_s, u"deu"_s, u"eng"_s, u"spa"_s};
    QTest::newRow("Spanish installed") << u"es_ES"_s << many << u"spa+eng"_s;
    QTest::newRow("Spanish missing") << u"es_ES"_s << QStringList{u"eng"_s} << u"eng"_s;
    QTest::newRow("Simplified Chinese") << u"zh_CN"_s << many << u"chi_sim+eng"_s;
    QTest::newRow("Traditional Chinese") << u"zh_TW"_s << many << u"chi_tra+eng"_s;
    QTest::newRow("German") << u"de_DE"_s << many << u"deu+eng"_s;
    QTest::newRow("French missing") << u"fr_FR"_s << many << u"eng"_s;
    QTest::newRow("English alone") << u"en_GB"_s << many << u"eng"_s;
    QTest::newRow("C locale") << u"C"_s << many << u"eng"_s;
    QTest::newRow("no English data") << u"es_ES"_s << QStringList{u"spa"_s} << u"spa"_s;
    QTest::newRow("nothing installed") << u"es_ES"_s << QStringList() << u"eng"_s;
}

void TestOcrLanguages::defaultLanguages()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, installed);
    QFETCH(QString, expected);
    QCOMPARE(ocrlanguages::defaultLanguages(QLocale(locale), installed), expected);
}

void TestOcrLanguages::debianPackage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("package");
    QTest::newRow("spa") << u"spa"_s << u"tesseract-ocr-spa"_s;
    QTest::newRow("chi_sim") << u"chi_sim"_s << u"tesseract-ocr-chi-sim"_s;
    QTest::newRow("chi_tra_vert") << u"chi_tra_vert"_s << u"tesseract-ocr-chi-tra-vert"_s;
    QTest::newRow("srp_latn") << u"srp_latn"_s << u"tesseract-ocr-srp-latn"_s;
}

void TestOcrLanguages::debianPackage()
{
    QFETCH(QString, code);
    QFETCH(QString, package);
    QCOMPARE(ocrlanguages::debianPackage(code), package);
    QVERIFY(ocrlanguages::packagedLanguages().contains(code));
}

void TestOcrLanguages::displayName_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("spa") << u"spa"_s << u"español"_s;
    QTest::newRow("eng") << u"eng"_s << u"English"_s;
    QTest::newRow("deu") << u"deu"_s << u"Deutsch"_s;
    QTest::newRow("chi_sim") << u"chi_sim"_s << u"简体中文"_s;
    QTest::newRow("chi_tra") << u"chi_tra"_s << u"繁體中文"_s;
    QTest::newRow("chi_sim_vert") << u"chi_sim_vert"_s << u"简体中文, vertical"_s;
    QTest::newRow("spa_old") << u"spa_old"_s << u"español, historical"_s;
    QTest::newRow("srp_latn") << u"srp_latn"_s << u"srpski"_s;
    QTest::newRow("frk") << u"frk"_s << u"German Fraktur"_s;
    QTest::newRow("unknown code") << u"xyz"_s << u"xyz"_s;
}

void TestOcrLanguages::displayName()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(ocrlanguages::displayName(code), name);
}

void TestOcrLanguages::englishNameAndScript_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("english");
    QTest::addColumn<int>("script");
    QTest::newRow("spa") << u"spa"_s << u"Spanish"_s << int(QLocale::LatinScript);
    QTest::newRow("hin") << u"hin"_s << u"Hindi"_s << int(QLocale::DevanagariScript);
    QTest::newRow("amh") << u"amh"_s << u"Amharic"_s << int(QLocale::EthiopicScript);
    QTest::newRow("chi_sim") << u"chi_sim"_s << u"Chinese, Simplified Han"_s << int(QLocale::SimplifiedHanScript);
    QTest::newRow("chi_tra_vert") << u"chi_tra_vert"_s << u"Chinese, Traditional Han, vertical"_s
                                  << int(QLocale::TraditionalHanScript);
    QTest::newRow("srp_latn") << u"srp_latn"_s << u"Serbian, Latin"_s << int(QLocale::LatinScript);
    QTest::newRow("frk") << u"frk"_s << u"frk"_s << int(QLocale::AnyScript);
}

void TestOcrLanguages::englishNameAndScript()
{
    QFETCH(QString, code);
    QFETCH(QString, english);
    QFETCH(int, script);
    QCOMPARE(ocrlanguages::englishName(code), english);
    QCOMPARE(int(ocrlanguages::script(code)), script);
}

void TestOcrLanguages::everyPackagedLanguageHasAName()
{
    const QStringList codes = ocrlanguages::packagedLanguages();
    QVERIFY(codes.size() > 100);
    QVERIFY(codes.contains(u"eng"_s));
    QVERIFY(!codes.contains(u"osd"_s));
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    QStringList unnamed;
    for (const QString &code : codes) {
        if (ocrlanguages::displayName(code) == code)
            unnamed << code;
    }
    // Qt names almost all of them; a handful of Tesseract's own models (Cebuano, Tonga...) may keep their code.
    QVERIFY2(unnamed.size() <= 8, qPrintable(unnamed.join(u", ")));
}

void TestOcrLanguages::readsSpanishPage()
{
    const QStringList lines = {
        u"El niño come piñas en la montaña."_s,
        u"¿Dónde está la estación? ¡Allí, señora!"_s,
        u"La acción del señor fue rápida y útil."_s,
    };
    OcrEngine engine;
    QByteArray skip;
    const bool ok = initOrSkipMessage(engine, u"spa"_s, &skip);
    if (!skip.isEmpty())
        QSKIP(skip.constData());
    QVERIFY2(ok, qPrintable(engine.errorString()));
    const OcrOutput output = engine.recognize(test::makeTextImageInFont(lines, u"DejaVu Sans"_s), 300);
    QVERIFY2(output.ok, qPrintable(output.error));
    const QString text = recognizedText(output);
    QSet<QString> words;
    for (const Word &word : output.words)
        words.insert(word.text);
    for (const QString &expected : {u"niño"_s, u"piñas"_s, u"montaña."_s, u"¿Dónde"_s, u"está"_s,
                                    u"estación?"_s, u"señora!"_s, u"acción"_s, u"señor"_s, u"rápida"_s,
                                    u"útil."_s})
        QVERIFY2(words.contains(expected), qPrintable(expected + u" not in: "_s + text));
    QCOMPARE(test::simplified(text), test::simplified(lines.join(u' ')));
}

void TestOcrLanguages::readsSimplifiedChinesePage()
{
    const QString family = chineseFont();
    if (family.isEmpty())
        QSKIP("No font with Simplified Chinese glyphs; install fonts-wqy-microhei (packaging/install-deps.sh does).");
    const QStringList lines = {
        u"我们在图书馆里读书。"_s,
        u"今天的天气很好，阳光明媚。"_s,
        u"这份文件需要仔细检查。"_s,
    };
    const QImage page = test::makeTextImageInFont(lines, family);

    OcrEngine engine;
    QByteArray skip;
    const bool ok = initOrSkipMessage(engine, u"chi_sim"_s, &skip);
    if (!skip.isEmpty())
        QSKIP(skip.constData());
    QVERIFY2(ok, qPrintable(engine.errorString()));
    const OcrOutput output = engine.recognize(page, 300);
    QVERIFY2(output.ok, qPrintable(output.error));
    // Tesseract separates Chinese words (or characters) with spaces of its own.
    const QString text = withoutSpaces(recognizedText(output));
    for (const QString &expected : {u"图书馆"_s, u"读书"_s, u"天气"_s, u"阳光明媚"_s, u"文件"_s, u"仔细检查"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
    int found = 0;
    int total = 0;
    for (const QString &line : lines) {
        for (const QChar c : line) {
            if (c.script() != QChar::Script_Han)
                continue;
            ++total;
            found += text.contains(c) ? 1 : 0;
        }
    }
    QVERIFY2(found >= total - 1, qPrintable(u"%1 of %2 characters in: %3"_s.arg(found).arg(total).arg(text)));

    // The same page read with English data has no Chinese in it: the language data is what reads it.
    if (OcrEngine::installedLanguages().contains(u"eng"_s)) {
        OcrEngine english;
        QVERIFY2(english.init(u"eng"_s), qPrintable(english.errorString()));
        const QString latin = withoutSpaces(recognizedText(english.recognize(page, 300)));
        QVERIFY2(!latin.contains(u"图书馆"_s), qPrintable(latin));
    }
}

void TestOcrLanguages::readsTraditionalChineseCorpusImage()
{
    const QString corpus = QStringLiteral(QUIRE_CORPUS_DIR);
    if (corpus.isEmpty())
        QSKIP("QUIRE_CORPUS_DIR is empty: the shared corpus (groundtruth/tesseractjs/chinese.png) is not here.");
    const QString image = QDir(corpus).filePath(u"groundtruth/tesseractjs/chinese.png"_s);
    if (!QFileInfo::exists(image))
        QSKIP("The corpus has no groundtruth/tesseractjs/chinese.png.");
    QFile truthFile(QDir(corpus).filePath(u"groundtruth/tesseractjs/chinese.gt.txt"_s));
    QVERIFY2(truthFile.open(QIODevice::ReadOnly), qPrintable(truthFile.fileName()));
    const QString truth = withoutSpaces(QString::fromUtf8(truthFile.readAll()).trimmed());

    OcrEngine engine;
    QByteArray skip;
    const bool ok = initOrSkipMessage(engine, u"chi_tra"_s, &skip);
    if (!skip.isEmpty())
        QSKIP(skip.constData());
    QVERIFY2(ok, qPrintable(engine.errorString()));
    const QImage picture = QImage(image).convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(!picture.isNull());
    const OcrOutput output = engine.recognize(picture, 0);
    QVERIFY2(output.ok, qPrintable(output.error));
    // A real photo of six characters: one may be misread (中 as 上 with Debian's fast model).
    const QString text = withoutSpaces(recognizedText(output));
    QCOMPARE(text.size(), truth.size());
    int same = 0;
    for (qsizetype i = 0; i < truth.size(); ++i)
        same += text.at(i) == truth.at(i) ? 1 : 0;
    QVERIFY2(same >= truth.size() - 1, qPrintable(text));
}

QTEST_MAIN(TestOcrLanguages)
#include "TestOcrLanguages.moc"
