// The folder watcher on real files in a temporary folder: a file is told once,
// only when it is complete, and temporary names and excluded folders are left
// alone. Settle times are short so the tests are quick.
#include "TestDocuments.h"

#include "session/FolderWatcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace quire;
using namespace quire::test;

namespace {

constexpr int kSettleMs = 300;
constexpr int kTimeoutMs = 20'000;

QByteArray textPdf(const QString &text)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.pdf"));
    if (!writeTextPdf(path, {{text}}))
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(bytes) == bytes.size();
}

/// The paths of the fileReady() signals seen so far.
QStringList readyPaths(const QSignalSpy &spy)
{
    QStringList paths;
    for (const QList<QVariant> &arguments : spy)
        paths << arguments.at(0).value<InputDocument>().path;
    return paths;
}

InputDocument lastReady(const QSignalSpy &spy)
{
    return spy.isEmpty() ? InputDocument{} : spy.last().at(0).value<InputDocument>();
}

} // namespace

class TestFolderWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aNewFileIsToldOnce();
    void aSlowWriteIsTakenWhenComplete();
    void aWriterThatPausesIsWaitedFor();
    void temporaryNamesAndExcludedFoldersAreLeftAlone();
    void aNewVersionIsToldAgain();
    void newSubfoldersAreWatched();
    void nonDocumentsAreIgnored();
    void aMissingFolderIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    std::unique_ptr<FolderWatcher> m_watcher;
    std::unique_ptr<QSignalSpy> m_ready;
};

void TestFolderWatcher::initTestCase()
{
    qRegisterMetaType<InputDocument>();
}

void TestFolderWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("inbox"));
    QVERIFY(QDir().mkpath(m_folder));
    m_watcher = std::make_unique<FolderWatcher>();
    m_watcher->setFolders({m_folder});
    m_watcher->setSettleMs(kSettleMs);
    m_watcher->setRescanMs(1000);
    m_ready = std::make_unique<QSignalSpy>(m_watcher.get(), &FolderWatcher::fileReady);
}

void TestFolderWatcher::cleanup()
{
    m_ready.reset();
    m_watcher.reset();
    m_dir.reset();
}

void TestFolderWatcher::aNewFileIsToldOnce()
{
    QSignalSpy surveyed(m_watcher.get(), &FolderWatcher::surveyed);
    QVERIFY(m_watcher->start());
    QTRY_COMPARE_WITH_TIMEOUT(surveyed.count(), 1, kTimeoutMs);
    const QByteArray bytes = textPdf(QStringLiteral("First arrival."));
    const QString path = m_folder + QStringLiteral("/first.pdf");
    QVERIFY(writeBytes(path, bytes));
    QTRY_COMPARE_WITH_TIMEOUT(m_ready->count(), 1, kTimeoutMs);
    const InputDocument document = lastReady(*m_ready);
    QCOMPARE(document.path, path);
    QVERIFY(document.type == DocumentType::Pdf);
    QCOMPARE(document.contentHash, sha256(bytes));
    QCOMPARE(document.size, qint64(bytes.size()));
    QVERIFY(document.error.isEmpty());

    // Three rescans see it unchanged: it is not told again; a later arrival is.
    const qsizetype listings = surveyed.count();
    QTRY_VERIFY_WITH_TIMEOUT(surveyed.count() >= listings + 3, kTimeoutMs);
    QCOMPARE(m_ready->count(), 1);
    const QString second = m_folder + QStringLiteral("/second.pdf");
    QVERIFY(writeBytes(second, textPdf(QStringLiteral("Second arrival."))));
    QTRY_COMPARE_WITH_TIMEOUT(m_ready->count(), 2, kTimeoutMs);
    QCOMPARE(readyPaths(*m_ready), (QStringList{path, second}));
}

void TestFolderWatcher::aSlowWriteIsTakenWhenComplete()
{
    QVERIFY(m_watcher->start());
    const QByteArray bytes = textPdf(QStringLiteral("Written slowly, a little at a time."));
    QVERIFY(bytes.size() > 200);
    const QString path = m_folder + QStringLiteral("/slow.pdf");
    // Twenty chunks, one every 100 ms: two seconds of writing, each pause well below the settle time.
    constexpr int kChunks = 20;
    const qsizetype chunk = bytes.size() / kChunks + 1;
    int written = 0;
    QTimer writer;
    writer.setInterval(100);
    connect(&writer, &QTimer::timeout, this, [&] {
        QVERIFY(append(path, bytes.mid(written * chunk, chunk)));
        if (++written == kChunks)
            writer.stop();
    });
    writer.start();
    while (writer.isActive()) {
        QVERIFY2(m_ready->isEmpty(), "a file still being written was taken");
        QTest::qWait(50);
    }
    QCOMPARE(QFileInfo(path).size(), qint64(bytes.size()));
    QTRY_COMPARE_WITH_TIMEOUT(m_ready->count(), 1, kTimeoutMs);
    QCOMPARE(lastReady(*m_ready).contentHash, sha256(bytes));
}

// A writer that stops for longer than the settle time mid-file (a scanner
// between pages, a slow network): the PDF has no end yet, so it is not taken.
void TestFolderWatcher::aWriterThatPausesIsWaitedFor()
{
    QVERIFY(m_watcher->start());
    const QByteArray bytes = textPdf(QStringLiteral("Half now, half later."));
    const QString path = m_folder + QStringLiteral("/paused.pdf");
    QVERIFY(writeBytes(path, bytes.left(bytes.size() / 2)));
    QTest::qWait(kSettleMs * 5); // the writer's pause, the scenario itself
    QVERIFY2(m_ready->isEmpty(), "half a PDF was taken");
    QVERIFY(append(path, bytes.mid(bytes.size() / 2)));
    QTRY_COMPARE_WITH_TIMEOUT(m_ready->count(), 1, kTimeoutMs);
    QCOMPARE(lastReady(*m_ready).contentHash, sha256(bytes));
}

void TestFolderWatcher::temporaryNamesAndExcludedFoldersAreLeftAlone()
{
    const QString done = m_folder + QStringLiteral("/done");
    QVERIFY(QDir().mkpath(done + QStringLiteral("/sub")));
    m_watcher->setExcludedFolders({done});
    QVERIFY(m_watcher->start());
    const QByteArray bytes = textPdf(QStringLiteral("Temporary names."));
    for (const QString &name : {QStringLiteral("download.pdf.part"), QStringLiteral(".hidden.pdf"),
                                QStringLiteral("~lock.pdf"), QStringLiteral("copy.pdf.tmp"),
                                QStringLiteral("done/sub/processed.pdf")})
        QVERIFY(writeBytes(m_folder + QLatin1Char('/') + name, bytes));
    QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/.cache")));
    QVERIFY(writeBytes(m_folder + QStringLiteral("/.cache/inside.pdf"), bytes));
    // The download finishes: renamed to its real name.
    QVERIFY(QFile::rename(m_folder + QStringLiteral("/download.pdf.part"), m_folder + QStringLiteral("/download.pdf")));
    QTRY_COMPARE_WITH_TIMEOUT(m_ready->count(), 1, kTimeoutMs);
    // Written before the rename, so they would have settled first: none came.
    QCOMPARE(readyPaths(*m_ready), QStringList{m_folder + QStringLiteral("/download.pdf")});
}

void TestFolderWatcher::aNewVersionIsToldAgain()
{
    m_watcher->setRescanMs(600'000); // change events alone, no rescan
    QVERIFY(m_watcher->start());
    const QString path = m_folder + QStringLiteral("/letter.pdf");
    const QByteArray first = textPdf(QStringLiteral("Version one."));
    QVERIFY(writeBytes(path, first));
    QTRY_COMPARE_WITH_TIMEOUT(m_ready->count(), 1, kTimeoutMs);

    // Rewritten in place (cp over it): no event reaches the folder, the file's own watch sees it.
    const QByteArray second = textPdf(QStringLiteral("Version two, longer than the first one."));
    QVERIFY(writeBytes(path, second));
    QTRY_COMPARE_WITH_TIMEOUT(m_ready->count(), 2, kTimeoutMs);
    QCOMPARE(lastReady(*m_ready).contentHash, sha256(second));

    // Replaced by a rename (rsync, a scanner's temporary file).
    const QByteArray third = textPdf(QStringLiteral("Version three."));
    QVERIFY(writeBytes(m_folder + QStringLiteral("/.letter.pdf.incoming"), third));
    QVERIFY(::rename(QFile::encodeName(m_folder + QStringLiteral("/.letter.pdf.incoming")).constData(),
                     QFile::encodeName(path).constData())
            == 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_ready->count(), 3, kTimeoutMs);
    QCOMPARE(lastReady(*m_ready).contentHash, sha256(third));
    QCOMPARE(readyPaths(*m_ready), (QStringList{path, path, path}));
}

void TestFolderWatcher::newSubfoldersAreWatched()
{
    QSignalSpy surveyed(m_watcher.get(), &FolderWatcher::surveyed);
    QVERIFY(m_watcher->start());
    QTRY_COMPARE_WITH_TIMEOUT(surveyed.count(), 1, kTimeoutMs);
    const QString deep = m_folder + QStringLiteral("/2024/march");
    QVERIFY(QDir().mkpath(deep));
    QVERIFY(writeBytes(deep + QStringLiteral("/deep.pdf"), textPdf(QStringLiteral("Deep inside."))));
    QTRY_COMPARE_WITH_TIMEOUT(m_ready->count(), 1, kTimeoutMs);
    QCOMPARE(lastReady(*m_ready).path, deep + QStringLiteral("/deep.pdf"));
}

void TestFolderWatcher::nonDocumentsAreIgnored()
{
    QSignalSpy ignored(m_watcher.get(), &FolderWatcher::fileIgnored);
    QVERIFY(m_watcher->start());
    QVERIFY(writeBytes(m_folder + QStringLiteral("/notes.txt"), "not a document\n"));
    QVERIFY(writeBytes(m_folder + QStringLiteral("/claims.pdf"), "not a PDF at all, whatever its name says\n"));
    QTRY_COMPARE_WITH_TIMEOUT(ignored.count(), 1, kTimeoutMs);
    QCOMPARE(ignored.first().at(0).toString(), m_folder + QStringLiteral("/notes.txt"));
    // A file whose name claims a document is told, with its error, so that it fails once and clearly.
    QTRY_COMPARE_WITH_TIMEOUT(m_ready->count(), 1, kTimeoutMs);
    QVERIFY2(lastReady(*m_ready).error.contains(QStringLiteral("claims.pdf")), qPrintable(lastReady(*m_ready).error));
}

void TestFolderWatcher::aMissingFolderIsRefused()
{
    m_watcher->setFolders({m_dir->filePath(QStringLiteral("nowhere"))});
    QVERIFY(!m_watcher->start());
    QVERIFY2(m_watcher->errorString().contains(QStringLiteral("nowhere")), qPrintable(m_watcher->errorString()));
    QVERIFY(!m_watcher->isWatching());
}

// The generated PDFs draw text with QPainter: that needs a QGuiApplication.
QTEST_MAIN(TestFolderWatcher)
#include "TestFolderWatcher.moc"
