#include "export/CsvExporter.h"
#include "store/Store.h"

#include "StoreFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

namespace {

using Row = QStringList;

// A strict RFC 4180 reader: records end in CRLF, quoted fields may hold
// commas, CR, LF and doubled quotes. Anything else (a bare LF between records,
// a quote inside an unquoted field, text after a closing quote) is an error.
bool parseCsv(const QByteArray &bytes, QList<Row> *rows, QString *error)
{
    const QString text = QString::fromUtf8(bytes);
    Row row;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto fail = [&](const QString &why) {
        *error = QStringLiteral("%1 at character %2").arg(why).arg(i);
        return false;
    };
    while (i < n) {
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            while (true) {
                if (i >= n)
                    return fail(QStringLiteral("unterminated quoted field"));
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\n'))
                    return fail(QStringLiteral("quote or bare LF in an unquoted field"));
                field += text.at(i++);
            }
        }
        if (i >= n)
            return fail(QStringLiteral("last record does not end in CRLF"));
        if (text.at(i) == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            ++i;
            continue;
        }
        if (text.at(i) != QLatin1Char('\r') || i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))
            return fail(QStringLiteral("expected CRLF"));
        row.append(field);
        field.clear();
        rows->append(row);
        row.clear();
        i += 2;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

using test::makeWord;

const QString kKey = QStringLiteral("k1");

} // namespace

class TestCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("run.db"))), qPrintable(m_store.errorString()));

        auto addDocument = [this](const QString &path, const QString &hash, int pages, DocumentStatus status) {
            return m_store.upsertDocument(test::makeDocument(path, hash, kKey, pages, status));
        };

        // a.pdf: an OCR page with awkward text, and a failed page.
        addDocument(QStringLiteral("/in/a, \"quoted\".pdf"), QStringLiteral("ha"), 2, DocumentStatus::Partial);
        PageResult ocr;
        ocr.page = 1;
        ocr.kind = PageKind::Ocr;
        ocr.dpi = 300;
        ocr.words = {makeWord(QStringLiteral("Größe,"), QRect(10, 20, 30, 40), 91.256f, 0, 0),
                     makeWord(QStringLiteral("\"5\""), QRect(50, 20, 12, 40), 80.0f, 0, 0),
                     makeWord(QStringLiteral("next"), QRect(10, 80, 44, 38), 66.5f, 1, 1)};
        ocr.text = joinWords(ocr.words);
        ocr.meanConfidence = 79.25;
        m_store.addPage(QStringLiteral("ha"), kKey, ocr);
        PageResult failed;
        failed.page = 2;
        failed.status = PageStatus::Failed;
        failed.error = QStringLiteral("Page 2: the worker crashed 3 times, \"quarantined\"\r\nretry with --retry");
        m_store.addPage(QStringLiteral("ha"), kKey, failed);

        // b.pdf: could not be opened at all.
        const qint64 b = addDocument(QStringLiteral("/in/b.pdf"), QStringLiteral("hb"), 0, DocumentStatus::Pending);
        QVERIFY(m_store.setDocumentState(b, 0, DocumentStatus::Failed,
                                         QStringLiteral("Could not open /in/b.pdf: damaged, not a PDF")));

        // c.pdf: a blank page (no words).
        addDocument(QStringLiteral("/in/c.pdf"), QStringLiteral("hc"), 1, DocumentStatus::Done);
        PageResult blank;
        blank.page = 1;
        blank.kind = PageKind::Blank;
        blank.dpi = 72;
        m_store.addPage(QStringLiteral("hc"), kKey, blank);
    }

    void escapeField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("hello world") << QStringLiteral("hello world");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("lf") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
        QTest::newRow("non-ascii") << QStringLiteral("café “x” 中文") << QStringLiteral("café “x” 中文");
        QTest::newRow("spaces kept") << QStringLiteral(" padded ") << QStringLiteral(" padded ");
    }

    void escapeField()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvExporter::escapeField(field), expected);
    }

    void exportPagesExactBytes()
    {
        const QString path = m_dir.filePath(QStringLiteral("pages.csv"));
        QString error;
        QVERIFY2(CsvExporter::exportPages(m_store, path, &error), qPrintable(error));
        QVERIFY(error.isEmpty());

        const QByteArray expected =
            "document,page,kind,status,confidence,error,text\r\n"
            "\"/in/a, \"\"quoted\"\".pdf\",1,ocr,done,79.25,,\"Gr\xc3\xb6\xc3\x9f" "e, \"\"5\"\"\n\nnext\"\r\n"
            "\"/in/a, \"\"quoted\"\".pdf\",2,ocr,failed,,\"Page 2: the worker crashed 3 times, \"\"quarantined\"\"\r\n"
            "retry with --retry\",\r\n"
            "/in/b.pdf,0,,failed,,\"Could not open /in/b.pdf: damaged, not a PDF\",\r\n"
            "/in/c.pdf,1,blank,done,,,\r\n";
        QCOMPARE(readAll(path), expected);
    }

    void exportPagesRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("pages-rt.csv"));
        QString error;
        QVERIFY2(CsvExporter::exportPages(m_store, path, &error), qPrintable(error));
        QList<Row> rows;
        QVERIFY2(parseCsv(readAll(path), &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).join(QLatin1Char('|')), QStringLiteral("document|page|kind|status|confidence|error|text"));
        for (const Row &row : std::as_const(rows))
            QCOMPARE(row.size(), 7);

        QCOMPARE(rows.at(1).at(0), QStringLiteral("/in/a, \"quoted\".pdf"));
        QCOMPARE(rows.at(1).at(4), QStringLiteral("79.25"));
        QCOMPARE(rows.at(1).at(6), QStringLiteral("Größe, \"5\"\n\nnext"));
        QCOMPARE(rows.at(2).at(5),
                 QStringLiteral("Page 2: the worker crashed 3 times, \"quarantined\"\r\nretry with --retry"));
        QCOMPARE(rows.at(3), (Row{QStringLiteral("/in/b.pdf"), QStringLiteral("0"), QString(), QStringLiteral("failed"),
                                  QString(), QStringLiteral("Could not open /in/b.pdf: damaged, not a PDF"), QString()}));
        QCOMPARE(rows.at(4).at(2), QStringLiteral("blank"));
        QCOMPARE(rows.at(4).at(4), QString()); // no words, no confidence
    }

    void exportWords()
    {
        const QString path = m_dir.filePath(QStringLiteral("words.csv"));
        QString error;
        QVERIFY2(CsvExporter::exportWords(m_store, path, &error), qPrintable(error));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith(
            "document,page,kind,block,line,word,x,y,width,height,dpi,confidence,text,corrected,original\r\n"));

        QList<Row> rows;
        QVERIFY2(parseCsv(bytes, &rows, &error), qPrintable(error));
        // Header and the three words of a.pdf page 1; failed and blank pages have none.
        QCOMPARE(rows.size(), 4);
        const QString doc = QStringLiteral("/in/a, \"quoted\".pdf");
        auto row = [&](QStringList rest) {
            return Row{doc, QStringLiteral("1"), QStringLiteral("ocr")} + rest;
        };
        QCOMPARE(rows.at(1), row({QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("10"),
                                  QStringLiteral("20"), QStringLiteral("30"), QStringLiteral("40"), QStringLiteral("300"),
                                  QStringLiteral("91.26"), QStringLiteral("Größe,"), QStringLiteral("0"),
                                  QStringLiteral("Größe,")}));
        QCOMPARE(rows.at(2), row({QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("50"),
                                  QStringLiteral("20"), QStringLiteral("12"), QStringLiteral("40"), QStringLiteral("300"),
                                  QStringLiteral("80.00"), QStringLiteral("\"5\""), QStringLiteral("0"),
                                  QStringLiteral("\"5\"")}));
        QCOMPARE(rows.at(3), row({QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("10"),
                                  QStringLiteral("80"), QStringLiteral("44"), QStringLiteral("38"), QStringLiteral("300"),
                                  QStringLiteral("66.50"), QStringLiteral("next"), QStringLiteral("0"),
                                  QStringLiteral("next")}));
    }

    // Both CSVs carry the person's corrections; the words CSV also what OCR read.
    void correctionsInBothCsvs()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("corrected.db"))));
        DocumentRecord record;
        record.path = QStringLiteral("/in/letter.pdf");
        record.contentHash = QStringLiteral("hl");
        record.pageCount = 1;
        record.status = DocumentStatus::Done;
        record.settingsKey = kKey;
        QVERIFY(store.upsertDocument(record) > 0);
        PageResult page;
        page.page = 1;
        page.dpi = 300;
        page.words = {makeWord(QStringLiteral("Dcar"), QRect(1, 2, 3, 4), 41.0f, 0, 0),
                      makeWord(QStringLiteral("Sir,"), QRect(5, 2, 3, 4), 90.0f, 0, 0)};
        page.text = joinWords(page.words);
        store.addPage(record.contentHash, kKey, page);
        const qint64 id = store.loadPage(record.path, 1)->result.words.at(0).id;
        QVERIFY2(store.correctWord(id, QStringLiteral("Dear, \"friend\"")), qPrintable(store.errorString()));

        QString error;
        QList<QPair<int, int>> steps;
        const QString pages = dir.filePath(QStringLiteral("pages.csv"));
        QVERIFY2(CsvExporter::exportPages(store, pages, &error, [&](int done, int total) { steps.append({done, total}); }),
                 qPrintable(error));
        QCOMPARE(steps, (QList<QPair<int, int>>{{1, 1}}));
        QCOMPARE(readAll(pages), QByteArray("document,page,kind,status,confidence,error,text\r\n"
                                            "/in/letter.pdf,1,ocr,done,,,\"Dear, \"\"friend\"\" Sir,\"\r\n"));

        const QString words = dir.filePath(QStringLiteral("words.csv"));
        QVERIFY2(CsvExporter::exportWords(store, words, &error), qPrintable(error));
        QList<Row> rows;
        QVERIFY2(parseCsv(readAll(words), &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).mid(12), (Row{QStringLiteral("Dear, \"friend\""), QStringLiteral("1"), QStringLiteral("Dcar")}));
        QCOMPARE(rows.at(2).mid(12), (Row{QStringLiteral("Sir,"), QStringLiteral("0"), QStringLiteral("Sir,")}));
    }

    void neutralizeFormula_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("'=HYPERLINK(\"http://x\")");
        QTest::newRow("plus") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("plain") << QStringLiteral("a = b") << QStringLiteral("a = b");
        QTest::newRow("leading space") << QStringLiteral(" =1") << QStringLiteral(" =1");
        QTest::newRow("apostrophe already") << QStringLiteral("'=1") << QStringLiteral("'=1");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("path") << QStringLiteral("/in/=x.pdf") << QStringLiteral("/in/=x.pdf");
    }

    void neutralizeFormula()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvExporter::neutralizeFormula(field), expected);
    }

    // OCR text, corrected words and errors that a spreadsheet would run are
    // written as text by default, and as they are when asked.
    void formulasNeutralizedUnlessRaw()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("formulas.db"))));
        DocumentRecord record;
        record.path = QStringLiteral("/in/invoice.pdf");
        record.contentHash = QStringLiteral("hf");
        record.pageCount = 2;
        record.status = DocumentStatus::Partial;
        record.settingsKey = kKey;
        QVERIFY(store.upsertDocument(record) > 0);
        PageResult page;
        page.page = 1;
        page.dpi = 300;
        page.words = {makeWord(QStringLiteral("=cmd|'/C"), QRect(1, 2, 3, 4), 40.0f, 0, 0),
                      makeWord(QStringLiteral("calc'!A0"), QRect(5, 2, 3, 4), 90.0f, 0, 0),
                      makeWord(QStringLiteral("-5"), QRect(9, 2, 3, 4), 90.0f, 0, 0),
                      makeWord(QStringLiteral("@SUM(1)"), QRect(13, 2, 3, 4), 90.0f, 0, 0)};
        page.text = joinWords(page.words);
        store.addPage(record.contentHash, kKey, page);
        PageResult failed;
        failed.page = 2;
        failed.status = PageStatus::Failed;
        failed.error = QStringLiteral("+x.pdf, page 2: damaged");
        store.addPage(record.contentHash, kKey, failed);
        const qint64 second = store.loadPage(record.path, 1)->result.words.at(1).id;
        QVERIFY(store.correctWord(second, QStringLiteral("+SUM(A1:A9)")));

        QString error;
        const QString pages = dir.filePath(QStringLiteral("pages.csv"));
        QVERIFY2(CsvExporter::exportPages(store, pages, &error), qPrintable(error));
        QList<Row> rows;
        QVERIFY2(parseCsv(readAll(pages), &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).at(6), QStringLiteral("'=cmd|'/C +SUM(A1:A9) -5 @SUM(1)"));
        QCOMPARE(rows.at(2).at(5), QStringLiteral("'+x.pdf, page 2: damaged"));

        const QString words = dir.filePath(QStringLiteral("words.csv"));
        QVERIFY2(CsvExporter::exportWords(store, words, &error), qPrintable(error));
        rows.clear();
        QVERIFY2(parseCsv(readAll(words), &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(1).mid(12), (Row{QStringLiteral("'=cmd|'/C"), QStringLiteral("0"), QStringLiteral("'=cmd|'/C")}));
        QCOMPARE(rows.at(2).mid(12), (Row{QStringLiteral("'+SUM(A1:A9)"), QStringLiteral("1"), QStringLiteral("calc'!A0")}));
        QCOMPARE(rows.at(3).mid(6, 1), (Row{QStringLiteral("9")})); // numbers are never touched
        QCOMPARE(rows.at(3).at(12), QStringLiteral("'-5"));
        QCOMPARE(rows.at(4).at(12), QStringLiteral("'@SUM(1)"));

        const QString raw = dir.filePath(QStringLiteral("raw.csv"));
        QVERIFY2(CsvExporter::exportWords(store, raw, &error, {}, CsvCells::Raw), qPrintable(error));
        rows.clear();
        QVERIFY2(parseCsv(readAll(raw), &rows, &error), qPrintable(error));
        QCOMPARE(rows.at(1).at(12), QStringLiteral("=cmd|'/C"));
        QCOMPARE(rows.at(2).at(12), QStringLiteral("+SUM(A1:A9)"));
        const QString rawPages = dir.filePath(QStringLiteral("raw-pages.csv"));
        QVERIFY2(CsvExporter::exportPages(store, rawPages, &error, {}, CsvCells::Raw), qPrintable(error));
        rows.clear();
        QVERIFY2(parseCsv(readAll(rawPages), &rows, &error), qPrintable(error));
        QCOMPARE(rows.at(1).at(6), QStringLiteral("=cmd|'/C +SUM(A1:A9) -5 @SUM(1)"));
        QCOMPARE(rows.at(2).at(5), QStringLiteral("+x.pdf, page 2: damaged"));
    }

    void unwritablePathNamesThePath()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/pages.csv"));
        QString error;
        QVERIFY(!CsvExporter::exportPages(m_store, path, &error));
        qInfo("%s", qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void failedReadLeavesOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents\r\n");
        }
        Store closed; // never opened: reading fails
        QString error;
        QVERIFY(!CsvExporter::exportWords(closed, path, &error));
        qInfo("%s", qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("old contents\r\n"));
    }

    void manyPagesStream()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("big.db"))));
        DocumentRecord record;
        record.path = QStringLiteral("/in/big.pdf");
        record.contentHash = QStringLiteral("big");
        record.pageCount = 3000;
        record.status = DocumentStatus::Done;
        record.settingsKey = kKey;
        QVERIFY(store.upsertDocument(record) > 0);
        const QString line = QStringLiteral("The quick brown fox, \"jumps\" over the lazy dog.\n").repeated(40);
        for (int page = 1; page <= 3000; ++page) {
            PageResult r;
            r.page = page;
            r.text = line;
            r.meanConfidence = 90;
            store.addPage(record.contentHash, kKey, r);
        }
        QVERIFY(store.flush());
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(CsvExporter::exportPages(store, path, &error), qPrintable(error));
        qInfo("3000 pages (%lld MB of CSV) exported in %lld ms", QFileInfo(path).size() >> 20, timer.elapsed());
        QList<Row> rows;
        QVERIFY2(parseCsv(readAll(path), &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 3001);
        QCOMPARE(rows.last().at(1), QStringLiteral("3000"));
        QCOMPARE(rows.last().at(6), line);
    }

private:
    QTemporaryDir m_dir;
    Store m_store;
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "TestCsvExporter.moc"
