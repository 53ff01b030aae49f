#include "CliRunner.h"
#include "TestDocuments.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace quire::test;

namespace {

const QString kPassword = QStringLiteral("Tr0ub4dor&3-n0t-in-argv");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// Passwords for encrypted PDFs can be given without showing them in the
/// process list (a file, standard input, QUIRE_PASSWORDS), and they reach
/// the workers only over their stdin pipe: never in a worker's arguments or
/// environment, never in the database.
class TestPasswords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpSaysWhereThePasswordShows();
    void passwordFile();
    void passwordOnStandardInput();
    void passwordFromEnvironment();
    void missingPasswordFileIsAnError();
    void withoutPasswordTheFileIsNamed();

private:
    QProcessEnvironment environment() const;
    /// Nothing of kPassword in what the workers were started with, nor in the database files.
    void checkNoLeak(const QString &database);

    QTemporaryDir m_dir;
    QString m_encrypted;
    QString m_seen; ///< What the wrapper recorded of each worker's start: arguments and environment.
};

void TestPasswords::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        QSKIP("qpdf is not installed (packaging/install-deps.sh installs it): no encrypted PDF to test with.");
    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    QVERIFY(writeTextPdf(plain, {{QStringLiteral("Encrypted letter"), QStringLiteral("for your eyes only")}}));
    m_encrypted = m_dir.filePath(QStringLiteral("locked.pdf"));
    QProcess encrypt;
    encrypt.start(qpdf, {QStringLiteral("--encrypt"), kPassword, kPassword + QStringLiteral("-owner"),
                         QStringLiteral("256"), QStringLiteral("--"), plain, m_encrypted});
    QVERIFY(encrypt.waitForFinished(60'000));
    QVERIFY2(encrypt.exitCode() == 0, encrypt.readAllStandardError().constData());

    // A worker that records how it was started, then becomes the real one.
    m_seen = m_dir.filePath(QStringLiteral("worker-seen.txt"));
    const QString wrapper = m_dir.filePath(QStringLiteral("worker-wrapper.sh"));
    QVERIFY(writeBytes(wrapper, QStringLiteral("#!/bin/sh\n"
                                               "{ printf 'argv: %s\\n' \"$0\" \"$@\"; env; } >> '%1'\n"
                                               "exec '%2' \"$@\"\n")
                                    .arg(m_seen, QStringLiteral(QUIRE_WORKER_PATH))
                                    .toUtf8()));
    QVERIFY(QFile::setPermissions(wrapper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

QProcessEnvironment TestPasswords::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QUIRE_WORKER"), m_dir.filePath(QStringLiteral("worker-wrapper.sh")));
    return environment;
}

void TestPasswords::checkNoLeak(const QString &database)
{
    const QByteArray seen = readAll(m_seen);
    QVERIFY2(seen.contains("argv: "), "the wrapper did not run: no worker was started through it");
    QVERIFY2(!seen.contains(kPassword.toUtf8()), "a worker was given the password in its arguments or environment");
    QVERIFY2(!seen.contains("QUIRE_PASSWORDS"), "a worker inherited QUIRE_PASSWORDS");
    QDirIterator files(QFileInfo(database).absolutePath(), {QFileInfo(database).fileName() + QLatin1Char('*')},
                       QDir::Files);
    int checked = 0;
    while (files.hasNext()) {
        const QString file = files.next();
        QVERIFY2(!readAll(file).contains(kPassword.toUtf8()), qPrintable(file + QStringLiteral(" holds the password")));
        ++checked;
    }
    QVERIFY(checked >= 1);
    QFile::remove(m_seen);
}

void TestPasswords::helpSaysWhereThePasswordShows()
{
    const CliResult result = runCli({QStringLiteral("run"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("process list")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("--password-file")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("QUIRE_PASSWORDS")), qPrintable(result.out));
}

void TestPasswords::passwordFile()
{
    const QString passwords = m_dir.filePath(QStringLiteral("passwords.txt"));
    QVERIFY(writeBytes(passwords, "wrong-one\r\n\n" + kPassword.toUtf8() + "\n"));
    const QString database = m_dir.filePath(QStringLiteral("file.sqlite"));
    const CliResult result = runCli({QStringLiteral("run"), QStringLiteral("--db"), database,
                                     QStringLiteral("--text-layer"), QStringLiteral("text"),
                                     QStringLiteral("--password-file"), passwords, m_encrypted},
                                    300'000, environment());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("1 from the text layer")), qPrintable(result.err));
    checkNoLeak(database);
}

void TestPasswords::passwordOnStandardInput()
{
    const QString database = m_dir.filePath(QStringLiteral("stdin.sqlite"));
    QProcess cli;
    cli.setProcessEnvironment(environment());
    cli.start(QStringLiteral(QUIRE_CLI_PATH),
              {QStringLiteral("run"), QStringLiteral("--db"), database, QStringLiteral("--text-layer"),
               QStringLiteral("text"), QStringLiteral("--password-file"), QStringLiteral("-"), m_encrypted});
    QVERIFY(cli.waitForStarted());
    cli.write(kPassword.toUtf8() + '\n');
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(300'000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    checkNoLeak(database);
}

void TestPasswords::passwordFromEnvironment()
{
    const QString database = m_dir.filePath(QStringLiteral("env.sqlite"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QUIRE_PASSWORDS"), QStringLiteral("first-wrong\n") + kPassword);
    const CliResult result = runCli({QStringLiteral("run"), QStringLiteral("--db"), database,
                                     QStringLiteral("--text-layer"), QStringLiteral("text"), m_encrypted},
                                    300'000, env);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    checkNoLeak(database);
}

void TestPasswords::missingPasswordFileIsAnError()
{
    const QString missing = m_dir.filePath(QStringLiteral("no-such-passwords.txt"));
    const CliResult result = runCli({QStringLiteral("run"), QStringLiteral("--db"),
                                     m_dir.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("--password-file"),
                                     missing, m_encrypted});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(missing), qPrintable(result.err));
}

void TestPasswords::withoutPasswordTheFileIsNamed()
{
    const CliResult result = runCli({QStringLiteral("run"), QStringLiteral("--db"),
                                     m_dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("--text-layer"),
                                     QStringLiteral("text"), m_encrypted});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("locked.pdf")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("password")), qPrintable(result.err));
}

QTEST_MAIN(TestPasswords)
#include "TestPasswords.moc"
