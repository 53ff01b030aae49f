#pragma once

#include "pipeline/BatchRun.h"
#include "pool/Coordinator.h"
#include "pool/Protocol.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

#include <optional>

namespace quire {

/// One quire-worker process as the coordinator sees it: the QProcess, the
/// frame stream, the job in work and its two watchdogs (page timeout and
/// heartbeat). Reports everything to its Coordinator.
class WorkerProcess final : public QObject
{
    Q_OBJECT

public:
    WorkerProcess(int id, Coordinator *owner, const PoolOptions &options);
    ~WorkerProcess() override;
    Q_DISABLE_COPY_MOVE(WorkerProcess)

    void start(const QCborMap &configure);
    /// Sends @p job and arms the watchdogs (@p timeoutMs for the page).
    void assign(const Job &job, qint64 messageId, int timeoutMs);
    /// Asks the worker to exit once its job (if any) is done.
    void retire();
    /// Kills the process at once; @p reason is reported when it is gone.
    void kill(const QString &reason);

    WorkerInfo &info() { return m_info; }
    const std::optional<Job> &job() const { return m_job; }
    std::optional<Job> takeJob();
    qint64 messageId() const { return m_messageId; }
    bool isReady() const { return m_ready; }
    bool isRetiring() const { return m_retiring; }
    bool everReady() const { return m_everReady; }
    QString stderrTail() const;

private:
    void send(const QCborMap &message);
    void readFrames();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    Coordinator *m_owner;
    PoolOptions m_options;
    QProcess m_process;
    protocol::FrameReader m_reader;
    QTimer m_pageTimer;
    QTimer m_heartbeatTimer;
    WorkerInfo m_info;
    std::optional<Job> m_job;
    qint64 m_messageId = 0;
    bool m_ready = false;
    bool m_everReady = false;
    bool m_retiring = false;
    bool m_gone = false;
    QString m_killReason;
    QByteArray m_stderr;
};

} // namespace quire
