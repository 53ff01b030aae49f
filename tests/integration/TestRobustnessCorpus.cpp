#include "CliRunner.h"
#include "PdfChecks.h"
#include "TestDocuments.h"

#include "export/PdfOutputNames.h"
#include "store/Store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace quire::test;

namespace {

QString corpusDir()
{
    return QStringLiteral(QUIRE_CORPUS_DIR);
}

/// Passwords from the corpus's passwords.tsv (user and owner columns).
QStringList corpusPasswords()
{
    QStringList passwords;
    QFile file(corpusDir() + QStringLiteral("/passwords.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return passwords;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        for (int column : {1, 2}) {
            const QString value = fields.value(column);
            if (!value.isEmpty() && !value.startsWith(QLatin1Char('(')) && !value.contains(QLatin1Char('\\')))
                passwords << value;
        }
    }
    passwords << QStringLiteral("SaSLprep"); // the SASLprep form of the escaped one
    passwords.removeDuplicates();
    return passwords;
}

} // namespace

/// Every real-world odd PDF of the corpus ends in a result or a clear
/// per-file error: no crash, no hang, and the run goes on.
class TestRobustnessCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runFinishesWithoutCrashing();
    void everyFileHasARow();
    void failuresNameTheirFile();
    void expectedOutcomes_data();
    void expectedOutcomes();
    void encryptedWithoutPasswordSaysSo();
    void searchablePdfsOfOddFiles();

private:
    QTemporaryDir m_dir;
    CliResult m_run;
    QStringList m_pdfs;
    QList<QStringList> m_rows;
};

void TestRobustnessCorpus::initTestCase()
{
    if (corpusDir().isEmpty() || !QFileInfo(corpusDir() + QStringLiteral("/robustness")).isDir())
        QSKIP("The shared corpus is not available: configure with -DQUIRE_CORPUS_DIR=/path/to/shared/corpus "
              "to run the robustness corpus.");
    QVERIFY(m_dir.isValid());
    QDirIterator it(corpusDir() + QStringLiteral("/robustness"), {QStringLiteral("*.pdf")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        m_pdfs << QFileInfo(it.next()).absoluteFilePath();
    QVERIFY(m_pdfs.size() >= 70);

    QStringList arguments = {QStringLiteral("run"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("r.sqlite")),
                             QStringLiteral("--export-csv"), m_dir.filePath(QStringLiteral("r.csv")),
                             QStringLiteral("--dpi"), QStringLiteral("100")};
    // The decompression bomb's page takes some 5 s to render at 100 DPI on
    // an idle machine (15 s in the sanitized build), with no heartbeat
    // meanwhile; on a busy one that came close to the default 30 s timeout
    // and the page, expected to finish here, was quarantined.
    arguments << QStringLiteral("--heartbeat-timeout") << QStringLiteral("120");
    for (const QString &password : corpusPasswords())
        arguments << QStringLiteral("--password") << password;
    arguments << corpusDir() + QStringLiteral("/robustness");
    m_run = runCli(arguments, 800'000);

    QFile csv(m_dir.filePath(QStringLiteral("r.csv")));
    if (csv.open(QIODevice::ReadOnly))
        m_rows = parseCsv(QString::fromUtf8(csv.readAll()));
}

void TestRobustnessCorpus::runFinishesWithoutCrashing()
{
    QCOMPARE(m_run.exitStatus, QProcess::NormalExit);
    // Some corpus files are beyond repair, so the run reports failures.
    QVERIFY2(m_run.exitCode == 2, qPrintable(m_run.err.right(4000)));
}

void TestRobustnessCorpus::everyFileHasARow()
{
    QSet<QString> documents;
    for (qsizetype i = 1; i < m_rows.size(); ++i)
        documents.insert(m_rows.at(i).value(0));
    QStringList missing;
    for (const QString &pdf : std::as_const(m_pdfs)) {
        if (!documents.contains(pdf))
            missing << pdf;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestRobustnessCorpus::failuresNameTheirFile()
{
    int failures = 0;
    for (qsizetype i = 1; i < m_rows.size(); ++i) {
        const QStringList &row = m_rows.at(i);
        if (row.value(3) != QStringLiteral("failed"))
            continue;
        ++failures;
        const QString name = QFileInfo(row.value(0)).fileName();
        QVERIFY2(row.value(5).contains(name), qPrintable(row.join(QLatin1Char('|'))));
        if (row.value(1) != QStringLiteral("0"))
            QVERIFY2(row.value(5).contains(QStringLiteral("page ") + row.value(1)), qPrintable(row.join(QLatin1Char('|'))));
    }
    QVERIFY(failures > 0);
}

void TestRobustnessCorpus::expectedOutcomes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("errorContains");

    // Not a PDF anyone can read.
    QTest::newRow("invalid") << QStringLiteral("ocrmypdf/invalid.pdf") << 0 << QString() << QStringLiteral("failed") << QStringLiteral("damaged");
    QTest::newRow("fuzzed, no trailer") << QStringLiteral("pikepdf/fuzz-378014596.pdf") << 0 << QString() << QStringLiteral("failed") << QStringLiteral("damaged");
    // Encrypted, opened with the passwords given.
    QTest::newRow("user password") << QStringLiteral("ocrmypdf/skew-encrypted.pdf") << 1 << QStringLiteral("ocr") << QStringLiteral("done") << QString();
    QTest::newRow("aes-256 user password") << QStringLiteral("pikepdf/graph-encrypted.pdf") << 1 << QStringLiteral("ocr") << QStringLiteral("done") << QString();
    QTest::newRow("owner password only") << QStringLiteral("ocrmypdf/encrypted_algo4.pdf") << 1 << QStringLiteral("ocr") << QStringLiteral("done") << QString();
    // Text layers: full ones take the fast lane, partial ones and garbage ones are recognized.
    QTest::newRow("invisible OCR layer") << QStringLiteral("pikepdf/sandwich.pdf") << 1 << QStringLiteral("text") << QStringLiteral("done") << QString();
    QTest::newRow("born digital") << QStringLiteral("py-pdf-sample-files/multicolumn.pdf") << 3 << QStringLiteral("text") << QStringLiteral("done") << QString();
    QTest::newRow("header stamp only") << QStringLiteral("scribe-test-assets/gov.uscourts.cand.249697.1.0_2.pdf") << 5 << QStringLiteral("ocr")
                                       << QStringLiteral("done") << QString();
    QTest::newRow("few header words") << QStringLiteral("scribe-test-assets/ashcroft-v-iqbal.pdf") << 2
                                      << QStringLiteral("ocr") << QStringLiteral("done") << QString();
    QTest::newRow("full layer in the same file") << QStringLiteral("scribe-test-assets/ashcroft-v-iqbal.pdf") << 10
                                                 << QStringLiteral("text") << QStringLiteral("done") << QString();
    QTest::newRow("font without unicode map") << QStringLiteral("ocrmypdf/truetype_font_nomapping.pdf") << 1 << QStringLiteral("ocr") << QStringLiteral("done") << QString();
    QTest::newRow("text as vector outlines") << QStringLiteral("ocrmypdf/vector.pdf") << 1 << QStringLiteral("ocr") << QStringLiteral("done") << QString();
    // Huge pages are rendered at a lower resolution instead of exhausting memory.
    QTest::newRow("decompression bomb") << QStringLiteral("ocrmypdf/hugemono.pdf") << 1 << QStringLiteral("ocr") << QStringLiteral("done") << QString();
    QTest::newRow("30 inch page") << QStringLiteral("ocrmypdf/enormous.pdf") << 1 << QStringLiteral("ocr") << QStringLiteral("done") << QString();
    // Blank pages are results, not errors, and not recognized.
    QTest::newRow("no contents") << QStringLiteral("ocrmypdf/no_contents.pdf") << 1 << QStringLiteral("blank") << QStringLiteral("done") << QString();
    QTest::newRow("blank page") << QStringLiteral("ocrmypdf/blank.pdf") << 1 << QStringLiteral("blank") << QStringLiteral("done") << QString();
    QTest::newRow("smallest pdf") << QStringLiteral("ocrmypdf/trivial.pdf") << 1 << QStringLiteral("blank") << QStringLiteral("done") << QString();
    // Scans decoded from the file, each codec.
    QTest::newRow("ccitt scan") << QStringLiteral("ocrmypdf/ccitt.pdf") << 1 << QStringLiteral("ocr") << QStringLiteral("done") << QString();
    QTest::newRow("jbig2 scan") << QStringLiteral("ocrmypdf/jbig2.pdf") << 1 << QStringLiteral("ocr") << QStringLiteral("done") << QString();
    QTest::newRow("colour jpeg scan") << QStringLiteral("pikepdf/congress.pdf") << 1 << QStringLiteral("ocr") << QStringLiteral("done") << QString();
}

void TestRobustnessCorpus::expectedOutcomes()
{
    QFETCH(QString, file);
    QFETCH(int, page);
    QFETCH(QString, kind);
    QFETCH(QString, status);
    QFETCH(QString, errorContains);
    const QString path = QFileInfo(corpusDir() + QStringLiteral("/robustness/") + file).absoluteFilePath();
    for (qsizetype i = 1; i < m_rows.size(); ++i) {
        const QStringList &row = m_rows.at(i);
        if (row.value(0) != path || row.value(1).toInt() != page)
            continue;
        const QString shown = row.mid(0, 6).join(QLatin1Char('|'));
        QCOMPARE(row.value(3), status);
        if (!kind.isEmpty())
            QVERIFY2(row.value(2) == kind, qPrintable(shown));
        if (!errorContains.isEmpty())
            QVERIFY2(row.value(5).contains(errorContains, Qt::CaseInsensitive), qPrintable(shown));
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no row for %1 page %2").arg(file).arg(page)));
}

void TestRobustnessCorpus::encryptedWithoutPasswordSaysSo()
{
    const QString file = corpusDir() + QStringLiteral("/robustness/pikepdf/graph-encrypted.pdf");
    const CliResult result = runCli({QStringLiteral("run"), QStringLiteral("--db"),
                                     m_dir.filePath(QStringLiteral("nopw.sqlite")), file});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("graph-encrypted.pdf")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("--password")), qPrintable(result.err));
}

/// Every odd PDF that was read gets a searchable PDF with its own objects
/// untouched, or a clear message naming it; a page whose own text layer is
/// only a header gets the OCR text of its body, and the header once.
void TestRobustnessCorpus::searchablePdfsOfOddFiles()
{
    const QString db = m_dir.filePath(QStringLiteral("r.sqlite"));
    const QString folder = m_dir.filePath(QStringLiteral("pdf"));
    QStringList arguments = {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--pdf"), folder};
    const QStringList passwords = corpusPasswords();
    for (const QString &password : passwords)
        arguments << QStringLiteral("--password") << password;
    const CliResult result = runCli(arguments, 600'000);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 2, qPrintable(result.err.right(4000))); // damaged files, a signed form
    QVERIFY2(result.err.contains(QStringLiteral("form_dd0293.pdf is digitally signed")), qPrintable(result.err.right(4000)));

    quire::Store store;
    QVERIFY(store.open(db));
    QStringList paths;
    const QList<quire::DocumentRecord> documents = store.documents();
    for (const quire::DocumentRecord &document : documents)
        paths << document.path;
    const quire::PdfOutputNames names(folder, paths);
    int written = 0;
    for (const quire::DocumentRecord &document : documents) {
        if (document.pageCount == 0)
            continue; // could not be opened: no PDF, and the run said why
        const QString output = names.outputFor(document.path);
        const QString name = QFileInfo(document.path).fileName();
        if (!QFileInfo::exists(output)) {
            QVERIFY2(result.err.contains(name), qPrintable(name + QStringLiteral(" has neither a PDF nor a message")));
            continue;
        }
        ++written;
        QString password;
        for (const QString &candidate : passwords) {
            if (runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-upw"), candidate, document.path}).exitCode == 0) {
                password = candidate;
                break;
            }
        }
        QString why;
        QVERIFY2(originalStreamsKept(document.path, output, password, &why), qPrintable(name + QStringLiteral(": ") + why));
    }
    QVERIFY(written >= 55);

    const QString court = corpusDir() + QStringLiteral("/robustness/scribe-test-assets/gov.uscourts.cand.249697.1.0_2.pdf");
    const QString page5 = extractText(names.outputFor(QFileInfo(court).absoluteFilePath())).value(4);
    QCOMPARE(page5.count(QStringLiteral("Case 4:11-cv-06714-YGR")), 1);
    QVERIFY2(page5.contains(QStringLiteral("iPhone")), qPrintable(page5));
}

QTEST_GUILESS_MAIN(TestRobustnessCorpus)
#include "TestRobustnessCorpus.moc"
