#include "eval/Evaluator.h"
#include "store/Store.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

namespace {

bool writeText(const QString &path, const QByteArray &utf8)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(utf8) == utf8.size();
}

QStringList names(const QList<EvalScore> &scores)
{
    QStringList result;
    for (const EvalScore &score : scores)
        result.append(score.name);
    return result;
}

const EvalScore *find(const EvalReport &report, const QString &name)
{
    for (const EvalScore &score : report.pages) {
        if (score.name == name)
            return &score;
    }
    return nullptr;
}

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levenshtein_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<qint64>("distance");
        QTest::newRow("both empty") << QString() << QString() << qint64(0);
        QTest::newRow("insert all") << QString() << QStringLiteral("abc") << qint64(3);
        QTest::newRow("delete all") << QStringLiteral("abc") << QString() << qint64(3);
        QTest::newRow("identical") << QStringLiteral("quire") << QStringLiteral("quire") << qint64(0);
        QTest::newRow("kitten") << QStringLiteral("kitten") << QStringLiteral("sitting") << qint64(3);
        QTest::newRow("flaw") << QStringLiteral("flaw") << QStringLiteral("lawn") << qint64(2);
        QTest::newRow("case") << QStringLiteral("Word") << QStringLiteral("word") << qint64(1);
        QTest::newRow("non-bmp is one char") << QStringLiteral("a\U0001F600b") << QStringLiteral("ab") << qint64(1);
        QTest::newRow("umlaut") << QStringLiteral("über") << QStringLiteral("uber") << qint64(1);
    }

    void levenshtein()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(qint64, distance);
        QCOMPARE(Evaluator::levenshtein(a, b), distance);
        QCOMPARE(Evaluator::levenshtein(b, a), distance);
    }

    void levenshteinIsFastOnLongPages()
    {
        QRandomGenerator random(42);
        QString a;
        for (int i = 0; i < 5000; ++i)
            a += QChar(u'a' + char16_t(random.bounded(26)));
        // Ten characters that a does not hold: at least ten edits, and ten suffice.
        QString b = a;
        for (int i = 0; i < 10; ++i)
            b[i * 499] = QLatin1Char('#');
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(Evaluator::levenshtein(a, b), qint64(10));
        const qint64 elapsed = timer.elapsed();
        qInfo("5000 x 5000 characters in %lld ms", elapsed);
#if !defined(__SANITIZE_ADDRESS__) // instrumented code is several times slower
        QVERIFY2(elapsed < 1000, "a page-sized comparison must take well under a second");
#endif
        QCOMPARE(Evaluator::levenshtein(a, QString()), qint64(5000));
    }

    void score_data()
    {
        QTest::addColumn<QString>("ocr");
        QTest::addColumn<QString>("gt");
        QTest::addColumn<qint64>("gtChars");
        QTest::addColumn<qint64>("editDistance");
        QTest::addColumn<qint64>("gtWords");
        QTest::addColumn<qint64>("matchedWords");

        QTest::newRow("identical") << QStringLiteral("Hello world") << QStringLiteral("Hello world")
                                   << qint64(11) << qint64(0) << qint64(2) << qint64(2);
        QTest::newRow("one substitution") << QStringLiteral("Hello wor1d") << QStringLiteral("Hello world")
                                          << qint64(11) << qint64(1) << qint64(2) << qint64(1);
        QTest::newRow("whitespace collapsed") << QStringLiteral("  Hello\n\n\tworld \f") << QStringLiteral("Hello world\n")
                                              << qint64(11) << qint64(0) << qint64(2) << qint64(2);
        // CER: delete the opening quote, the closing quote becomes a comma, '.' becomes '!'.
        QTest::newRow("punctuation stripped for words") << QStringLiteral("Hello, world!")
                                                        << QStringLiteral("\"Hello\" world.")
                                                        << qint64(14) << qint64(3) << qint64(2) << qint64(2);
        // “ ” are Pi/Pf punctuation; the dash alone is no word.
        QTest::newRow("typographic quotes") << QStringLiteral("Quire fast") << QStringLiteral("“Quire” — fast.")
                                            << qint64(15) << qint64(5) << qint64(2) << qint64(2);
        QTest::newRow("symbols stripped") << QStringLiteral("cost 43,456.78 E-mail") << QStringLiteral("cost $43,456.78% <E-mail>")
                                          << qint64(25) << qint64(4) << qint64(3) << qint64(3);
        // "the the cat" is no subsequence of the ground truth: 12 deletions and one substitution.
        QTest::newRow("multiset: fewer in ocr") << QStringLiteral("the the cat") << QStringLiteral("the cat and the hat the")
                                                << qint64(23) << qint64(13) << qint64(6) << qint64(3);
        QTest::newRow("multiset: more in ocr") << QStringLiteral("the the the the") << QStringLiteral("the")
                                               << qint64(3) << qint64(12) << qint64(1) << qint64(1);
        QTest::newRow("case sensitive") << QStringLiteral("word") << QStringLiteral("Word")
                                        << qint64(4) << qint64(1) << qint64(1) << qint64(0);
        QTest::newRow("order does not matter for words") << QStringLiteral("b a") << QStringLiteral("a b")
                                                         << qint64(3) << qint64(2) << qint64(2) << qint64(2);
        QTest::newRow("empty ocr") << QString() << QStringLiteral("abc def")
                                   << qint64(7) << qint64(7) << qint64(2) << qint64(0);
        QTest::newRow("empty gt") << QStringLiteral("noise") << QString()
                                  << qint64(0) << qint64(5) << qint64(0) << qint64(0);
    }

    void score()
    {
        QFETCH(QString, ocr);
        QFETCH(QString, gt);
        QFETCH(qint64, gtChars);
        QFETCH(qint64, editDistance);
        QFETCH(qint64, gtWords);
        QFETCH(qint64, matchedWords);
        const EvalScore s = Evaluator::score(QStringLiteral("page"), ocr, gt);
        QCOMPARE(s.name, QStringLiteral("page"));
        QCOMPARE(s.gtChars, gtChars);
        QCOMPARE(s.editDistance, editDistance);
        QCOMPARE(s.gtWords, gtWords);
        QCOMPARE(s.matchedWords, matchedWords);
    }

    void ratios()
    {
        const EvalScore same = Evaluator::score(QStringLiteral("x"), QStringLiteral("Hello world"), QStringLiteral("Hello world"));
        QCOMPARE(same.cer(), 0.0);
        QCOMPARE(same.recall(), 1.0);
        const EvalScore one = Evaluator::score(QStringLiteral("x"), QStringLiteral("Hello wor1d"), QStringLiteral("Hello world"));
        QCOMPARE(one.cer(), 1.0 / 11.0);
        QCOMPARE(one.recall(), 0.5);
    }

    void evaluateTextDir()
    {
        QTemporaryDir dir;
        const QString gt = dir.filePath(QStringLiteral("gt"));
        const QString text = dir.filePath(QStringLiteral("text"));
        QVERIFY(writeText(gt + QStringLiteral("/sub/alpha.gt.txt"), "Hello world\n"));
        QVERIFY(writeText(text + QStringLiteral("/alpha.txt"), "Hello wor1d\n\f"));
        QVERIFY(writeText(gt + QStringLiteral("/beta.p02.gt.txt"), "two words\n"));
        QVERIFY(writeText(text + QStringLiteral("/nested/beta.p02.txt"), "two\nwords\n"));
        QVERIFY(writeText(gt + QStringLiteral("/gamma.gt.txt"), "never recognized\n"));
        QVERIFY(writeText(text + QStringLiteral("/delta.txt"), "no ground truth for this one\n"));
        // UTF-8 with a byte-order mark and typographic quotes.
        QVERIFY(writeText(gt + QStringLiteral("/eps.gt.txt"), "\xEF\xBB\xBF\xE2\x80\x9CGr\xC3\xBC\xC3\x9F" "e\xE2\x80\x9D sagt er\n"));
        QVERIFY(writeText(text + QStringLiteral("/eps.txt"), "\"Gr\xC3\xBC\xC3\x9F" "e\" sagt er\n"));
        // Ground truth lying in the text folder is not OCR output.
        QVERIFY(writeText(text + QStringLiteral("/gamma.gt.txt"), "never recognized\n"));

        const EvalReport report = Evaluator::evaluateTextDir(text, gt);
        QCOMPARE(names(report.pages), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta.p02"), QStringLiteral("eps")}));
        QCOMPARE(report.missing, QStringList{QStringLiteral("gamma")});

        const EvalScore *alpha = find(report, QStringLiteral("alpha"));
        QCOMPARE(alpha->editDistance, qint64(1));
        QCOMPARE(alpha->gtChars, qint64(11));
        QCOMPARE(alpha->matchedWords, qint64(1));
        const EvalScore *beta = find(report, QStringLiteral("beta.p02"));
        QCOMPARE(beta->editDistance, qint64(0));
        QCOMPARE(beta->matchedWords, qint64(2));
        const EvalScore *eps = find(report, QStringLiteral("eps"));
        QCOMPARE(eps->gtChars, qint64(15)); // “Größe” sagt er: the BOM is not a character
        QCOMPARE(eps->editDistance, qint64(2));
        QCOMPARE(eps->gtWords, qint64(3));
        QCOMPARE(eps->matchedWords, qint64(3));

        QCOMPARE(report.overall.gtChars, qint64(11 + 9 + 15));
        QCOMPARE(report.overall.editDistance, qint64(1 + 0 + 2));
        QCOMPARE(report.overall.gtWords, qint64(2 + 2 + 3));
        QCOMPARE(report.overall.matchedWords, qint64(1 + 2 + 3));
    }

    void evaluateStore()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("run.db"))));
        const QString key = QStringLiteral("k");
        auto addDocument = [&](const QString &path, const QString &hash, int pageCount, DocumentStatus status) {
            DocumentRecord record;
            record.path = path;
            record.contentHash = hash;
            record.pageCount = pageCount;
            record.status = status;
            record.settingsKey = key;
            return store.upsertDocument(record);
        };
        auto addPage = [&](const QString &hash, int page, const QString &text, PageStatus status = PageStatus::Done) {
            PageResult r;
            r.page = page;
            r.text = text;
            r.status = status;
            store.addPage(hash, key, r);
        };
        addDocument(QStringLiteral("/in/scans/alpha.png"), QStringLiteral("ha"), 1, DocumentStatus::Done);
        addPage(QStringLiteral("ha"), 1, QStringLiteral("Hello world"));
        addDocument(QStringLiteral("/in/beta.v2.pdf"), QStringLiteral("hb"), 3, DocumentStatus::Partial);
        addPage(QStringLiteral("hb"), 1, QStringLiteral("first page"));
        addPage(QStringLiteral("hb"), 2, QStringLiteral("second paqe"));
        addPage(QStringLiteral("hb"), 3, QString(), PageStatus::Failed);
        const qint64 zeta = addDocument(QStringLiteral("/in/zeta.pdf"), QStringLiteral("hz"), 0, DocumentStatus::Pending);
        store.setDocumentState(zeta, 0, DocumentStatus::Failed, QStringLiteral("damaged"));
        QVERIFY(store.flush());

        const QString gt = dir.filePath(QStringLiteral("gt"));
        QVERIFY(writeText(gt + QStringLiteral("/alpha.gt.txt"), "Hello world"));
        QVERIFY(writeText(gt + QStringLiteral("/deep/beta.v2.p01.gt.txt"), "first page"));
        QVERIFY(writeText(gt + QStringLiteral("/beta.v2.p02.gt.txt"), "second page"));
        QVERIFY(writeText(gt + QStringLiteral("/beta.v2.p03.gt.txt"), "third page"));  // failed page
        QVERIFY(writeText(gt + QStringLiteral("/beta.v2.gt.txt"), "whole document")); // not how a multi-page GT is named
        QVERIFY(writeText(gt + QStringLiteral("/alpha.p01.gt.txt"), "Hello world"));  // nor a single-page one
        QVERIFY(writeText(gt + QStringLiteral("/zeta.gt.txt"), "never opened"));

        const EvalReport report = Evaluator::evaluateStore(store, gt);
        QCOMPARE(names(report.pages),
                 (QStringList{QStringLiteral("alpha"), QStringLiteral("beta.v2.p01"), QStringLiteral("beta.v2.p02")}));
        QCOMPARE(report.missing, (QStringList{QStringLiteral("alpha.p01"), QStringLiteral("beta.v2"),
                                              QStringLiteral("beta.v2.p03"), QStringLiteral("zeta")}));
        QCOMPARE(find(report, QStringLiteral("alpha"))->editDistance, qint64(0));
        QCOMPARE(find(report, QStringLiteral("beta.v2.p02"))->editDistance, qint64(1));
        QCOMPARE(find(report, QStringLiteral("beta.v2.p02"))->matchedWords, qint64(1));
        QCOMPARE(report.overall.gtChars, qint64(11 + 10 + 11));
        QCOMPARE(report.overall.editDistance, qint64(1));
        QCOMPARE(report.overall.gtWords, qint64(6));
        QCOMPARE(report.overall.matchedWords, qint64(5));

        // A person fixes "paqe": the corrected text scores perfect, the recognition stays as it was.
        QVERIFY(store.setPageText(QStringLiteral("/in/beta.v2.pdf"), 2, QStringLiteral("second page")));
        QCOMPARE(Evaluator::evaluateStore(store, gt, true).overall.editDistance, qint64(0));
        QCOMPARE(Evaluator::evaluateStore(store, gt).overall.editDistance, qint64(1));
    }

    // The corpus's ground truth scored against itself: every page perfect,
    // every file found, and fast enough for routine use.
    void corpusGroundTruthAgainstItself()
    {
        const QString corpus = QStringLiteral(QUIRE_CORPUS_DIR);
        const QString gtDir = corpus + QStringLiteral("/groundtruth");
        if (corpus.isEmpty() || !QFileInfo::exists(gtDir))
            QSKIP("No shared corpus (QUIRE_CORPUS_DIR is empty or has no groundtruth/): corpus check skipped.");

        QTemporaryDir dir;
        int files = 0;
        QDirIterator it(gtDir, {QStringLiteral("*.gt.txt")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QString name = it.fileName();
            name.chop(int(qstrlen(".gt.txt")));
            QVERIFY(QFile::copy(path, dir.filePath(name + QStringLiteral(".txt"))));
            ++files;
        }
        QVERIFY(files > 0);

        QElapsedTimer timer;
        timer.start();
        const EvalReport report = Evaluator::evaluateTextDir(dir.path(), gtDir);
        qInfo("%d ground-truth files, %lld characters, %lld words scored in %lld ms", files,
              report.overall.gtChars, report.overall.gtWords, timer.elapsed());
        QCOMPARE(report.pages.size(), files);
        QVERIFY(report.missing.isEmpty());
        QCOMPARE(report.overall.editDistance, qint64(0));
        QCOMPARE(report.overall.matchedWords, report.overall.gtWords);
        QVERIFY(report.overall.gtChars > 10000);
        for (const EvalScore &page : report.pages) {
            QVERIFY2(page.gtChars > 0, qPrintable(page.name));
            QCOMPARE(page.cer(), 0.0);
        }
    }

    void corpusEmptyOcrScoresWorst()
    {
        const QString corpus = QStringLiteral(QUIRE_CORPUS_DIR);
        const QString gtDir = corpus + QStringLiteral("/groundtruth");
        if (corpus.isEmpty() || !QFileInfo::exists(gtDir))
            QSKIP("No shared corpus (QUIRE_CORPUS_DIR is empty or has no groundtruth/): corpus check skipped.");
        QTemporaryDir dir;
        QVERIFY(writeText(dir.filePath(QStringLiteral("phototest.txt")), ""));
        const EvalReport report = Evaluator::evaluateTextDir(dir.path(), gtDir);
        QCOMPARE(report.pages.size(), 1);
        QCOMPARE(report.pages.first().cer(), 1.0);
        QCOMPARE(report.pages.first().recall(), 0.0);
        QVERIFY(report.pages.first().gtWords > 50);
        QVERIFY(!report.missing.contains(QStringLiteral("phototest")));
        QVERIFY(report.missing.contains(QStringLiteral("eurotext")));
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "TestEvaluator.moc"
