#include "export/HocrExporter.h"
#include "export/SqliteExporter.h"
#include "export/TextExporter.h"
#include "store/Store.h"

#include "StoreFixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>


using namespace quire;

namespace {

const QString kKey = QStringLiteral("k1");
const QString kAlpha = QStringLiteral("/in/alpha.pdf");

using test::makeDocument;
using test::makeWord;
using test::RawDb;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// What an hOCR element says: its class, title and (for words) text.
struct HocrElement
{
    QString cls;
    QString id;
    QString title;
    QString text;
};

bool parseHocr(const QByteArray &bytes, QList<HocrElement> *elements, QString *error)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString cls = xml.attributes().value(QLatin1String("class")).toString();
        if (!cls.startsWith(QLatin1String("ocr")))
            continue;
        HocrElement element{cls, xml.attributes().value(QLatin1String("id")).toString(),
                            xml.attributes().value(QLatin1String("title")).toString(), QString()};
        if (cls == QLatin1String("ocrx_word"))
            element.text = xml.readElementText();
        elements->append(element);
    }
    if (xml.hasError()) {
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("run.db"))), qPrintable(m_store.errorString()));
        auto addDocument = [this](const QString &path, const QString &hash, int pages) {
            return m_store.upsertDocument(makeDocument(path, hash, kKey, pages, DocumentStatus::Done));
        };

        // alpha.pdf: page 1 with two blocks and three lines, page 2 missing, page 3.
        addDocument(kAlpha, QStringLiteral("ha"), 3);
        PageResult one;
        one.page = 1;
        one.dpi = 300;
        one.imageSize = QSize(1000, 1400);
        one.words = {makeWord(QStringLiteral("Helo"), QRect(100, 100, 80, 30), 42.4f, 0, 0),
                     makeWord(QStringLiteral("there"), QRect(200, 102, 90, 30), 93.6f, 0, 0),
                     makeWord(QStringLiteral("second"), QRect(100, 150, 120, 32), 90.0f, 0, 1),
                     makeWord(QStringLiteral("line"), QRect(230, 150, 60, 30), 88.0f, 0, 1),
                     makeWord(QStringLiteral("block"), QRect(100, 400, 100, 30), 77.0f, 1, 2),
                     makeWord(QStringLiteral("two"), QRect(210, 400, 50, 30), 79.0f, 1, 2)};
        one.text = joinWords(one.words);
        m_store.addPage(QStringLiteral("ha"), kKey, one);
        PageResult three;
        three.page = 3;
        three.dpi = 300;
        three.imageSize = QSize(1000, 1400);
        three.words = {makeWord(QStringLiteral("Hallo"), QRect(10, 20, 30, 40), 95.0f, 0, 0),
                       makeWord(QStringLiteral("w0rld"), QRect(50, 20, 30, 40), 35.0f, 0, 0)};
        three.text = joinWords(three.words);
        m_store.addPage(QStringLiteral("ha"), kKey, three);

        // broken.pdf could not be opened; sub/alpha.tiff has one failed page.
        const qint64 broken = addDocument(QStringLiteral("/in/broken.pdf"), QStringLiteral("hb"), 0);
        QVERIFY(m_store.setDocumentState(broken, 0, DocumentStatus::Failed, QStringLiteral("damaged")));
        addDocument(QStringLiteral("/in/sub/alpha.tiff"), QStringLiteral("ht"), 1);
        PageResult failed;
        failed.page = 1;
        failed.status = PageStatus::Failed;
        failed.error = QStringLiteral("timed out");
        m_store.addPage(QStringLiteral("ht"), kKey, failed);

        const WordList words1 = m_store.loadPage(kAlpha, 1)->result.words;
        const WordList words3 = m_store.loadPage(kAlpha, 3)->result.words;
        QVERIFY(m_store.correctWord(words1.at(0).id, QStringLiteral("Hello")));
        QVERIFY(m_store.correctWord(words3.at(1).id, QStringLiteral("<world> & \"co\"")));
        QCOMPARE(m_store.pageCount(), 4);
    }

    void textExport()
    {
        const QString folder = m_dir.filePath(QStringLiteral("text/out"));
        QString error;
        QList<QPair<int, int>> steps;
        QVERIFY2(TextExporter::exportDocuments(m_store, folder, &error,
                                               [&](int done, int total) { steps.append({done, total}); }),
                 qPrintable(error));
        QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("alpha-2.txt"), QStringLiteral("alpha.txt")}));
        const QString alpha = QString::fromUtf8(readAll(folder + QStringLiteral("/alpha.txt")));
        QCOMPARE(alpha, QStringLiteral("Hello there\nsecond line\n\nblock two\f\fHallo <world> & \"co\""));
        const QStringList pages = alpha.split(QLatin1Char('\f'));
        QCOMPARE(pages.size(), 3);
        QVERIFY(pages.at(1).isEmpty()); // page 2 is missing
        QCOMPARE(readAll(folder + QStringLiteral("/alpha-2.txt")), QByteArray()); // its only page failed
        QCOMPARE(steps, (QList<QPair<int, int>>{{1, 4}, {2, 4}, {3, 4}, {4, 4}}));
    }

    void hocrExport()
    {
        const QString folder = m_dir.filePath(QStringLiteral("hocr"));
        QString error;
        QVERIFY2(HocrExporter::exportDocuments(m_store, folder, &error), qPrintable(error));
        QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("alpha-2.hocr"), QStringLiteral("alpha.hocr")}));
        const QByteArray bytes = readAll(folder + QStringLiteral("/alpha.hocr"));
        QVERIFY(bytes.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        QVERIFY(bytes.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\""));

        QList<HocrElement> elements;
        QVERIFY2(parseHocr(bytes, &elements, &error), qPrintable(error));
        QStringList classes;
        QStringList words;
        QStringList boxes;
        for (const HocrElement &e : elements) {
            classes.append(e.cls);
            if (e.cls == QLatin1String("ocrx_word"))
                words.append(e.text);
            boxes.append(e.title);
        }
        QCOMPARE(classes.join(QLatin1Char(' ')),
                 QStringLiteral("ocr_page ocr_carea ocr_line ocrx_word ocrx_word ocr_line ocrx_word ocrx_word "
                                "ocr_carea ocr_line ocrx_word ocrx_word "
                                "ocr_page ocr_carea ocr_line ocrx_word ocrx_word"));
        QCOMPARE(words, (QStringList{QStringLiteral("Hello"), QStringLiteral("there"), QStringLiteral("second"),
                                     QStringLiteral("line"), QStringLiteral("block"), QStringLiteral("two"),
                                     QStringLiteral("Hallo"), QStringLiteral("<world> & \"co\"")}));
        QCOMPARE(boxes.at(0), QStringLiteral("image \"/in/alpha.pdf\"; bbox 0 0 1000 1400; ppageno 0; scan_res 300 300"));
        QCOMPARE(elements.at(0).id, QStringLiteral("page_1"));
        QCOMPARE(boxes.at(1), QStringLiteral("bbox 100 100 290 182"));           // block 0
        QCOMPARE(boxes.at(2), QStringLiteral("bbox 100 100 290 132"));           // line 0
        QCOMPARE(boxes.at(3), QStringLiteral("bbox 100 100 180 130; x_wconf 42"));
        QCOMPARE(boxes.at(4), QStringLiteral("bbox 200 102 290 132; x_wconf 94"));
        QCOMPARE(boxes.at(8), QStringLiteral("bbox 100 400 260 430"));           // block 1
        QCOMPARE(boxes.at(12).section(QLatin1String("; "), 1, 2), QStringLiteral("bbox 0 0 1000 1400; ppageno 2"));
        QCOMPARE(elements.at(12).id, QStringLiteral("page_3"));
        QCOMPARE(boxes.at(16), QStringLiteral("bbox 50 20 80 60; x_wconf 35"));

        // The failed page is an empty ocr_page.
        elements.clear();
        QVERIFY2(parseHocr(readAll(folder + QStringLiteral("/alpha-2.hocr")), &elements, &error), qPrintable(error));
        QCOMPARE(elements.size(), 1);
        QCOMPARE(elements.at(0).cls, QStringLiteral("ocr_page"));
    }

    // Text and file names come from documents nobody vetted: markup,
    // quotes and characters XML cannot carry come out as text, never as
    // markup, and the file still parses.
    void hocrEscapesHostileText()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("hostile.db"))));
        // A file name cannot hold '/', so no closing tag there.
        const QString name = QStringLiteral("<script>alert(\"x\") 'q' & co");
        DocumentRecord record;
        record.path = QStringLiteral("/in/") + name + QStringLiteral(".pdf");
        record.contentHash = QStringLiteral("hx");
        record.pageCount = 1;
        record.status = DocumentStatus::Done;
        record.settingsKey = kKey;
        QVERIFY(store.upsertDocument(record) > 0);
        PageResult page;
        page.page = 1;
        page.dpi = 300;
        page.imageSize = QSize(100, 100);
        page.words = {makeWord(QStringLiteral("<script>alert('x')</script>"), QRect(1, 1, 9, 9), 90.0f, 0, 0),
                      makeWord(QStringLiteral("\"quoted\""), QRect(11, 1, 9, 9), 90.0f, 0, 0),
                      makeWord(QStringLiteral("a&b<!--"), QRect(21, 1, 9, 9), 90.0f, 0, 0),
                      makeWord(QStringLiteral("ctrl\x01\x0b") + QChar(0xfffe) + QStringLiteral("char"), QRect(31, 1, 9, 9), 90.0f, 0, 0),
                      makeWord(QStringLiteral("]]>"), QRect(41, 1, 9, 9), 90.0f, 0, 0)};
        page.text = joinWords(page.words);
        store.addPage(record.contentHash, kKey, page);

        const QString folder = dir.filePath(QStringLiteral("hocr"));
        QString error;
        QVERIFY2(HocrExporter::exportDocuments(store, folder, &error), qPrintable(error));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{name + QStringLiteral(".hocr")});
        const QByteArray bytes = readAll(folder + QLatin1Char('/') + name + QStringLiteral(".hocr"));
        QVERIFY2(!bytes.contains("<script"), bytes.constData());
        QVERIFY2(!bytes.contains("<!--"), bytes.constData());
        QVERIFY2(!bytes.contains('\x01') && !bytes.contains('\x0b'), bytes.constData());

        QList<HocrElement> elements;
        QVERIFY2(parseHocr(bytes, &elements, &error), qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(bytes)));
        QStringList words;
        for (const HocrElement &e : std::as_const(elements)) {
            if (e.cls == QLatin1String("ocrx_word"))
                words << e.text;
        }
        QCOMPARE(words, (QStringList{QStringLiteral("<script>alert('x')</script>"), QStringLiteral("\"quoted\""),
                                     QStringLiteral("a&b<!--"), QStringLiteral("ctrl\ufffd\ufffd\ufffdchar"),
                                     QStringLiteral("]]>")}));
        // The page's title names the image; a quote would end hOCR's quoted string early.
        QCOMPARE(elements.at(0).title.section(QLatin1String("; "), 0, 0),
                 QStringLiteral("image \"/in/<script>alert('x') 'q' & co.pdf\""));
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd() && !(xml.isStartElement() && xml.name() == QLatin1String("title")))
            xml.readNext();
        QCOMPARE(xml.readElementText(), name + QStringLiteral(".pdf"));
    }

    void sqliteExport()
    {
        const QString path = m_dir.filePath(QStringLiteral("results.sqlite"));
        QString error;
        int calls = 0;
        QVERIFY2(SqliteExporter::exportDatabase(m_store, path, &error, [&](int, int) { ++calls; }), qPrintable(error));
        QCOMPARE(calls, 4);
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        {
            RawDb db(path);
            QCOMPARE(db.rows("SELECT path, status, coalesce(error, '') FROM documents ORDER BY path"),
                     QStringLiteral("/in/alpha.pdf|done|\n/in/broken.pdf|failed|damaged\n/in/sub/alpha.tiff|done|"));
            QCOMPARE(db.rows("SELECT d.path, p.page, p.status, p.corrected, p.text, p.recognized_text FROM pages p"
                             " JOIN documents d ON d.id = p.document_id ORDER BY d.path, p.page"),
                     QStringLiteral("/in/alpha.pdf|1|done|1|Hello there\nsecond line\n\nblock two|Helo there\nsecond "
                                    "line\n\nblock two\n"
                                    "/in/alpha.pdf|3|done|1|Hallo <world> & \"co\"|Hallo w0rld\n"
                                    "/in/sub/alpha.tiff|1|failed|0||"));
            QCOMPARE(db.rows("SELECT text, recognized_text, corrected, x, y, w, h, block, line FROM words"
                             " WHERE corrected = 1 ORDER BY id"),
                     QStringLiteral("Hello|Helo|1|100|100|80|30|0|0\n<world> & \"co\"|w0rld|1|50|20|30|40|0|0"));
            QCOMPARE(db.rows("SELECT count(*), sum(corrected) FROM words"), QStringLiteral("8|2"));
        }
        // Exporting again replaces the file.
        QVERIFY2(SqliteExporter::exportDatabase(m_store, path, &error), qPrintable(error));
        QCOMPARE(RawDb(path).rows("SELECT count(*) FROM pages"), QStringLiteral("3"));
    }

    void failuresNameTheTarget()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString folder = m_dir.filePath(QStringLiteral("a-file/sub"));
        QString error;
        QVERIFY(!TextExporter::exportDocuments(m_store, folder, &error));
        QVERIFY2(error.contains(folder), qPrintable(error));
        QVERIFY(!HocrExporter::exportDocuments(m_store, folder, &error));
        QVERIFY2(error.contains(folder), qPrintable(error));
        const QString file = folder + QStringLiteral("/x.sqlite");
        QVERIFY(!SqliteExporter::exportDatabase(m_store, file, &error));
        QVERIFY2(error.contains(file), qPrintable(error));

        Store closed;
        const QString out = m_dir.filePath(QStringLiteral("closed"));
        QVERIFY(!TextExporter::exportDocuments(closed, out, &error));
        QVERIFY2(error.contains(QLatin1String("not open")), qPrintable(error));
        QVERIFY(!SqliteExporter::exportDatabase(closed, out + QStringLiteral(".sqlite"), &error));
        QVERIFY2(error.contains(QLatin1String("not open")), qPrintable(error));
        QVERIFY(!QFile::exists(out + QStringLiteral(".sqlite")));
    }

private:
    QTemporaryDir m_dir;
    Store m_store;
};

QTEST_GUILESS_MAIN(TestExporters)
#include "TestExporters.moc"
