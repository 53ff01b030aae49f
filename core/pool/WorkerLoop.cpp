#include "pool/WorkerLoop.h"

#include "ocr/OcrEngine.h"
#include "pool/Protocol.h"

#include <QCborArray>
#include <QCborMap>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace quire {

namespace {

class Channel
{
public:
    Channel()
    {
        // Keep the real stdout for frames; point fd 1 at stderr for everything else.
        m_out = ::dup(STDOUT_FILENO);
        ::dup2(STDERR_FILENO, STDOUT_FILENO);
    }

    bool send(const QCborMap &message)
    {
        const QByteArray frame = protocol::encodeFrame(message);
        qsizetype written = 0;
        while (written < frame.size()) {
            const ssize_t n = ::write(m_out, frame.constData() + written, size_t(frame.size() - written));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            written += n;
        }
        return true;
    }

    /// Blocks until a whole message arrives; nothing at end of input or on a bad frame.
    std::optional<QCborMap> receive(QString *error)
    {
        char buffer[64 * 1024];
        for (;;) {
            if (auto message = m_reader.next())
                return message;
            if (m_reader.hasError()) {
                *error = m_reader.error();
                return std::nullopt;
            }
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return std::nullopt;
            m_reader.append(QByteArray(buffer, qsizetype(n)));
        }
    }

private:
    int m_out = -1;
    protocol::FrameReader m_reader;
};

qint64 cpuMs()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

/// The most this process has held resident (VmHWM), in KiB.
qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

qint64 residentKb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * (::sysconf(_SC_PAGESIZE) / 1024);
}

/// Caps the data this process may hold (heap and private mappings): past
/// it allocations fail (std::bad_alloc, which a page turns into "out of
/// memory"). Not under AddressSanitizer, whose shadow memory counts too.
void limitMemory(qint64 limitKb)
{
#if !defined(__SANITIZE_ADDRESS__)
    if (limitKb <= 0)
        return;
    rlimit limit{};
    ::getrlimit(RLIMIT_DATA, &limit);
    const rlim_t bytes = rlim_t(limitKb) * 1024;
    if (limit.rlim_max == RLIM_INFINITY || bytes < limit.rlim_max) {
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_DATA, &limit);
    }
#else
    Q_UNUSED(limitKb)
#endif
}

char *volatile g_hog = nullptr;

/// Test-only misbehaviour, see WorkerLoop.h.
void injectFault(const QString &path, int page)
{
    static const QString faults = QString::fromLocal8Bit(qgetenv("QUIRE_WORKER_FAULTS"));
    if (faults.isEmpty())
        return;
    static std::vector<std::vector<char>> leaked;
    const QString target = QFileInfo(path).fileName() + QLatin1Char(':') + QString::number(page);
    for (const QString &fault : faults.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString action = fault.section(QLatin1Char('@'), 0, 0);
        if (fault.section(QLatin1Char('@'), 1) != target)
            continue;
        if (action == QLatin1String("crash"))
            std::abort();
        if (action == QLatin1String("crashonce")) {
            const QString marker = QDir(QString::fromLocal8Bit(qgetenv("QUIRE_WORKER_FAULT_DIR")))
                                       .filePath(target + QStringLiteral(".crashed"));
            if (!QFileInfo::exists(marker)) {
                QFile file(marker);
                if (file.open(QIODevice::WriteOnly))
                    file.close();
                std::abort();
            }
        }
        if (action == QLatin1String("hang")) {
            for (;;)
                ::pause();
        }
        if (action == QLatin1String("leak"))
            leaked.emplace_back(200 * 1024 * 1024, char(1));
        if (action == QLatin1String("hog")) {
            // 2 GiB, never touched: only the memory limit can refuse it.
            const QString marker = QDir(QString::fromLocal8Bit(qgetenv("QUIRE_WORKER_FAULT_DIR")))
                                       .filePath(target + QStringLiteral(".hog"));
            QFile file(marker);
            if (file.open(QIODevice::WriteOnly)) {
                try {
                    std::unique_ptr<char[]> hog(new char[size_t(2) << 30]);
                    g_hog = hog.get(); // escapes: the allocation cannot be left out
                    file.write("allowed");
                } catch (const std::bad_alloc &) {
                    file.write("refused");
                }
            }
        }
    }
}

} // namespace

int WorkerLoop::run()
{
    Channel channel;
    QString error;
    const std::optional<QCborMap> configure = channel.receive(&error);
    if (!configure || configure->value(QStringLiteral("type")).toString() != protocol::type::Configure) {
        channel.send(QCborMap{{QStringLiteral("type"), protocol::type::Error},
                              {QStringLiteral("error"), error.isEmpty() ? QStringLiteral("expected a configure frame")
                                                                        : error}});
        return 3;
    }
    const PipelineSettings settings = PipelineSettings::fromJson(
        QJsonDocument::fromJson(configure->value(QStringLiteral("settings")).toByteArray()).object());
    limitMemory(configure->value(QStringLiteral("memoryLimitKb")).toInteger());
    PipelineSettings withPasswords = settings;
    const QCborArray passwords = configure->value(QStringLiteral("passwords")).toArray();
    for (const QCborValue &password : passwords)
        withPasswords.passwords << password.toString();

    PageProcessor processor(withPasswords);
    const bool ready = processor.init();
    channel.send(QCborMap{{QStringLiteral("type"), ready ? protocol::type::Hello : protocol::type::Error},
                          {QStringLiteral("pid"), qint64(::getpid())},
                          {QStringLiteral("languages"), settings.languages},
                          {QStringLiteral("opencl"), processor.openCl().device},
                          {QStringLiteral("error"), processor.errorString()}});
    if (!ready)
        return 3;

    for (;;) {
        const std::optional<QCborMap> message = channel.receive(&error);
        if (!message) {
            if (!error.isEmpty()) {
                channel.send(QCborMap{{QStringLiteral("type"), protocol::type::Error}, {QStringLiteral("error"), error}});
                return 4;
            }
            return 0; // stdin closed: the coordinator is gone
        }
        const QString type = message->value(QStringLiteral("type")).toString();
        const qint64 id = message->value(QStringLiteral("id")).toInteger();
        const QString path = message->value(QStringLiteral("path")).toString();
        if (type == protocol::type::Shutdown)
            return 0;
        if (type == protocol::type::Probe) {
            QCborMap reply = protocol::toCbor(processor.probe(path));
            reply.insert(QStringLiteral("type"), protocol::type::Probed);
            reply.insert(QStringLiteral("id"), id);
            channel.send(reply);
            continue;
        }
        if (type == protocol::type::Page) {
            const int page = int(message->value(QStringLiteral("page")).toInteger());
            injectFault(path, page);
            QElapsedTimer sinceBeat;
            sinceBeat.start();
            const auto heartbeat = [&](int percent) {
                if (sinceBeat.elapsed() >= 500) {
                    sinceBeat.restart();
                    channel.send(QCborMap{{QStringLiteral("type"), protocol::type::Heartbeat},
                                          {QStringLiteral("id"), id},
                                          {QStringLiteral("percent"), percent}});
                }
                return true;
            };
            QCborMap reply;
            reply.insert(QStringLiteral("type"), protocol::type::Result);
            reply.insert(QStringLiteral("id"), id);
            reply.insert(QStringLiteral("result"), protocol::toCbor(processor.process(path, page, heartbeat)));
            reply.insert(QStringLiteral("rssKb"), residentKb());
            reply.insert(QStringLiteral("peakKb"), peakResidentKb());
            reply.insert(QStringLiteral("cpuMs"), cpuMs());
            channel.send(reply);
            continue;
        }
        channel.send(QCborMap{{QStringLiteral("type"), protocol::type::Error},
                              {QStringLiteral("error"), QStringLiteral("unknown message type '%1'").arg(type)}});
        return 4;
    }
}

} // namespace quire
