#include "pool/WorkerProcess.h"

#include <QFileInfo>
#include <QProcessEnvironment>

namespace quire {

WorkerProcess::WorkerProcess(int id, Coordinator *owner, const PoolOptions &options)
    : QObject(owner)
    , m_owner(owner)
    , m_options(options)
{
    m_info.id = id;
    m_pageTimer.setSingleShot(true);
    m_heartbeatTimer.setSingleShot(true);
    connect(&m_pageTimer, &QTimer::timeout, this, [this] {
        kill(tr("took longer than the page timeout (%1 s)").arg(m_pageTimer.interval() / 1000.0));
    });
    connect(&m_heartbeatTimer, &QTimer::timeout, this, [this] {
        kill(tr("stopped responding (no heartbeat for %1 s)").arg(m_heartbeatTimer.interval() / 1000.0));
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &WorkerProcess::readFrames);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process.readAllStandardError();
        if (m_stderr.size() > 4096)
            m_stderr = m_stderr.right(4096);
    });
    connect(&m_process, &QProcess::finished, this, &WorkerProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && !m_gone) {
            m_gone = true;
            m_info.state = WorkerInfo::State::Stopped;
            m_owner->onWorkerGone(this, tr("could not be started (%1): %2. Reinstall Quire, or point QUIRE_WORKER at quire-worker")
                                      .arg(m_process.program(),
                                                                                m_process.errorString()),
                                  false);
        }
    });
}

WorkerProcess::~WorkerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void WorkerProcess::start(const QCborMap &configure)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // One OpenMP thread per worker: parallelism comes from the processes.
    if (!environment.contains(QStringLiteral("OMP_THREAD_LIMIT")))
        environment.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    // Passwords reach a worker only through its stdin (the configure frame),
    // never its environment, which other processes of the user can read.
    environment.remove(QStringLiteral("QUIRE_PASSWORDS"));
    for (const QString &entry : std::as_const(m_options.extraEnvironment))
        environment.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    m_process.setProcessEnvironment(environment);
    m_process.setProgram(m_options.workerPath.isEmpty() ? Coordinator::defaultWorkerPath() : m_options.workerPath);
    m_process.start();
    m_info.pid = m_process.processId();
    send(configure);
    // Loading the model must not take forever either.
    m_heartbeatTimer.start(std::max(m_options.heartbeatTimeoutMs, 60'000));
}

void WorkerProcess::send(const QCborMap &message)
{
    if (m_process.state() != QProcess::NotRunning)
        m_process.write(protocol::encodeFrame(message));
}

void WorkerProcess::assign(const Job &job, qint64 messageId, int timeoutMs)
{
    m_job = job;
    m_messageId = messageId;
    m_info.state = WorkerInfo::State::Busy;
    m_info.document = QFileInfo(job.path).fileName();
    m_info.page = job.page;
    m_info.percent = 0;
    QCborMap message{{QStringLiteral("type"), job.type == Job::Type::Probe ? protocol::type::Probe
                                                                           : protocol::type::Page},
                     {QStringLiteral("id"), messageId},
                     {QStringLiteral("path"), job.path},
                     {QStringLiteral("page"), job.page}};
    send(message);
    m_pageTimer.start(timeoutMs);
    m_heartbeatTimer.start(m_options.heartbeatTimeoutMs);
}

std::optional<Job> WorkerProcess::takeJob()
{
    std::optional<Job> job = m_job;
    m_job.reset();
    m_pageTimer.stop();
    m_heartbeatTimer.stop();
    m_info.document.clear();
    m_info.page = 0;
    m_info.percent = 0;
    if (m_info.state == WorkerInfo::State::Busy)
        m_info.state = m_retiring ? WorkerInfo::State::Retiring : WorkerInfo::State::Idle;
    return job;
}

void WorkerProcess::retire()
{
    if (m_retiring && !m_job && !m_ready)
        return; // shutdown already sent
    m_retiring = true;
    m_info.state = WorkerInfo::State::Retiring;
    if (!m_job) {
        m_ready = false;
        send(QCborMap{{QStringLiteral("type"), protocol::type::Shutdown}});
        m_process.closeWriteChannel();
    }
}

void WorkerProcess::kill(const QString &reason)
{
    if (m_killReason.isEmpty())
        m_killReason = reason;
    m_pageTimer.stop();
    m_heartbeatTimer.stop();
    m_ready = false;
    m_process.kill();
}

QString WorkerProcess::stderrTail() const
{
    return QString::fromLocal8Bit(m_stderr).trimmed();
}

void WorkerProcess::readFrames()
{
    m_reader.append(m_process.readAllStandardOutput());
    while (std::optional<QCborMap> message = m_reader.next()) {
        const QString type = message->value(QStringLiteral("type")).toString();
        if (m_job)
            m_heartbeatTimer.start(m_options.heartbeatTimeoutMs);
        if (type == protocol::type::Heartbeat) {
            m_info.percent = int(message->value(QStringLiteral("percent")).toInteger());
            continue;
        }
        if (type == protocol::type::Hello) {
            m_heartbeatTimer.stop();
            m_ready = true;
            m_everReady = true;
            m_info.state = m_retiring ? WorkerInfo::State::Retiring : WorkerInfo::State::Idle;
            m_info.pid = message->value(QStringLiteral("pid")).toInteger();
            m_info.device = message->value(QStringLiteral("opencl")).toString();
            m_owner->onHello(this);
            continue;
        }
        m_owner->onMessage(this, *message);
    }
    if (m_reader.hasError())
        kill(tr("sent a malformed message (%1)").arg(m_reader.error()));
}

void WorkerProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_gone)
        return;
    m_gone = true;
    m_ready = false;
    m_pageTimer.stop();
    m_heartbeatTimer.stop();
    m_info.state = WorkerInfo::State::Stopped;
    QString reason = m_killReason;
    if (reason.isEmpty()) {
        if (status == QProcess::CrashExit)
            reason = tr("crashed");
        else if (exitCode != 0 || m_job)
            reason = tr("exited with code %1").arg(exitCode);
    }
    m_owner->onWorkerGone(this, reason, m_job.has_value() && !reason.isEmpty());
}

} // namespace quire
