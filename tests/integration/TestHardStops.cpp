#include "CliRunner.h"
#include "TestDocuments.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <sys/mount.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <optional>

using namespace quire::test;

namespace {

constexpr int kKills = 20;
constexpr int kTextPages = 800; // many small pages: the Store commits every 32 results
constexpr int kRunTimeoutMs = 300'000;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

/// A plain sqlite3 connection, as another program would open the file.
class Database
{
public:
    explicit Database(const QString &path, bool readOnly = false)
    {
        const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
        }
        if (m_db)
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~Database() { sqlite3_close_v2(m_db); }
    Q_DISABLE_COPY_MOVE(Database)

    bool isOpen() const { return m_db != nullptr; }

    /// Every row of @p sql, columns joined by '|'; nothing on an error.
    std::optional<QStringList> rows(const char *sql) const
    {
        if (!m_db)
            return std::nullopt;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return std::nullopt;
        QStringList result;
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            QStringList columns;
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
                columns << (text ? QString::fromUtf8(text) : QString());
            }
            result << columns.join(QLatin1Char('|'));
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return std::nullopt;
        return result;
    }

    QString error() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not open"); }

private:
    sqlite3 *m_db = nullptr;
};

/// Pages stored as done, read by another connection (what is committed); -1 when unreadable.
int committedPages(const QString &database)
{
    if (!QFile::exists(database))
        return 0;
    Database db(database, true);
    const auto rows = db.rows("SELECT count(*) FROM pages WHERE status = 'done'");
    return rows && !rows->isEmpty() ? rows->first().toInt() : -1;
}

/// What a database must be after any stop: sound, each page once. Returns the problems.
QStringList checkSound(const QString &database)
{
    QStringList problems;
    Database db(database);
    if (!db.isOpen())
        return {QStringLiteral("cannot open %1: %2").arg(database, db.error())};
    const auto integrity = db.rows("PRAGMA integrity_check");
    if (!integrity || *integrity != QStringList{QStringLiteral("ok")})
        problems << QStringLiteral("integrity_check: %1").arg(integrity ? integrity->join(QLatin1String("; ")) : db.error());
    const auto foreign = db.rows("PRAGMA foreign_key_check");
    if (!foreign || !foreign->isEmpty())
        problems << QStringLiteral("foreign_key_check: %1").arg(foreign ? foreign->join(QLatin1String("; ")) : db.error());
    const auto duplicates = db.rows("SELECT content_hash, page, settings_key, count(*) FROM pages "
                                    "GROUP BY content_hash, page, settings_key HAVING count(*) > 1");
    if (!duplicates || !duplicates->isEmpty())
        problems << QStringLiteral("pages stored twice: %1").arg(duplicates ? duplicates->join(QLatin1String("; ")) : db.error());
    const auto orphans = db.rows("SELECT count(*) FROM words WHERE page_id NOT IN (SELECT id FROM pages)");
    if (!orphans || orphans->value(0) != QLatin1String("0"))
        problems << QStringLiteral("words without a page: %1").arg(orphans ? orphans->value(0) : db.error());
    return problems;
}

/// (content hash, page) -> "status|word count|text" of every page.
QHash<QString, QString> pageContents(const QString &database)
{
    QHash<QString, QString> pages;
    Database db(database, true);
    const auto rows = db.rows("SELECT p.content_hash || ':' || p.page, p.status, "
                              "(SELECT count(*) FROM words w WHERE w.page_id = p.id), p.text FROM pages p");
    for (const QString &row : rows.value_or(QStringList{}))
        pages.insert(row.section(QLatin1Char('|'), 0, 0), row.section(QLatin1Char('|'), 1));
    return pages;
}

/// "content hash -> page count" of every document.
QHash<QString, int> documentPages(const QString &database)
{
    QHash<QString, int> documents;
    Database db(database, true);
    for (const QString &row : db.rows("SELECT content_hash, page_count FROM documents").value_or(QStringList{}))
        documents.insert(row.section(QLatin1Char('|'), 0, 0), row.section(QLatin1Char('|'), 1).toInt());
    return documents;
}

/// Processes whose environment holds @p tag: the workers a killed coordinator left.
QList<qint64> taggedProcesses(const QByteArray &tag)
{
    QList<qint64> pids;
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        bool ok = false;
        const qint64 pid = QFileInfo(it.next()).fileName().toLongLong(&ok);
        if (!ok || pid == ::getpid())
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (environ.open(QIODevice::ReadOnly) && environ.readAll().contains(tag))
            pids << pid;
    }
    return pids;
}

/// Mounts a small tmpfs while it lives (root only).
class SmallDisk
{
public:
    SmallDisk(const QString &path, const QByteArray &size)
        : m_path(path)
    {
        QDir().mkpath(path);
        const QByteArray options = "size=" + size + ",mode=0777";
        m_mounted = ::mount("quire-test", QFile::encodeName(path).constData(), "tmpfs", 0, options.constData()) == 0;
        if (!m_mounted)
            m_error = QString::fromLocal8Bit(std::strerror(errno));
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    Q_DISABLE_COPY_MOVE(SmallDisk)

    bool mounted() const { return m_mounted; }
    QString error() const { return m_error; }
    bool makeReadOnly()
    {
        return ::mount("quire-test", QFile::encodeName(m_path).constData(), "tmpfs",
                       MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

private:
    QString m_path;
    bool m_mounted = false;
    QString m_error;
};

} // namespace

/// Hard stops: the coordinator SIGKILLed at 20 seeded moments of a run (some
/// in the middle of a commit), a disk that fills up, a database that cannot
/// be written. After each, the database is sound (integrity_check,
/// foreign keys, no page twice), nothing committed is lost, and a rerun
/// finishes every page exactly once with the text of a clean run.
/// QUIRE_HARDSTOP_SEED picks other moments (default 1).
class TestHardStops : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAtRandomMomentsLosesNothing();
    void fullDiskStopsWithAClearError();
    void readOnlyDatabaseIsAClearError();
    void cleanupTestCase();

private:
    QStringList runArguments(const QString &database) const;
    QProcessEnvironment environment() const;
    /// The rerun after a stop: completes, and every page is there once, as in the clean run.
    void rerunCompletes(const QString &database);

    QTemporaryDir m_dir;
    QStringList m_inputs;
    QString m_reference;
    QHash<QString, QString> m_referencePages;
    QByteArray m_tag;
    int m_totalPages = 0;
};

void TestHardStops::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tag = "QUIRE_HARDSTOP_TAG=" + QByteArray::number(::getpid()) + "-" + QByteArray::number(QRandomGenerator::global()->generate());
    QList<QStringList> text;
    for (int page = 1; page <= kTextPages; ++page)
        text << QStringList{QStringLiteral("Hard stop page %1 of the text document.").arg(page),
                            QStringLiteral("Nothing committed may be lost, nothing stored twice.")};
    QList<QStringList> scans;
    for (int page = 1; page <= 4; ++page)
        scans << QStringList{QStringLiteral("Scanned page %1 survives the kill.").arg(page)};
    m_inputs = {m_dir.filePath(QStringLiteral("text.pdf")), m_dir.filePath(QStringLiteral("scans.pdf"))};
    QVERIFY(writeTextPdf(m_inputs.at(0), text));
    QVERIFY(writeScannedPdf(m_inputs.at(1), scans, 100));
    m_totalPages = kTextPages + scans.size();

    // A clean run: what every page must hold in the end.
    m_reference = m_dir.filePath(QStringLiteral("reference.sqlite"));
    const CliResult clean = runCli(runArguments(m_reference), kRunTimeoutMs, environment());
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
    m_referencePages = pageContents(m_reference);
    QCOMPARE(m_referencePages.size(), m_totalPages);
}

QStringList TestHardStops::runArguments(const QString &database) const
{
    return QStringList{QStringLiteral("run"), QStringLiteral("--db"), database, QStringLiteral("--dpi"),
                       QStringLiteral("100"), QStringLiteral("--workers"), QStringLiteral("2"),
                       QStringLiteral("--user-words"), QString()}
           + m_inputs;
}

QProcessEnvironment TestHardStops::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString tag = QString::fromLatin1(m_tag);
    environment.insert(tag.section(QLatin1Char('='), 0, 0), tag.section(QLatin1Char('='), 1));
    return environment;
}

void TestHardStops::rerunCompletes(const QString &database)
{
    const CliResult rerun = runCli(runArguments(database), kRunTimeoutMs, environment());
    QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.err));
    const QStringList problems = checkSound(database);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const QHash<QString, int> documents = documentPages(database);
    QCOMPARE(documents, documentPages(m_reference));
    const QHash<QString, QString> pages = pageContents(database);
    int missing = 0;
    int different = 0;
    for (auto it = m_referencePages.cbegin(); it != m_referencePages.cend(); ++it) {
        if (!pages.contains(it.key()))
            ++missing;
        else if (pages.value(it.key()) != it.value())
            ++different;
    }
    QCOMPARE(missing, 0);
    QCOMPARE(different, 0);
    QCOMPARE(pages.size(), m_totalPages); // no page the clean run does not have, none twice
}

void TestHardStops::killedAtRandomMomentsLosesNothing()
{
    QRandomGenerator random(quint32(envInt("QUIRE_HARDSTOP_SEED", 1)));
    const QString database = m_dir.filePath(QStringLiteral("killed.sqlite"));
    int kills = 0;
    int duringCommit = 0;
    int series = 1;
    int integrityFailures = 0;
    int lostPages = 0;
    int previous = 0;
    QStringList log;
    for (int attempt = 0; kills < kKills && attempt < 3 * kKills; ++attempt) {
        // Stratified moments: the nth kill aims at the nth twenty-first of the pages.
        const double fraction = (kills + random.generateDouble()) / (kKills + 1);
        const int target = int(fraction * m_totalPages);
        const int mode = int(random.bounded(5)); // 0: early, by time; 1-2: by progress; 3-4: during a commit
        const int earlyMs = 50 + int(random.bounded(900));

        QProcess cli;
        cli.setProcessEnvironment(environment());
        cli.start(QStringLiteral(QUIRE_CLI_PATH), runArguments(database));
        QVERIFY(cli.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        const QString wal = database + QStringLiteral("-wal");
        qint64 walSize = -1;
        bool armed = false;
        bool killed = false;
        while (cli.state() != QProcess::NotRunning && clock.elapsed() < kRunTimeoutMs) {
            if (mode == 0) {
                if (clock.elapsed() >= earlyMs) {
                    cli.kill();
                    killed = true;
                    break;
                }
            } else if (!armed) {
                armed = committedPages(database) >= target;
                walSize = QFileInfo(wal).size();
                if (armed && mode <= 2) {
                    cli.kill();
                    killed = true;
                    break;
                }
            } else if (QFileInfo(wal).size() != walSize) {
                // The WAL is growing: a commit is being written this instant.
                cli.kill();
                killed = true;
                ++duringCommit;
                break;
            }
            if (mode >= 3 && armed)
                QThread::usleep(250); // watch the WAL closely, without starving the coordinator
            else
                cli.waitForFinished(2);
        }
        cli.waitForFinished(60'000);
        QVERIFY2(cli.state() == QProcess::NotRunning, "quire-cli did not end");
        const bool wasKilled = killed && cli.exitStatus() == QProcess::CrashExit;

        const QStringList problems = checkSound(database);
        integrityFailures += problems.isEmpty() ? 0 : 1;
        const int committed = committedPages(database);
        lostPages += std::max(0, previous - committed);
        log << QStringLiteral("series %1 %2: mode %3 target %4 -> %5 committed pages%6")
                   .arg(series)
                   .arg(wasKilled ? QStringLiteral("kill %1").arg(kills + 1) : QStringLiteral("finished"))
                   .arg(mode)
                   .arg(target)
                   .arg(committed)
                   .arg(problems.isEmpty() ? QString() : QStringLiteral(" PROBLEMS: ") + problems.join(QLatin1String("; ")));
        QVERIFY2(problems.isEmpty(), qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY2(committed >= previous, qPrintable(log.join(QLatin1Char('\n'))));
        previous = committed;
        if (wasKilled) {
            ++kills;
            continue;
        }
        // The run ended before its moment came: it must have finished cleanly.
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        rerunCompletes(database);
        // Start a new series on an empty database for the remaining kills.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(database + suffix);
        previous = 0;
        ++series;
    }
    qInfo("%s", qPrintable(log.join(QLatin1Char('\n'))));
    qInfo("%d kills (%d while a commit was being written) in %d series: %d integrity failures, %d committed "
          "pages lost",
          kills, duringCommit, series, integrityFailures, lostPages);
    QCOMPARE(kills, kKills);
    rerunCompletes(database);

    // A killed coordinator leaves no worker behind for long: each one sees
    // its stdin close and exits once its page is done.
    QElapsedTimer wait;
    wait.start();
    QList<qint64> left = taggedProcesses(m_tag);
    while (!left.isEmpty() && wait.elapsed() < 30'000) {
        QThread::msleep(100);
        left = taggedProcesses(m_tag);
    }
    for (qint64 pid : std::as_const(left))
        ::kill(pid_t(pid), SIGKILL);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("%1 worker(s) outlived their coordinator by 30 s").arg(left.size())));
}

void TestHardStops::fullDiskStopsWithAClearError()
{
    if (::geteuid() != 0)
        QSKIP("Filling a disk needs a small tmpfs, which only root can mount here; run the tests as root to check "
              "a full disk.");
    const QString folder = m_dir.filePath(QStringLiteral("full"));
    const QString database = folder + QStringLiteral("/full.sqlite");
    int committedDuring = 0;
    {
        SmallDisk disk(folder, "1m");
        if (!disk.mounted())
            QSKIP(qPrintable(QStringLiteral("Cannot mount a tmpfs (%1): no full disk to test with.").arg(disk.error())));
        QProcess cli;
        cli.setProcessEnvironment(environment());
        cli.start(QStringLiteral(QUIRE_CLI_PATH), runArguments(database));
        QVERIFY(cli.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (!cli.waitForFinished(20) && clock.elapsed() < 120'000)
            committedDuring = std::max(committedDuring, committedPages(database));
        if (cli.state() != QProcess::NotRunning) {
            cli.kill();
            cli.waitForFinished();
            QFAIL("quire-cli did not stop within 120 s of the disk filling up (a hang)");
        }
        const QString err = QString::fromLocal8Bit(cli.readAllStandardError());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli.exitCode() == 1, qPrintable(err));
        QVERIFY2(err.contains(database), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("disk is full")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("cannot be saved")), qPrintable(err));
        qInfo("%s", qPrintable(err.section(QLatin1Char('\n'), -4)));

        const QStringList problems = checkSound(database);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const int committed = committedPages(database);
        qInfo("the disk filled after %d committed pages (%d seen while running); all kept", committed, committedDuring);
        QVERIFY(committed > 0);
        QVERIFY(committed < m_totalPages);
        QVERIFY(committed >= committedDuring);
        // On to a disk with room, to finish the run.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            QVERIFY(QFile::copy(database + suffix, m_dir.filePath(QStringLiteral("moved.sqlite")) + suffix));
    }
    rerunCompletes(m_dir.filePath(QStringLiteral("moved.sqlite")));
}

void TestHardStops::readOnlyDatabaseIsAClearError()
{
    // A database of a finished small run, then made read-only.
    const QString folder = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString small = m_dir.filePath(QStringLiteral("small.pdf"));
    QVERIFY(writeTextPdf(small, {{QStringLiteral("Read only")}}));
    std::unique_ptr<SmallDisk> disk;
    if (::geteuid() == 0) {
        // Root writes any file whatever its mode: a read-only mount stops it.
        disk = std::make_unique<SmallDisk>(folder, "4m");
        if (!disk->mounted())
            QSKIP(qPrintable(QStringLiteral("Cannot mount a tmpfs (%1).").arg(disk->error())));
    }
    const QString database = folder + QStringLiteral("/ro.sqlite");
    CliResult first = runCli({QStringLiteral("run"), QStringLiteral("--db"), database, small}, kRunTimeoutMs);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    if (disk) {
        QVERIFY(disk->makeReadOnly());
    } else {
        QVERIFY(QFile::setPermissions(database, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const CliResult result = runCli(runArguments(database), 60'000);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 1, qPrintable(result.err));
    QVERIFY2(result.err.contains(database), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("read-only")), qPrintable(result.err));
    qInfo("%s", qPrintable(result.err.trimmed()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();
    if (!disk)
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestHardStops::cleanupTestCase()
{
    for (qint64 pid : taggedProcesses(m_tag))
        ::kill(pid_t(pid), SIGKILL);
}

QTEST_MAIN(TestHardStops)
#include "TestHardStops.moc"
