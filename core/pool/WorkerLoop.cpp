#include "pool/WorkerLoop.h"

#include "pipeline/PagePreview.h"
#include "pipeline/PageProcessor.h"
#include "pool/ProcessMemory.h"
#include "pool/Protocol.h"

#include <QCborArray>
#include <QCborMap>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>
#include <memory>
#include <new>
#include <sys/resource.h>
#include <unistd.h>

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

/// The settings and passwords of a configure or preview frame.
PipelineSettings settingsFrom(const QCborMap &message)
{
    PipelineSettings settings = PipelineSettings::fromJson(
        QJsonDocument::fromJson(message.value(QStringLiteral("settings")).toByteArray()).object());
    const QCborArray passwords = message.value(QStringLiteral("passwords")).toArray();
    for (const QCborValue &password : passwords)
        settings.passwords << password.toString();
    return settings;
}

QCborMap errorFrame(const QString &error)
{
    return QCborMap{{QStringLiteral("type"), protocol::type::Error}, {QStringLiteral("error"), error}};
}

/// Serves one page job: the result, with the worker's memory and CPU time.
QCborMap processPage(Channel &channel, PageProcessor &processor, const QCborMap &message,
                     const WorkerLoop::PageHook &beforePage)
{
    const qint64 id = message.value(QStringLiteral("id")).toInteger();
    const QString path = message.value(QStringLiteral("path")).toString();
    const int page = int(message.value(QStringLiteral("page")).toInteger());
    if (beforePage)
        beforePage(path, page, false);
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
    return QCborMap{{QStringLiteral("type"), protocol::type::Result},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("result"), protocol::toCbor(processor.process(path, page, heartbeat))},
                    {QStringLiteral("rssKb"), process::residentKb()},
                    {QStringLiteral("peakKb"), process::peakResidentKb()},
                    {QStringLiteral("cpuMs"), cpuMs()}};
}

/// Serves one preview job: the page's images as people look at them, or a thumbnail.
QCborMap renderPreview(const QCborMap &message, const WorkerLoop::PageHook &beforePage)
{
    const QString path = message.value(QStringLiteral("path")).toString();
    const PageResult page = protocol::pageResultFromCbor(message.value(QStringLiteral("result")).toMap());
    const PipelineSettings settings = settingsFrom(message);
    const int thumbnailHeight = int(message.value(QStringLiteral("thumbnail")).toInteger());
    if (beforePage)
        beforePage(path, page.page, true);
    QString error;
    PageImages images;
    if (thumbnailHeight > 0)
        images.rendered = PagePreview::thumbnail(path, page.page, page.rotation, thumbnailHeight, settings.passwords,
                                                 &error);
    else
        images = PagePreview::render(path, page, settings, &error);
    // Two page images must fit in one frame: halve very large ones (the view scales them).
    while (qint64(images.rendered.sizeInBytes() + images.cleaned.sizeInBytes()) > protocol::kMaxFrameBytes / 2) {
        images.rendered = images.rendered.scaled(images.rendered.size() / 2, Qt::IgnoreAspectRatio,
                                                 Qt::SmoothTransformation);
        images.cleaned = images.cleaned.scaled(images.cleaned.size() / 2, Qt::IgnoreAspectRatio,
                                               Qt::SmoothTransformation);
    }
    return QCborMap{{QStringLiteral("type"), protocol::type::Previewed},
                    {QStringLiteral("id"), message.value(QStringLiteral("id"))},
                    {QStringLiteral("error"), images.rendered.isNull() ? error : QString()},
                    {QStringLiteral("rendered"), protocol::toCbor(images.rendered)},
                    {QStringLiteral("cleaned"), protocol::toCbor(images.cleaned)}};
}

} // namespace

int WorkerLoop::run(const PageHook &beforePage)
{
    Channel channel;
    QString error;
    const std::optional<QCborMap> configure = channel.receive(&error);
    if (!configure || configure->value(QStringLiteral("type")).toString() != protocol::type::Configure) {
        channel.send(errorFrame(error.isEmpty() ? QStringLiteral("expected a configure frame") : error));
        return 3;
    }
    const PipelineSettings settings = settingsFrom(*configure);
    limitMemory(configure->value(QStringLiteral("memoryLimitKb")).toInteger());
    const bool preview = configure->value(QStringLiteral("role")).toString() == protocol::kRolePreview;
    PageProcessor processor(settings);
    // A preview worker recognizes nothing: no OCR model to load.
    const bool ready = preview || processor.init();
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
            if (error.isEmpty())
                return 0; // stdin closed: the coordinator is gone
            channel.send(errorFrame(error));
            return 4;
        }
        const QString type = message->value(QStringLiteral("type")).toString();
        if (type == protocol::type::Shutdown)
            return 0;
        if (type == protocol::type::Probe) {
            QCborMap reply = protocol::toCbor(processor.probe(message->value(QStringLiteral("path")).toString()));
            reply.insert(QStringLiteral("type"), protocol::type::Probed);
            reply.insert(QStringLiteral("id"), message->value(QStringLiteral("id")));
            channel.send(reply);
        } else if (type == protocol::type::Page && !preview) {
            channel.send(processPage(channel, processor, *message, beforePage));
        } else if (type == protocol::type::Preview) {
            channel.send(renderPreview(*message, beforePage));
        } else {
            channel.send(errorFrame(QStringLiteral("unknown message type '%1'").arg(type)));
            return 4;
        }
    }
}

} // namespace quire
