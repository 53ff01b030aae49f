#include "pipeline/InputScanner.h"

#include "TestDocuments.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using quire::DocumentType;
using quire::InputDocument;
using quire::InputScanner;
using quire::ScanResult;

namespace {

// Enough of a PDF for detection by content; the scanner does not parse it.
const QByteArray kPdfBytes =
    "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

QByteArray imageBytes(const char *format)
{
    QImage image(40, 30, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

const InputDocument *find(const ScanResult &result, const QString &path)
{
    for (const InputDocument &doc : result.documents) {
        if (doc.path == path)
            return &doc;
    }
    return nullptr;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestInputScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void folderTree_data();
    void folderTree();
    void explicitFiles();
    void duplicatesAndMissing();
    void identicalContent();
    void symlinkedFolderNotFollowed();
    void hashFile();

private:
    void write(const QString &relative, const QByteArray &bytes);
    QString path(const QString &relative) const { return QDir::cleanPath(m_dir->filePath(relative)); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestInputScanner::write(const QString &relative, const QByteArray &bytes)
{
    const QString full = path(relative);
    QVERIFY(QDir().mkpath(QFileInfo(full).absolutePath()));
    QVERIFY(quire::test::writeBytes(full, bytes));
}

void TestInputScanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    write(u"docs/a.pdf"_s, kPdfBytes);
    write(u"docs/scan.png"_s, imageBytes("PNG"));
    write(u"docs/nested/deeper/photo.jpg"_s, imageBytes("JPEG"));
    write(u"docs/nested/pages.tiff"_s, imageBytes("TIFF"));
    write(u"docs/nested/no-extension"_s, kPdfBytes); // a PDF by content
    write(u"docs/README.txt"_s, "Not a document.\n");
    write(u"docs/nested/data.csv"_s, "a,b\n1,2\n");
    write(u"docs/nested/bad.pdf"_s, "This is text, whatever the name says.\n");
    write(u"docs/empty.png"_s, QByteArray());
}

void TestInputScanner::folderTree_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<DocumentType>("type");
    QTest::addColumn<QString>("error");

    QTest::newRow("pdf") << u"docs/a.pdf"_s << DocumentType::Pdf << QString();
    QTest::newRow("png") << u"docs/scan.png"_s << DocumentType::Png << QString();
    QTest::newRow("nested jpeg") << u"docs/nested/deeper/photo.jpg"_s << DocumentType::Jpeg << QString();
    QTest::newRow("tiff") << u"docs/nested/pages.tiff"_s << DocumentType::Tiff << QString();
    QTest::newRow("pdf without extension") << u"docs/nested/no-extension"_s << DocumentType::Pdf << QString();
    QTest::newRow("text named .pdf") << u"docs/nested/bad.pdf"_s << DocumentType::Unknown
                                     << u"bad.pdf is not a PDF or a supported image (PNG, JPEG, TIFF)"_s;
    QTest::newRow("empty .png") << u"docs/empty.png"_s << DocumentType::Unknown << u"empty.png is empty"_s;
}

void TestInputScanner::folderTree()
{
    QFETCH(QString, relative);
    QFETCH(DocumentType, type);
    QFETCH(QString, error);

    const ScanResult result = InputScanner::scan({m_dir->filePath(u"docs"_s)});
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.documents.size(), 7);
    QCOMPARE(result.skipped, 2); // README.txt, data.csv

    QStringList paths;
    for (const InputDocument &doc : result.documents)
        paths.append(doc.path);
    QStringList sorted = paths;
    sorted.sort();
    QCOMPARE(paths, sorted);

    const InputDocument *doc = find(result, path(relative));
    QVERIFY2(doc, qPrintable(path(relative)));
    QVERIFY(QDir::isAbsolutePath(doc->path));
    QCOMPARE(quire::toString(doc->type), quire::toString(type));
    QCOMPARE(doc->error, error);
    QFile file(doc->path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(doc->size, bytes.size());
    QCOMPARE(doc->contentHash, sha256(bytes));
}

void TestInputScanner::explicitFiles()
{
    // Files named explicitly are kept whatever they are; the error says why
    // they cannot be used.
    const ScanResult result = InputScanner::scan({path(u"docs/README.txt"_s), path(u"docs/a.pdf"_s)});
    QCOMPARE(result.documents.size(), 2);
    QCOMPARE(result.skipped, 0);
    const InputDocument *readme = find(result, path(u"docs/README.txt"_s));
    QVERIFY(readme);
    QCOMPARE(quire::toString(readme->type), u"unknown"_s);
    QCOMPARE(readme->error, u"README.txt is not a PDF or a supported image (PNG, JPEG, TIFF)"_s);
    const InputDocument *pdf = find(result, path(u"docs/a.pdf"_s));
    QVERIFY(pdf);
    QVERIFY(pdf->error.isEmpty());
    QCOMPARE(pdf->contentHash, sha256(kPdfBytes));

    // A folder and a text file inside it named as well: the file is kept.
    const ScanResult both = InputScanner::scan({path(u"docs"_s), path(u"docs/README.txt"_s)});
    QCOMPARE(both.documents.size(), 8);
    QCOMPARE(both.skipped, 1);
    QVERIFY(find(both, path(u"docs/README.txt"_s)));
}

void TestInputScanner::duplicatesAndMissing()
{
    const QString missing = path(u"docs/not-there.pdf"_s);
    const QString unclean = m_dir->path() + u"/docs/nested/../a.pdf"_s;
    const ScanResult result = InputScanner::scan(
        {path(u"docs/a.pdf"_s), unclean, path(u"docs/nested"_s), path(u"docs/nested/"_s), missing});
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.first().contains(QDir::toNativeSeparators(missing)),
        qPrintable(result.problems.first()));
    QVERIFY(result.problems.first().contains(u"does not exist"_s));

    QStringList paths;
    for (const InputDocument &doc : result.documents)
        paths.append(doc.path);
    QCOMPARE(paths,
        (QStringList{path(u"docs/a.pdf"_s), path(u"docs/nested/bad.pdf"_s),
            path(u"docs/nested/deeper/photo.jpg"_s), path(u"docs/nested/no-extension"_s),
            path(u"docs/nested/pages.tiff"_s)}));
    QCOMPARE(result.skipped, 1); // data.csv, counted once
}

void TestInputScanner::identicalContent()
{
    write(u"copies/one.pdf"_s, kPdfBytes);
    write(u"copies/two.pdf"_s, kPdfBytes);
    write(u"copies/other.pdf"_s, kPdfBytes + "% one byte more\n");
    const ScanResult result = InputScanner::scan({path(u"copies"_s)});
    QCOMPARE(result.documents.size(), 3);
    const InputDocument *one = find(result, path(u"copies/one.pdf"_s));
    const InputDocument *two = find(result, path(u"copies/two.pdf"_s));
    const InputDocument *other = find(result, path(u"copies/other.pdf"_s));
    QVERIFY(one && two && other);
    QCOMPARE(one->contentHash.size(), 64);
    QCOMPARE(one->contentHash, two->contentHash);
    QVERIFY(one->contentHash != other->contentHash);
}

void TestInputScanner::symlinkedFolderNotFollowed()
{
    QVERIFY(QFile::link(path(u"docs/nested"_s), path(u"docs/loop"_s)));
    QVERIFY(QFile::link(path(u"docs"_s), path(u"docs/nested/up"_s))); // a cycle
    const ScanResult result = InputScanner::scan({path(u"docs"_s)});
    QCOMPARE(result.documents.size(), 7);
    for (const InputDocument &doc : result.documents)
        QVERIFY2(!doc.path.contains(u"/loop/"_s) && !doc.path.contains(u"/up/"_s), qPrintable(doc.path));
}

void TestInputScanner::hashFile()
{
    const QByteArray big(3 * 1024 * 1024 + 17, 'q'); // more than one read buffer
    write(u"big.bin"_s, big);
    QString error;
    QCOMPARE(InputScanner::hashFile(path(u"big.bin"_s), &error), sha256(big));
    QVERIFY(error.isEmpty());
    QCOMPARE(InputScanner::hashFile(path(u"docs/empty.png"_s), &error), sha256(QByteArray()));

    QVERIFY(InputScanner::hashFile(path(u"nothing.pdf"_s), &error).isEmpty());
    QVERIFY2(error.contains(u"nothing.pdf"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestInputScanner)
#include "TestInputScanner.moc"
