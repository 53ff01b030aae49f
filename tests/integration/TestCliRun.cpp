#include "CliRunner.h"
#include "TestDocuments.h"

#include "cluster/ShardManifest.h"
#include "cluster/ShardProgress.h"
#include "pdf/DocumentReader.h"
#include "pipeline/InputScanner.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <csignal>

using namespace quire;
using namespace quire::test;

namespace {

const QStringList kScanLines = {QStringLiteral("Invoice number 4711 from the harbour office."),
                                QStringLiteral("Payment is due within thirty days.")};
const QStringList kTextLines = {QStringLiteral("A page with a real text layer."),
                                QStringLiteral("It needs no recognition at all.")};

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Rows of a pages CSV keyed "FILENAME#PAGE".
QHash<QString, QStringList> rowsByPage(const QList<QStringList> &rows)
{
    QHash<QString, QStringList> map;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        map.insert(QFileInfo(row.value(0)).fileName() + QLatin1Char('#') + row.value(1), row);
    }
    return map;
}

int storedPageRows(const QString &db)
{
    if (!QFileInfo::exists(db))
        return 0; // not created yet; opening it here would race the writer creating it
    Store store;
    if (!store.open(db))
        return -1;
    int count = 0;
    store.forEachPage([&count](const StoredPage &page) {
        if (page.result.page > 0)
            ++count;
        return true;
    });
    return count;
}

} // namespace

class TestCliRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsAMixedFolder();
    void secondRunSkipsFinishedPages();
    void exportsWords();
    void badUsageExitsOne_data();
    void badUsageExitsOne();
    void missingLanguageListsInstalled();
    void cleanFolderExitsZero();
    void killedRunResumesWithoutLosingOrRepeatingPages();
    void wordListsReachTesseract();
    void shardRunDoesOnlyItsPages();
    void shardRunRefusesChangedContent();
    void decimalCommaLocaleKeepsScansDecoded();

private:
    QTemporaryDir m_dir;
    QString m_input;
    QString m_db;
    QString m_csv;
    CliResult m_first;
};

void TestCliRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The personal word list lives under XDG_DATA_HOME: keep the person's own out of the runs.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg"))));
    m_input = m_dir.filePath(QStringLiteral("input"));
    QVERIFY(QDir().mkpath(m_input + QStringLiteral("/nested")));
    QVERIFY(writeTextPdf(m_input + QStringLiteral("/text.pdf"), {kTextLines, {QStringLiteral("Page two.")}}));
    QVERIFY(writeScannedPdf(m_input + QStringLiteral("/scan.pdf"), {kScanLines}, 200));
    QVERIFY(writeMultiPageTiff(m_input + QStringLiteral("/nested/fax.tiff"),
                               {{QStringLiteral("First fax page.")}, {QStringLiteral("Second fax page.")}}, 200));
    QVERIFY(writeBytes(m_input + QStringLiteral("/notes.txt"), "not a document, skipped\n"));
    QVERIFY(writeBytes(m_input + QStringLiteral("/broken.pdf"), "%PDF-1.7\n1 0 obj garbage\n"));
    QVERIFY(writeBytes(m_input + QStringLiteral("/empty.pdf"), QByteArray()));

    m_db = m_dir.filePath(QStringLiteral("run.sqlite"));
    m_csv = m_dir.filePath(QStringLiteral("run.csv"));
    m_first = runCli({QStringLiteral("run"), QStringLiteral("--db"), m_db, QStringLiteral("--export-csv"), m_csv,
                      QStringLiteral("--dpi"), QStringLiteral("200"), m_input});
}

void TestCliRun::runsAMixedFolder()
{
    QCOMPARE(m_first.exitStatus, QProcess::NormalExit);
    QVERIFY2(m_first.exitCode == 2, qPrintable(m_first.err)); // broken.pdf and empty.pdf failed
    QVERIFY2(m_first.err.contains(QStringLiteral("broken.pdf")), qPrintable(m_first.err));
    QVERIFY2(m_first.err.contains(QStringLiteral("empty.pdf")), qPrintable(m_first.err));

    const QList<QStringList> rows = parseCsv(readFile(m_csv));
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first().join(QLatin1Char(',')), QStringLiteral("document,page,kind,status,confidence,error,text"));
    const QHash<QString, QStringList> byPage = rowsByPage(rows);
    QCOMPARE(byPage.size(), 7); // 2 text pages, 1 scan, 2 fax pages, 2 failed documents

    const QStringList text1 = byPage.value(QStringLiteral("text.pdf#1"));
    QCOMPARE(text1.value(2), QStringLiteral("text"));
    QCOMPARE(text1.value(3), QStringLiteral("done"));
    QCOMPARE(simplified(text1.value(6)), kTextLines.join(QLatin1Char(' ')));
    QCOMPARE(simplified(byPage.value(QStringLiteral("text.pdf#2")).value(6)), QStringLiteral("Page two."));

    const QStringList scan = byPage.value(QStringLiteral("scan.pdf#1"));
    QCOMPARE(scan.value(2), QStringLiteral("ocr"));
    QCOMPARE(scan.value(3), QStringLiteral("done"));
    QCOMPARE(simplified(scan.value(6)), kScanLines.join(QLatin1Char(' ')));
    QVERIFY(scan.value(4).toDouble() > 70.0);
    QVERIFY(QFileInfo(scan.value(0)).isAbsolute());

    QCOMPARE(simplified(byPage.value(QStringLiteral("fax.tiff#1")).value(6)), QStringLiteral("First fax page."));
    QCOMPARE(simplified(byPage.value(QStringLiteral("fax.tiff#2")).value(6)), QStringLiteral("Second fax page."));

    for (const QString &bad : {QStringLiteral("broken.pdf#0"), QStringLiteral("empty.pdf#0")}) {
        const QStringList row = byPage.value(bad);
        QCOMPARE(row.value(3), QStringLiteral("failed"));
        QVERIFY2(row.value(5).contains(bad.section(QLatin1Char('#'), 0, 0)), qPrintable(row.value(5)));
    }
    QVERIFY2(!byPage.contains(QStringLiteral("notes.txt#0")), "a non-document in a folder is skipped, not failed");
}

void TestCliRun::secondRunSkipsFinishedPages()
{
    const CliResult second = runCli({QStringLiteral("run"), QStringLiteral("--db"), m_db, QStringLiteral("--dpi"),
                                     QStringLiteral("200"), m_input});
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(second.err.contains(QStringLiteral("0 from the text layer, 0 recognized, 0 blank, 0 failed; 5 done before")),
             qPrintable(second.err));
    QCOMPARE(storedPageRows(m_db), 5);

    // Other settings are another result set: the pages are done again.
    const CliResult other = runCli({QStringLiteral("run"), QStringLiteral("--db"), m_db, QStringLiteral("--dpi"),
                                    QStringLiteral("150"), m_input + QStringLiteral("/scan.pdf")});
    QCOMPARE(other.exitCode, 0);
    QVERIFY2(other.err.contains(QStringLiteral("1 recognized")), qPrintable(other.err));
}

void TestCliRun::exportsWords()
{
    const QString words = m_dir.filePath(QStringLiteral("words.csv"));
    const CliResult result = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--csv"),
                                     words, QStringLiteral("--words")});
    QCOMPARE(result.exitCode, 0);
    const QList<QStringList> rows = parseCsv(readFile(words));
    QVERIFY(rows.size() > 20);
    QCOMPARE(rows.first().join(QLatin1Char(',')),
             QStringLiteral("document,page,kind,block,line,word,x,y,width,height,dpi,confidence,text,corrected,"
                            "original"));
    bool foundInvoice = false;
    for (const QStringList &row : rows) {
        if (row.value(12) == QStringLiteral("4711")) {
            foundInvoice = true;
            QVERIFY(row.value(8).toInt() > 0);
            QVERIFY(row.value(9).toInt() > 0);
            QCOMPARE(row.value(13), QStringLiteral("0"));
            QCOMPARE(row.value(14), QStringLiteral("4711"));
        }
    }
    QVERIFY(foundInvoice);

    // A person corrects a word in review; every export carries the correction.
    const QString scanPath = QDir(m_input).filePath(QStringLiteral("scan.pdf"));
    {
        Store store;
        QVERIFY2(store.open(m_db), qPrintable(store.errorString()));
        const std::optional<StoredPage> page = store.loadPage(scanPath, 1);
        QVERIFY(page);
        qint64 id = 0;
        for (const Word &word : page->result.words) {
            if (word.text == QStringLiteral("harbour"))
                id = word.id;
        }
        QVERIFY2(id > 0, qPrintable(page->result.text));
        QVERIFY2(store.correctWord(id, QStringLiteral("harbor")), qPrintable(store.errorString()));
    }
    const QString pagesCsv = m_dir.filePath(QStringLiteral("corrected.csv"));
    const QString textDir = m_dir.filePath(QStringLiteral("text"));
    const QString hocrDir = m_dir.filePath(QStringLiteral("hocr"));
    const QString sqlite = m_dir.filePath(QStringLiteral("results.sqlite"));
    const CliResult all = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--csv"),
                                  pagesCsv, QStringLiteral("--text"), textDir, QStringLiteral("--hocr"), hocrDir,
                                  QStringLiteral("--sqlite"), sqlite});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const QString corrected = QStringLiteral("Invoice number 4711 from the harbor office.");
    const QStringList scanRow = rowsByPage(parseCsv(readFile(pagesCsv))).value(QStringLiteral("scan.pdf#1"));
    QCOMPARE(simplified(scanRow.value(6)), corrected + QStringLiteral(" Payment is due within thirty days."));
    const QString text = readFile(textDir + QStringLiteral("/scan.txt"));
    QVERIFY2(simplified(text).startsWith(corrected), qPrintable(text));
    QVERIFY(QFileInfo::exists(textDir + QStringLiteral("/fax.txt")));
    QCOMPARE(readFile(textDir + QStringLiteral("/fax.txt")).count(QLatin1Char('\f')), 1); // two pages
    const QString hocr = readFile(hocrDir + QStringLiteral("/scan.hocr"));
    QVERIFY2(hocr.contains(QStringLiteral(">harbor</span>")), qPrintable(hocr));
    QVERIFY(!hocr.contains(QStringLiteral("harbour")));
    QVERIFY(QFileInfo(sqlite).size() > 0);
    QVERIFY2(all.err.contains(sqlite), qPrintable(all.err));

    // The corrected word is found by search, the recognized one no more.
    Store store;
    QVERIFY(store.open(m_db));
    const QList<SearchHit> hits = store.search(QStringLiteral("harbor"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).documentPath, scanPath);
    QVERIFY(store.search(QStringLiteral("harbour")).isEmpty());
}

void TestCliRun::badUsageExitsOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("no paths") << QStringList{QStringLiteral("run")} << QStringLiteral("at least one");
    QTest::newRow("bad dpi") << QStringList{QStringLiteral("run"), QStringLiteral("--dpi"), QStringLiteral("abc"),
                                            QStringLiteral(".")}
                             << QStringLiteral("--dpi");
    QTest::newRow("bad policy") << QStringList{QStringLiteral("run"), QStringLiteral("--text-layer"),
                                               QStringLiteral("maybe"), QStringLiteral(".")}
                                << QStringLiteral("--text-layer");
    QTest::newRow("bad opencl") << QStringList{QStringLiteral("run"), QStringLiteral("--opencl"),
                                               QStringLiteral("fast"), QStringLiteral(".")}
                                << QStringLiteral("--opencl");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("run"), QStringLiteral("--colour"), QStringLiteral(".")}
                                    << QStringLiteral("colour");
    QTest::newRow("missing path") << QStringList{QStringLiteral("run"), QStringLiteral("/nonexistent/quire/input")}
                                  << QStringLiteral("/nonexistent/quire/input");
    QTest::newRow("export without csv") << QStringList{QStringLiteral("export"), QStringLiteral("--db"),
                                                       QStringLiteral("x.sqlite")}
                                        << QStringLiteral("--csv");
    QTest::newRow("export --words without csv") << QStringList{QStringLiteral("export"), QStringLiteral("--db"),
                                                               QStringLiteral("x.sqlite"), QStringLiteral("--text"),
                                                               QStringLiteral("out"), QStringLiteral("--words")}
                                                << QStringLiteral("--hocr");
    QTest::newRow("unreadable word list") << QStringList{QStringLiteral("run"), QStringLiteral("--user-words"),
                                                         QStringLiteral("/nonexistent/words.txt"), QStringLiteral(".")}
                                          << QStringLiteral("/nonexistent/words.txt");
    QTest::newRow("eval without ground truth") << QStringList{QStringLiteral("eval"), QStringLiteral("--db"),
                                                              QStringLiteral("x.sqlite")}
                                               << QStringLiteral("--ground-truth");
}

void TestCliRun::badUsageExitsOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString db = m_dir.filePath(QStringLiteral("usage.sqlite"));
    if (arguments.value(0) == QStringLiteral("run"))
        arguments.insert(1, QStringLiteral("--db=") + db);
    const CliResult result = runCli(arguments);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void TestCliRun::missingLanguageListsInstalled()
{
    const CliResult result = runCli({QStringLiteral("run"), QStringLiteral("--db"),
                                     m_dir.filePath(QStringLiteral("lang.sqlite")), QStringLiteral("--lang"),
                                     QStringLiteral("eng+xyz"), m_input});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("xyz")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("eng")), qPrintable(result.err));
}

void TestCliRun::cleanFolderExitsZero()
{
    const QString clean = m_dir.filePath(QStringLiteral("clean"));
    QVERIFY(QDir().mkpath(clean));
    QVERIFY(writeTextPdf(clean + QStringLiteral("/only.pdf"), {kTextLines}));
    const CliResult result = runCli({QStringLiteral("run"), QStringLiteral("--db"),
                                     m_dir.filePath(QStringLiteral("clean.sqlite")), clean});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("1 from the text layer, 0 recognized, 0 blank, 0 failed")), qPrintable(result.err));
}

void TestCliRun::killedRunResumesWithoutLosingOrRepeatingPages()
{
    constexpr int kPages = 20;
    const QString folder = m_dir.filePath(QStringLiteral("long"));
    QVERIFY(QDir().mkpath(folder));
    QList<QStringList> pages;
    for (int i = 1; i <= kPages; ++i)
        pages << QStringList{QStringLiteral("This is page number %1 of the long scan.").arg(i)};
    QVERIFY(writeScannedPdf(folder + QStringLiteral("/long.pdf"), pages, 150));
    const QString db = m_dir.filePath(QStringLiteral("killed.sqlite"));
    // One worker keeps the run long enough to be killed half-way on any machine.
    const QStringList arguments = {QStringLiteral("run"), QStringLiteral("--db"), db, QStringLiteral("--dpi"),
                                   QStringLiteral("150"), QStringLiteral("--workers"), QStringLiteral("1"), folder};

    QProcess first;
    first.start(QStringLiteral(QUIRE_CLI_PATH), arguments);
    QVERIFY(first.waitForStarted());
    // Wait until some pages are committed, then kill -9 mid-run.
    QTRY_VERIFY_WITH_TIMEOUT(storedPageRows(db) >= 1, 120'000);
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished());
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    const int committed = storedPageRows(db);
    QVERIFY2(committed < kPages, "the first run must be killed before it finishes for this test to mean anything");

    const CliResult second = runCli(arguments);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.err.contains(QStringLiteral("%1 done before").arg(committed)), qPrintable(second.err));
    QCOMPARE(storedPageRows(db), kPages);

    // Every page exactly once, each with its own text.
    Store store;
    QVERIFY(store.open(db));
    QList<int> seen;
    QStringList misread;
    store.forEachPage([&seen, &misread](const StoredPage &page) {
        seen << page.result.page;
        if (!page.result.text.contains(QStringLiteral("page number %1 ").arg(page.result.page)))
            misread << QStringLiteral("page %1: %2").arg(page.result.page).arg(page.result.text);
        return true;
    });
    QList<int> all;
    for (int page = 1; page <= kPages; ++page)
        all << page;
    QCOMPARE(seen, all);
    QVERIFY2(misread.isEmpty(), qPrintable(misread.join(QLatin1Char('\n'))));
}

// The run database's word list, --user-words and the personal list all reach
// Tesseract: made-up words it flags as unknown without them are known with them.
void TestCliRun::wordListsReachTesseract()
{
    const QString input = m_dir.filePath(QStringLiteral("words/made-up.pdf"));
    QVERIFY(QDir().mkpath(QFileInfo(input).absolutePath()));
    QVERIFY(writeScannedPdf(input, {{QStringLiteral("The quirelex report from Zorbitane.")}}, 300));
    const auto unknownWords = [&input](const QString &db) {
        Store store;
        if (!store.open(db))
            return QStringList{store.errorString()};
        const std::optional<StoredPage> page = store.loadPage(input, 1);
        if (!page)
            return QStringList{QStringLiteral("no page")};
        QStringList unknown;
        for (const Word &word : page->result.words) {
            if (word.notInDictionary)
                unknown.append(word.text);
        }
        return unknown;
    };
    const auto run = [&input](const QString &db, const QStringList &extra) {
        return runCli(QStringList{QStringLiteral("run"), QStringLiteral("--db"), db} + extra + QStringList{input});
    };

    const QString plainDb = m_dir.filePath(QStringLiteral("words/plain.sqlite"));
    CliResult result = run(plainDb, {});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(unknownWords(plainDb), (QStringList{QStringLiteral("quirelex"), QStringLiteral("Zorbitane.")}));

    // The database's list and a --user-words file, merged.
    const QString taughtDb = m_dir.filePath(QStringLiteral("words/taught.sqlite"));
    {
        Store store;
        QVERIFY(store.open(taughtDb));
        QVERIFY(store.addToLexicon(QStringLiteral("quirelex")));
    }
    const QString wordsFile = m_dir.filePath(QStringLiteral("words/extra.txt"));
    QVERIFY(writeBytes(wordsFile, "# names\nZorbitane\n"));
    result = run(taughtDb, {QStringLiteral("--user-words"), wordsFile});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(unknownWords(taughtDb), QStringList());

    // The personal list, used by default.
    const QString personal = m_dir.filePath(QStringLiteral("xdg/quire/words.txt"));
    QVERIFY(QDir().mkpath(QFileInfo(personal).absolutePath()));
    QVERIFY(writeBytes(personal, "Quirelex\n"));
    const QString personalDb = m_dir.filePath(QStringLiteral("words/personal.sqlite"));
    result = run(personalDb, {});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(unknownWords(personalDb), QStringList{QStringLiteral("Zorbitane.")});
    // ... unless told otherwise.
    const QString noneDb = m_dir.filePath(QStringLiteral("words/none.sqlite"));
    result = run(noneDb, {QStringLiteral("--user-words"), QString()});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(unknownWords(noneDb).size(), 2);
}

void TestCliRun::shardRunDoesOnlyItsPages()
{
    const QString folder = m_dir.filePath(QStringLiteral("shard"));
    QVERIFY(QDir().mkpath(folder));
    const QString pdf = QDir(folder).filePath(QStringLiteral("six.pdf"));
    QList<QStringList> pages;
    for (int page = 1; page <= 6; ++page)
        pages << QStringList{QStringLiteral("Shard page number %1.").arg(page)};
    QVERIFY(writeTextPdf(pdf, pages));
    QString error;
    ShardManifest manifest;
    manifest.index = 4;
    manifest.settings.dpi = 150;
    manifest.settingsKey = manifest.settings.key();
    manifest.entries << ShardEntry{pdf, InputScanner::hashFile(pdf, &error), {2, 3, 5}};
    const QString path = QDir(folder).filePath(QStringLiteral("shard-0004.json"));
    QVERIFY2(manifest.write(path, &error), qPrintable(error));

    const QString db = QDir(folder).filePath(QStringLiteral("shard-0004.sqlite"));
    const QString progress = QDir(folder).filePath(QStringLiteral("shard-0004.progress"));
    const CliResult result = runCli({QStringLiteral("run"), QStringLiteral("--shard"), path, QStringLiteral("--db"), db,
                                     QStringLiteral("--progress"), progress, QStringLiteral("--workers"),
                                     QStringLiteral("1")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("150 DPI")), qPrintable(result.err)); // the manifest's settings

    Store store;
    QVERIFY(store.open(db));
    QCOMPARE(store.donePages(manifest.entries.at(0).contentHash, manifest.settingsKey), (QSet<int>{2, 3, 5}));
    QCOMPARE(simplified(store.loadPage(pdf, 5, false)->result.text), QStringLiteral("Shard page number 5."));
    const std::optional<ShardProgress> snapshot = ShardProgress::read(progress);
    QVERIFY(snapshot);
    QCOMPARE(ShardProgress::toString(snapshot->state), QStringLiteral("finished"));
    QCOMPARE(snapshot->total, 3);
    QCOMPARE(snapshot->done, 3);

    // Paths and a manifest together are refused.
    QCOMPARE(runCli({QStringLiteral("run"), QStringLiteral("--shard"), path, pdf}).exitCode, 1);
}

void TestCliRun::shardRunRefusesChangedContent()
{
    const QString folder = m_dir.filePath(QStringLiteral("shard-changed"));
    QVERIFY(QDir().mkpath(folder));
    const QString pdf = QDir(folder).filePath(QStringLiteral("changed.pdf"));
    QVERIFY(writeTextPdf(pdf, {{QStringLiteral("Now it says something else.")}}));
    ShardManifest manifest;
    manifest.settingsKey = manifest.settings.key();
    manifest.entries << ShardEntry{pdf, QStringLiteral("0000hash-of-what-was-there-before"), {1}};
    const QString path = QDir(folder).filePath(QStringLiteral("shard-0000.json"));
    QString error;
    QVERIFY(manifest.write(path, &error));
    const QString progress = QDir(folder).filePath(QStringLiteral("shard-0000.progress"));
    const CliResult result = runCli({QStringLiteral("run"), QStringLiteral("--shard"), path, QStringLiteral("--db"),
                                     QDir(folder).filePath(QStringLiteral("shard.sqlite")), QStringLiteral("--progress"),
                                     progress});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(pdf) && result.err.contains(QStringLiteral("changed since")), qPrintable(result.err));
    const std::optional<ShardProgress> snapshot = ShardProgress::read(progress);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->done, 0);
    QVERIFY(!snapshot->failures.isEmpty());
    QVERIFY(snapshot->failures.at(0).contains(pdf));

    // A manifest the node cannot read says where it looked.
    const QString missing = QDir(folder).filePath(QStringLiteral("no-such-manifest.json"));
    const CliResult unreadable = runCli({QStringLiteral("run"), QStringLiteral("--shard"), missing, QStringLiteral("--db"),
                                         QDir(folder).filePath(QStringLiteral("x.sqlite"))});
    QCOMPARE(unreadable.exitCode, 1);
    QVERIFY2(unreadable.err.contains(missing), qPrintable(unreadable.err));
}

QTEST_MAIN(TestCliRun)
// Under a locale that writes 0,5 the bundled 200-DPI scan is still decoded
// from the PDF at its own resolution, not rendered at 300 DPI: qpdf reads the
// page's numbers with the C library, which must keep LC_NUMERIC at "C".
void TestCliRun::decimalCommaLocaleKeepsScansDecoded()
{
    if (!std::setlocale(LC_NUMERIC, "es_ES.UTF-8"))
        QSKIP("The es_ES.UTF-8 locale is not installed (packaging/install-deps.sh generates it).");
    std::setlocale(LC_NUMERIC, "C");
    const QString db = m_dir.filePath(QStringLiteral("locale.sqlite"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("es_ES.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("es_ES.UTF-8"));
    const CliResult result = runCli({QStringLiteral("run"), QStringLiteral("--db"), db, QStringLiteral("--workers"),
                                     QStringLiteral("1"), QStringLiteral(QUIRE_SAMPLES_DIR "/printing-scanned.pdf")},
                                    300'000, environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    Store store;
    QVERIFY(store.open(db));
    const std::optional<StoredPage> page =
        store.loadPage(QStringLiteral(QUIRE_SAMPLES_DIR "/printing-scanned.pdf"), 1);
    QVERIFY(page);
    QCOMPARE(page->result.dpi, 200);
    QCOMPARE(page->result.imageSize, QSize(1700, 2200));
}

#include "TestCliRun.moc"
