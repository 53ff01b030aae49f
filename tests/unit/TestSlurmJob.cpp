#include "cluster/ShardFolder.h"
#include "cluster/SlurmJob.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

class TestSlurmJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrayScriptRunsOneShardPerTask();
    void scriptQuotesWhatBashAndSbatchSplit();
    void mergeScriptMergesTheMainDatabase();
    void parsesSqueue();
    void parsesSbatch();
    void workersFromSlurmEnvironment_data();
    void workersFromSlurmEnvironment();
    void missingSbatchSaysWhatToInstall();
};

void TestSlurmJob::arrayScriptRunsOneShardPerTask()
{
    SlurmOptions options;
    options.partition = QStringLiteral("ocr");
    options.account = QStringLiteral("archive");
    options.timeLimit = QStringLiteral("2:00:00");
    options.cpusPerTask = 8;
    options.maxParallel = 4;
    options.extraArguments = {QStringLiteral("--mem=16G")};
    const SlurmJob job(options);
    const ShardFolder folder(QStringLiteral("/shared/run/main.sqlite"));
    const QString script = job.arrayScript(folder, 2, 12, QStringLiteral("/opt/quire/bin/quire-cli"),
                                           {QStringLiteral("--page-timeout"), QStringLiteral("600")});
    QVERIFY(script.startsWith(QLatin1String("#!/bin/bash\n")));
    for (const char *line : {"#SBATCH --array=0-11%4\n", "#SBATCH --cpus-per-task=8\n", "#SBATCH --partition=ocr\n",
                             "#SBATCH --account=archive\n", "#SBATCH --time=2:00:00\n", "#SBATCH --mem=16G\n",
                             "#SBATCH --output=/shared/run/main.sqlite.shards/2/shard-%4a.log\n",
                             "#SBATCH --chdir=/shared/run/main.sqlite.shards/2\n"})
        QVERIFY2(script.contains(QLatin1String(line)), line);
    QVERIFY(script.contains(QLatin1String("exec '/opt/quire/bin/quire-cli' run --shard \"$dir/$shard.json\" --db "
                                          "\"$dir/$shard.sqlite\" --progress \"$dir/$shard.progress\" "
                                          "'--page-timeout' '600'\n")));

    // bash runs it: the task number becomes the shard's files.
    QTemporaryDir dir;
    const QString fake = dir.filePath(QStringLiteral("echo-args"));
    QFile file(fake);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    QProcess bash;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SLURM_ARRAY_TASK_ID"), QStringLiteral("7"));
    bash.setProcessEnvironment(environment);
    bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), job.arrayScript(folder, 2, 12, fake)});
    QVERIFY(bash.waitForFinished(10'000));
    QCOMPARE(QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             (QStringList{QStringLiteral("run"), QStringLiteral("--shard"),
                          QStringLiteral("/shared/run/main.sqlite.shards/2/shard-0007.json"), QStringLiteral("--db"),
                          QStringLiteral("/shared/run/main.sqlite.shards/2/shard-0007.sqlite"),
                          QStringLiteral("--progress"),
                          QStringLiteral("/shared/run/main.sqlite.shards/2/shard-0007.progress")}));
}

void TestSlurmJob::scriptQuotesWhatBashAndSbatchSplit()
{
    QCOMPARE(SlurmJob::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    SlurmOptions options;
    options.jobName = QStringLiteral("my scans");
    const SlurmJob job(options);
    const ShardFolder folder(QStringLiteral("/shared/my run/main.sqlite"));
    const QString script = job.arrayScript(folder, 1, 3, QStringLiteral("/opt/quire's/quire-cli"));
    QVERIFY(script.contains(QLatin1String("#SBATCH --job-name=\"my scans\"\n")));
    QVERIFY(script.contains(QLatin1String("#SBATCH --chdir=\"/shared/my run/main.sqlite.shards/1\"\n")));
    QVERIFY(script.contains(QLatin1String("dir='/shared/my run/main.sqlite.shards/1'\n")));
    QVERIFY(script.contains(QLatin1String("exec '/opt/quire'\\''s/quire-cli' run")));
    QVERIFY(!script.contains(QLatin1String("--array=0-2%")));
}

void TestSlurmJob::mergeScriptMergesTheMainDatabase()
{
    SlurmOptions options;
    options.partition = QStringLiteral("ocr");
    const SlurmJob job(options);
    const ShardFolder folder(QStringLiteral("/shared/run/main.sqlite"));
    const QString script = job.mergeScript(folder, 3, QStringLiteral("/opt/quire/bin/quire-cli"));
    QVERIFY(script.contains(QLatin1String("#SBATCH --job-name=quire-merge\n")));
    QVERIFY(script.contains(QLatin1String("#SBATCH --partition=ocr\n")));
    QVERIFY(script.contains(QLatin1String("#SBATCH --output=/shared/run/main.sqlite.shards/3/merge.log\n")));
    QVERIFY(!script.contains(QLatin1String("--array")));
    QVERIFY(script.contains(
        QLatin1String("exec '/opt/quire/bin/quire-cli' merge --db '/shared/run/main.sqlite'\n")));
}

void TestSlurmJob::parsesSqueue()
{
    const QList<SlurmTask> tasks = SlurmJob::parseQueue(QStringLiteral(
        "12|0|12_0|COMPLETED|None\n12|3|12_3|RUNNING|None\n12|4|12_4|PENDING|Resources\n"
        "12|5|12_5|TIMEOUT|TimeLimit\n13|N/A|13|PENDING|Dependency\n\n"));
    QCOMPARE(tasks.size(), 5);
    QCOMPARE(tasks.at(1).arrayJobId, QStringLiteral("12"));
    QCOMPARE(tasks.at(1).arrayIndex, 3);
    QCOMPARE(tasks.at(1).jobId, QStringLiteral("12_3"));
    QVERIFY(!tasks.at(0).active());
    QVERIFY(!tasks.at(0).killed());
    QVERIFY(tasks.at(1).active());
    QVERIFY(tasks.at(2).active());
    QCOMPARE(tasks.at(2).reason, QStringLiteral("Resources"));
    QVERIFY(!tasks.at(3).active());
    QVERIFY(tasks.at(3).killed());
    QCOMPARE(tasks.at(4).arrayIndex, -1);
    QVERIFY(tasks.at(4).active());
    for (const char *state : {"CANCELLED", "NODE_FAIL", "PREEMPTED", "OUT_OF_MEMORY"}) {
        SlurmTask task;
        task.state = QString::fromLatin1(state);
        QVERIFY2(task.killed(), state);
    }
}

void TestSlurmJob::parsesSbatch()
{
    QCOMPARE(SlurmJob::parseJobId(QStringLiteral("4711\n")), QStringLiteral("4711"));
    QCOMPARE(SlurmJob::parseJobId(QStringLiteral("4711;cluster2\n")), QStringLiteral("4711"));
    QCOMPARE(SlurmJob::parseJobId(QStringLiteral("sbatch: error: invalid partition\n")), QString());
}

void TestSlurmJob::workersFromSlurmEnvironment_data()
{
    QTest::addColumn<QString>("perTask");
    QTest::addColumn<QString>("perNode");
    QTest::addColumn<int>("workers");
    QTest::newRow("cpus per task") << QStringLiteral("8") << QStringLiteral("16") << 8;
    QTest::newRow("node count only") << QString() << QStringLiteral("4") << 4;
    QTest::newRow("several nodes") << QString() << QStringLiteral("6(x2),4") << 6;
    QTest::newRow("not under Slurm") << QString() << QString() << 0;
}

void TestSlurmJob::workersFromSlurmEnvironment()
{
    QFETCH(QString, perTask);
    QFETCH(QString, perNode);
    QFETCH(int, workers);
    QProcessEnvironment environment;
    if (!perTask.isEmpty())
        environment.insert(QStringLiteral("SLURM_CPUS_PER_TASK"), perTask);
    if (!perNode.isEmpty())
        environment.insert(QStringLiteral("SLURM_JOB_CPUS_PER_NODE"), perNode);
    QCOMPARE(SlurmJob::taskCpus(environment), workers);
}

void TestSlurmJob::missingSbatchSaysWhatToInstall()
{
    SlurmOptions options;
    options.sbatch = QStringLiteral("/nonexistent/sbatch");
    options.squeue = QStringLiteral("/nonexistent/squeue");
    SlurmJob job(options);
    QSignalSpy failed(&job, &SlurmJob::failed);
    QSignalSpy submitted(&job, &SlurmJob::submitted);
    job.submit(QStringLiteral("/tmp/array.sh"), QStringLiteral("/tmp/merge.sh"));
    QVERIFY(job.isBusy());
    QVERIFY(failed.wait(10'000));
    QVERIFY(!job.isBusy());
    QCOMPARE(submitted.count(), 0);
    const QString error = failed.at(0).at(0).toString();
    QVERIFY2(error.contains(QStringLiteral("slurm-client")), qPrintable(error));
    job.poll({QStringLiteral("1")});
    QVERIFY(failed.wait(10'000));
    QVERIFY2(failed.at(1).at(0).toString().contains(QStringLiteral("squeue")), qPrintable(failed.at(1).at(0).toString()));
}

QTEST_GUILESS_MAIN(TestSlurmJob)
#include "TestSlurmJob.moc"
