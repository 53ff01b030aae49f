// quire-cli watch as a service runs it: a real process with real workers,
// real files copied into a temporary folder, the database read back with
// sqlite3. Every wait is for a condition (a log line, a row), bounded.
#include "TestDocuments.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>
#include <sqlite3.h>
#include <sys/types.h>

using namespace quire::test;

namespace {

constexpr int kTimeoutMs = 180'000;
constexpr int kBurstTimeoutMs = 600'000;

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// Rows of @p sql on the database at @p path (read while the watcher writes it: WAL).
QList<QStringList> query(const QString &path, const QString &sql)
{
    QList<QStringList> rows;
    if (!QFileInfo::exists(path))
        return rows;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return rows;
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList row;
            for (int i = 0; i < sqlite3_column_count(statement); ++i)
                row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, i)));
            rows << row;
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close_v2(db);
    return rows;
}

int queryInt(const QString &path, const QString &sql)
{
    const QList<QStringList> rows = query(path, sql);
    return rows.isEmpty() ? -1 : rows.first().value(0).toInt();
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

/// Processes whose parent is @p pid (the watcher's workers).
int childCount(qint64 pid)
{
    int count = 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QByteArray stat = readBytes(QStringLiteral("/proc/%1/stat").arg(entry));
        // pid (comm) state ppid ...: comm may hold spaces, so read after the last ')'.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == pid)
            ++count;
    }
    return count;
}

/// One `quire-cli watch` process and the lines it wrote to stderr.
class Watcher
{
public:
    explicit Watcher(const QStringList &arguments, const QStringList &environment = {})
    {
        if (!environment.isEmpty()) {
            QProcessEnvironment merged = QProcessEnvironment::systemEnvironment();
            for (const QString &entry : environment)
                merged.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
            m_process.setProcessEnvironment(merged);
        }
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] {
            m_buffer += QString::fromUtf8(m_process.readAllStandardError());
            qsizetype end = 0;
            while ((end = m_buffer.indexOf(QLatin1Char('\n'))) >= 0) {
                m_lines << m_buffer.left(end);
                m_buffer.remove(0, end + 1);
            }
        });
        m_process.start(QStringLiteral(QUIRE_CLI_PATH), QStringList{QStringLiteral("watch")} + arguments);
    }
    ~Watcher()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10'000);
        }
    }
    Q_DISABLE_COPY_MOVE(Watcher)

    bool started() { return m_process.waitForStarted(30'000); }
    qint64 pid() const { return m_process.processId(); }
    /// Lines that contain every one of @p parts.
    int count(const QStringList &parts) const
    {
        return int(std::count_if(m_lines.cbegin(), m_lines.cend(), [&parts](const QString &line) {
            return std::all_of(parts.cbegin(), parts.cend(), [&line](const QString &part) { return line.contains(part); });
        }));
    }
    int count(const QString &part) const { return count(QStringList{part}); }
    QString log() const { return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + m_buffer; }
    void terminate() { ::kill(pid_t(m_process.processId()), SIGTERM); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }

private:
    QProcess m_process;
    QString m_buffer;
    QStringList m_lines;
};

/// Stops @p watcher with SIGTERM and waits for it to end by itself.
#define STOP_WATCHER(watcher)                                                                                          \
    do {                                                                                                               \
        (watcher).terminate();                                                                                         \
        QTRY_VERIFY2_WITH_TIMEOUT(!(watcher).isRunning(), qPrintable((watcher).log()), kTimeoutMs);                    \
        QCOMPARE((watcher).exitStatus(), QProcess::NormalExit);                                                        \
        QVERIFY2((watcher).exitCode() == 0, qPrintable((watcher).log()));                                              \
    } while (false)

} // namespace

class TestWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aSlowCopyIsReadOnlyWhenComplete();
    void aBurstOf200Files();
    void theSameContentUnderTwoNamesIsProcessedOnce();
    void aFailingFileFailsOnce();
    void stoppedMidDocumentAndRestartedDoesEveryPageOnce();
    void aReplacedFileIsProcessedAgain();
    void processedFilesMoveWithoutOverwriting();
    void arrivalsComeOutSearchable();
    void idleWorkersStopAndComeBack();
    void badFoldersAreRefused();

private:
    /// A fresh folder to watch and database, named after the test.
    void makeCase(const QString &name);
    QStringList arguments(const QStringList &extra = {}) const;
    QByteArray scannedPdf(const QList<QStringList> &pages);
    QByteArray textPdf(const QString &text);

    QTemporaryDir m_dir;
    QString m_in;
    QString m_db;
};

void TestWatch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The personal word list lives under XDG_DATA_HOME: keep the person's own out of the runs.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg"))));
}

void TestWatch::makeCase(const QString &name)
{
    m_in = m_dir.filePath(name + QStringLiteral("/in"));
    m_db = m_dir.filePath(name + QStringLiteral("/watch.sqlite"));
    QVERIFY(QDir().mkpath(m_in));
}

QStringList TestWatch::arguments(const QStringList &extra) const
{
    return QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--settle"), QStringLiteral("1"),
                       QStringLiteral("--rescan"), QStringLiteral("2"), QStringLiteral("--workers"), QStringLiteral("2"),
                       QStringLiteral("--dpi"), QStringLiteral("150")}
           + extra + QStringList{m_in};
}

QByteArray TestWatch::scannedPdf(const QList<QStringList> &pages)
{
    const QString path = m_dir.filePath(QStringLiteral("scratch.pdf"));
    return writeScannedPdf(path, pages, 150) ? readBytes(path) : QByteArray();
}

QByteArray TestWatch::textPdf(const QString &text)
{
    const QString path = m_dir.filePath(QStringLiteral("scratch.pdf"));
    return writeTextPdf(path, {{text}}) ? readBytes(path) : QByteArray();
}

// Written in chunks over a few seconds, with one pause longer than the settle
// time: read once, whole, after the last byte.
void TestWatch::aSlowCopyIsReadOnlyWhenComplete()
{
    makeCase(QStringLiteral("slow"));
    const QByteArray bytes = scannedPdf({{QStringLiteral("A slow copy from a scanner.")}});
    QVERIFY(bytes.size() > 1000);
    Watcher watcher(arguments());
    QVERIFY(watcher.started());
    const QString path = m_in + QStringLiteral("/slow.pdf");
    constexpr int kChunks = 12;
    const qsizetype chunk = bytes.size() / kChunks + 1;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < kChunks; ++i) {
        QVERIFY(file.write(bytes.mid(i * chunk, chunk)) >= 0);
        QVERIFY(file.flush());
        // 250 ms between chunks, and once 2.5 s (more than the settle time) half-way.
        QTest::qWait(i == kChunks / 2 ? 2500 : 250);
        QVERIFY2(watcher.count(QStringLiteral("slow.pdf")) == 0, qPrintable(watcher.log()));
    }
    file.close();
    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count({QStringLiteral("done: "), path}) == 1, qPrintable(watcher.log()),
                              kTimeoutMs);
    QCOMPARE(watcher.count(QStringLiteral("failed: ")), 0);
    const QList<QStringList> rows = query(m_db, QStringLiteral("SELECT content_hash, status, page_count FROM documents"));
    QCOMPARE(rows, (QList<QStringList>{{sha256(bytes), QStringLiteral("done"), QStringLiteral("1")}}));
    STOP_WATCHER(watcher);
}

void TestWatch::aBurstOf200Files()
{
    makeCase(QStringLiteral("burst"));
    // Made beside the folder, then moved in all at once.
    const QString staging = m_dir.filePath(QStringLiteral("burst/staging"));
    QVERIFY(QDir().mkpath(staging));
    constexpr int kText = 200;
    constexpr int kScanned = 3;
    for (int i = 0; i < kText; ++i)
        QVERIFY(writeTextPdf(staging + QStringLiteral("/text-%1.pdf").arg(i, 3, 10, QLatin1Char('0')),
                             {{QStringLiteral("Letter number %1 of the burst.").arg(i)}}));
    for (int i = 0; i < kScanned; ++i)
        QVERIFY(writeScannedPdf(staging + QStringLiteral("/scan-%1.pdf").arg(i),
                                {{QStringLiteral("Scanned letter %1 of the burst.").arg(i)}}, 150));
    Watcher watcher(arguments());
    QVERIFY(watcher.started());
    QTRY_VERIFY_WITH_TIMEOUT(watcher.count(QStringLiteral("watching")) == 1, kTimeoutMs);
    const QStringList names = QDir(staging).entryList(QDir::Files);
    QCOMPARE(names.size(), kText + kScanned);
    for (const QString &name : names)
        QVERIFY(QFile::rename(staging + QLatin1Char('/') + name, m_in + QLatin1Char('/') + name));

    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count(QStringLiteral("done: ")) == kText + kScanned,
                              qPrintable(QStringLiteral("%1 done\n%2").arg(watcher.count(QStringLiteral("done: "))).arg(watcher.log().right(3000))),
                              kBurstTimeoutMs);
    QCOMPARE(watcher.count(QStringLiteral("failed: ")), 0);
    for (const QString &name : names)
        QCOMPARE(watcher.count({QStringLiteral("done: "), m_in + QLatin1Char('/') + name}), 1);
    QCOMPARE(queryInt(m_db, QStringLiteral("SELECT count(*) FROM documents WHERE status = 'done'")), kText + kScanned);
    QCOMPARE(queryInt(m_db, QStringLiteral("SELECT count(*) FROM pages WHERE status = 'done'")), kText + kScanned);
    QCOMPARE(queryInt(m_db, QStringLiteral("SELECT count(*) FROM pages WHERE kind = 'ocr'")), kScanned);
    STOP_WATCHER(watcher);
}

void TestWatch::theSameContentUnderTwoNamesIsProcessedOnce()
{
    makeCase(QStringLiteral("twins"));
    const QByteArray bytes = scannedPdf({{QStringLiteral("Twin page one.")}, {QStringLiteral("Twin page two.")}});
    Watcher watcher(arguments());
    QVERIFY(watcher.started());
    QVERIFY(writeBytes(m_in + QStringLiteral("/twin-a.pdf"), bytes));
    QVERIFY(writeBytes(m_in + QStringLiteral("/twin-b.pdf"), bytes));
    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count(QStringLiteral("done: ")) == 2, qPrintable(watcher.log()), kTimeoutMs);
    QCOMPARE(watcher.count(QStringLiteral("the same content as")), 1);

    // A third name after the first two are done, and a restart: still not read again.
    STOP_WATCHER(watcher);
    Watcher again(arguments());
    QVERIFY(again.started());
    QVERIFY(writeBytes(m_in + QStringLiteral("/twin-c.pdf"), bytes));
    QTRY_VERIFY2_WITH_TIMEOUT(again.count({QStringLiteral("done: "), QStringLiteral("twin-c.pdf")}) == 1,
                              qPrintable(again.log()), kTimeoutMs);
    QCOMPARE(again.count(QStringLiteral("the same content as")), 1);
    QCOMPARE(again.count(QStringLiteral("done: ")), 1); // a and b are not handed again
    STOP_WATCHER(again);

    const QString hash = sha256(bytes);
    QCOMPARE(queryInt(m_db, QStringLiteral("SELECT count(*) FROM pages WHERE content_hash = %1").arg(quoted(hash))), 2);
    // Both runs together recognized two pages, not four or six.
    QCOMPARE(queryInt(m_db, QStringLiteral("SELECT sum(pages_done) FROM runs")), 2);
    QCOMPARE(queryInt(m_db, QStringLiteral("SELECT count(*) FROM documents WHERE status = 'done' AND content_hash = %1")
                                .arg(quoted(hash))),
             3);
}

void TestWatch::aFailingFileFailsOnce()
{
    makeCase(QStringLiteral("failing"));
    Watcher watcher(arguments({QStringLiteral("--rescan"), QStringLiteral("1")}));
    QVERIFY(watcher.started());
    const QString path = m_in + QStringLiteral("/broken.pdf");
    QVERIFY(writeBytes(path, "%PDF-1.7\n1 0 obj garbage\nstartxref\n0\n%%EOF\n"));
    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count({QStringLiteral("failed: "), path}) == 1, qPrintable(watcher.log()),
                              kTimeoutMs);
    QVERIFY2(watcher.count(QStringLiteral("broken.pdf is damaged")) == 1, qPrintable(watcher.log()));

    // Saved again unchanged: noticed, not tried again.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    file.close();
    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count({QStringLiteral("saved again unchanged"), path}) == 1,
                              qPrintable(watcher.log()), kTimeoutMs);
    // Several rescans later (one a second), still the one error: no retry loop.
    QTest::qWait(4000);
    QVERIFY2(watcher.count(QStringLiteral("failed: ")) == 1, qPrintable(watcher.log()));

    // Fixed (new content): tried again, and done.
    QVERIFY(writeTextPdf(path, {{QStringLiteral("Fixed at last.")}}));
    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count({QStringLiteral("done: "), path}) == 1, qPrintable(watcher.log()),
                              kTimeoutMs);
    QCOMPARE(watcher.count(QStringLiteral("failed: ")), 1);
    STOP_WATCHER(watcher);
    QCOMPARE(query(m_db, QStringLiteral("SELECT status FROM documents")), (QList<QStringList>{{QStringLiteral("done")}}));
}

// SIGTERM while a long document is half done: the page in work finishes, the
// rest waits; the next start finishes it without doing a page twice.
void TestWatch::stoppedMidDocumentAndRestartedDoesEveryPageOnce()
{
    makeCase(QStringLiteral("restart"));
    constexpr int kPages = 8;
    QList<QStringList> pages;
    for (int i = 1; i <= kPages; ++i)
        pages << QStringList{QStringLiteral("This is page number %1 of the long scan.").arg(i)};
    const QByteArray bytes = scannedPdf(pages);
    const QString hash = sha256(bytes);
    const QString donePages = QStringLiteral("SELECT count(*) FROM pages WHERE status = 'done' AND content_hash = %1")
                                  .arg(quoted(hash));
    const QStringList oneWorker = arguments({QStringLiteral("--workers"), QStringLiteral("1")});
    {
        // Pages after the first are slow in this first run, so that it is
        // stopped mid-document however fast the machine.
        QStringList faults;
        for (int i = 2; i <= kPages; ++i)
            faults << QStringLiteral("slow@long.pdf:%1").arg(i);
        Watcher watcher(oneWorker, {QStringLiteral("QUIRE_WORKER=") + QStringLiteral(QUIRE_FAULTY_WORKER_PATH),
                                    QStringLiteral("QUIRE_WORKER_FAULTS=") + faults.join(QLatin1Char(';'))});
        QVERIFY(watcher.started());
        QVERIFY(writeBytes(m_in + QStringLiteral("/long.pdf"), bytes));
        QTRY_VERIFY_WITH_TIMEOUT(queryInt(m_db, donePages) >= 1, kTimeoutMs);
        STOP_WATCHER(watcher);
        QVERIFY2(watcher.count(QStringLiteral("stopping:")) == 1, qPrintable(watcher.log()));
        QCOMPARE(watcher.count(QStringLiteral("done: ")), 0);
    }
    const int committed = queryInt(m_db, donePages);
    QVERIFY2(committed >= 1 && committed < kPages,
             "the watcher must be stopped before the document is done for this test to mean anything");
    QCOMPARE(query(m_db, QStringLiteral("SELECT status FROM documents")),
             (QList<QStringList>{{QStringLiteral("pending")}}));

    Watcher watcher(oneWorker);
    QVERIFY(watcher.started());
    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count({QStringLiteral("done: "), QStringLiteral("long.pdf")}) == 1,
                              qPrintable(watcher.log()), kTimeoutMs);
    STOP_WATCHER(watcher);
    QCOMPARE(queryInt(m_db, donePages), kPages);
    // Every page exactly once: the two runs together did eight pages.
    QCOMPARE(queryInt(m_db, QStringLiteral("SELECT sum(pages_done) FROM runs")), kPages);
    const QList<QStringList> rows = query(
        m_db, QStringLiteral("SELECT page, text FROM pages WHERE content_hash = %1 ORDER BY page").arg(quoted(hash)));
    QCOMPARE(rows.size(), kPages);
    for (int i = 0; i < kPages; ++i) {
        QCOMPARE(rows.at(i).value(0).toInt(), i + 1);
        QVERIFY2(rows.at(i).value(1).contains(QStringLiteral("page number %1 ").arg(i + 1)), qPrintable(rows.at(i).value(1)));
    }
}

void TestWatch::aReplacedFileIsProcessedAgain()
{
    makeCase(QStringLiteral("replaced"));
    Watcher watcher(arguments({QStringLiteral("--rescan"), QStringLiteral("600")})); // change events alone
    QVERIFY(watcher.started());
    const QString path = m_in + QStringLiteral("/letter.pdf");
    const QStringList done = {QStringLiteral("done: "), path};
    QVERIFY(writeBytes(path, textPdf(QStringLiteral("Version one of the letter."))));
    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count(done) == 1, qPrintable(watcher.log()), kTimeoutMs);

    // A new version moved over it, as rsync or a scanner's temporary file does.
    const QString incoming = m_in + QStringLiteral("/.letter.pdf.incoming");
    QVERIFY(writeBytes(incoming, textPdf(QStringLiteral("Version two of the letter."))));
    QVERIFY(::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(path).constData()) == 0);
    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count(done) == 2, qPrintable(watcher.log()), kTimeoutMs);

    // And one copied over it in place.
    const QByteArray third = textPdf(QStringLiteral("Version three of the letter."));
    QVERIFY(writeBytes(path, third));
    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count(done) == 3, qPrintable(watcher.log()), kTimeoutMs);
    STOP_WATCHER(watcher);

    const QList<QStringList> rows = query(
        m_db, QStringLiteral("SELECT d.content_hash, d.status, p.text FROM documents d JOIN pages p"
                             " ON p.content_hash = d.content_hash AND p.settings_key = d.settings_key"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().value(0), sha256(third));
    QCOMPARE(rows.first().value(1), QStringLiteral("done"));
    QVERIFY2(rows.first().value(2).contains(QStringLiteral("Version three")), qPrintable(rows.first().value(2)));
}

void TestWatch::processedFilesMoveWithoutOverwriting()
{
    makeCase(QStringLiteral("moves"));
    const QString done = m_in + QStringLiteral("/done"); // inside the watched folder: not watched
    const QString failed = m_dir.filePath(QStringLiteral("moves/failed"));
    QVERIFY(QDir().mkpath(m_in + QStringLiteral("/sub")));
    QVERIFY(QDir().mkpath(done + QStringLiteral("/sub")));
    const QByteArray earlier = textPdf(QStringLiteral("An earlier letter with the same name."));
    QVERIFY(writeBytes(done + QStringLiteral("/sub/letter.pdf"), earlier));

    Watcher watcher(arguments({QStringLiteral("--move-done"), done, QStringLiteral("--move-failed"), failed}));
    QVERIFY(watcher.started());
    const QByteArray letter = textPdf(QStringLiteral("The letter that arrives now."));
    const QByteArray broken = "%PDF-1.7\n1 0 obj garbage\nstartxref\n0\n%%EOF\n";
    QVERIFY(writeBytes(m_in + QStringLiteral("/sub/letter.pdf"), letter));
    QVERIFY(writeBytes(m_in + QStringLiteral("/broken.pdf"), broken));
    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count(QStringLiteral("moved to")) == 2, qPrintable(watcher.log()), kTimeoutMs);

    // Kept its path below the watched folder; the earlier file of that name is untouched.
    const QString moved = done + QStringLiteral("/sub/letter-2.pdf");
    QCOMPARE(readBytes(moved), letter);
    QCOMPARE(readBytes(done + QStringLiteral("/sub/letter.pdf")), earlier);
    QCOMPARE(readBytes(failed + QStringLiteral("/broken.pdf")), broken);
    QVERIFY(!QFileInfo::exists(m_in + QStringLiteral("/sub/letter.pdf")));
    QVERIFY(!QFileInfo::exists(m_in + QStringLiteral("/broken.pdf")));
    // The database follows the files.
    QCOMPARE(query(m_db, QStringLiteral("SELECT path, status FROM documents ORDER BY path")),
             (QList<QStringList>{{failed + QStringLiteral("/broken.pdf"), QStringLiteral("failed")},
                                 {moved, QStringLiteral("done")}}));
    // The done folder sits inside the watched one: what lands there is not processed.
    QCOMPARE(watcher.count(QStringLiteral("done: ")), 1);
    QCOMPARE(watcher.count(QStringLiteral("failed: ")), 1);
    STOP_WATCHER(watcher);
}

// A scan dropped into a subfolder comes out as a searchable PDF below the
// output folder (which sits inside the watched one and is not watched),
// written before the scan is moved away.
void TestWatch::arrivalsComeOutSearchable()
{
    makeCase(QStringLiteral("searchable"));
    const QString output = m_in + QStringLiteral("/searchable");
    const QString done = m_dir.filePath(QStringLiteral("searchable/done"));
    QVERIFY(QDir().mkpath(m_in + QStringLiteral("/inbox")));
    Watcher watcher(arguments({QStringLiteral("--output-pdf"), output, QStringLiteral("--move-done"), done}));
    QVERIFY(watcher.started());
    const QByteArray scan = scannedPdf({{QStringLiteral("Invoice number 4711 from the scanner.")}});
    QVERIFY(writeBytes(m_in + QStringLiteral("/inbox/scan.pdf"), scan));
    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count({QStringLiteral("done: "), QStringLiteral("searchable PDF")}) == 1,
                              qPrintable(watcher.log()), kTimeoutMs);
    const QString pdf = output + QStringLiteral("/inbox/scan.pdf");
    QVERIFY2(watcher.count({QStringLiteral("searchable PDF"), pdf, QStringLiteral("moved to")}) == 1,
             qPrintable(watcher.log()));
    QCOMPARE(readBytes(done + QStringLiteral("/inbox/scan.pdf")), scan);

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30'000));
    QCOMPARE(pdftotext.exitCode(), 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(QStringLiteral("Invoice number 4711")), qPrintable(text));
    // The output folder is not watched: the PDF is not processed in turn.
    QTest::qWait(3000);
    QCOMPARE(watcher.count(QStringLiteral("done: ")), 1);
    STOP_WATCHER(watcher);
}

void TestWatch::idleWorkersStopAndComeBack()
{
    makeCase(QStringLiteral("idle"));
    Watcher watcher(arguments({QStringLiteral("--idle-timeout"), QStringLiteral("1")}));
    QVERIFY(watcher.started());
    QTRY_VERIFY_WITH_TIMEOUT(watcher.count(QStringLiteral("watching")) == 1, kTimeoutMs);
    QCOMPARE(childCount(watcher.pid()), 0); // no work yet: no worker
    QVERIFY(writeBytes(m_in + QStringLiteral("/first.pdf"), scannedPdf({{QStringLiteral("The first arrival.")}})));
    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count(QStringLiteral("done: ")) == 1, qPrintable(watcher.log()), kTimeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count(QStringLiteral("idle: ")) == 1, qPrintable(watcher.log()), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(childCount(watcher.pid()), 0, kTimeoutMs);

    QVERIFY(writeBytes(m_in + QStringLiteral("/second.pdf"), scannedPdf({{QStringLiteral("The second arrival.")}})));
    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count(QStringLiteral("done: ")) == 2, qPrintable(watcher.log()), kTimeoutMs);
    QVERIFY2(watcher.count(QStringLiteral("busy: ")) >= 1, qPrintable(watcher.log()));
    QTRY_VERIFY2_WITH_TIMEOUT(watcher.count(QStringLiteral("idle: ")) == 2, qPrintable(watcher.log()), kTimeoutMs);
    STOP_WATCHER(watcher);
}

void TestWatch::badFoldersAreRefused()
{
    makeCase(QStringLiteral("refused"));
    const QString missing = m_dir.filePath(QStringLiteral("refused/nowhere"));
    Watcher noFolder({QStringLiteral("--db"), m_db, missing});
    QVERIFY(noFolder.started());
    QTRY_VERIFY_WITH_TIMEOUT(!noFolder.isRunning(), kTimeoutMs);
    QCOMPARE(noFolder.exitCode(), 1);
    QVERIFY2(noFolder.log().contains(missing), qPrintable(noFolder.log()));

    Watcher sameFolder({QStringLiteral("--db"), m_db, QStringLiteral("--move-done"), m_in, m_in});
    QVERIFY(sameFolder.started());
    QTRY_VERIFY_WITH_TIMEOUT(!sameFolder.isRunning(), kTimeoutMs);
    QCOMPARE(sameFolder.exitCode(), 1);
    QVERIFY2(sameFolder.log().contains(QStringLiteral("cannot be the watched folder")), qPrintable(sameFolder.log()));
}

QTEST_MAIN(TestWatch)
#include "TestWatch.moc"
