#include "pool/PreviewRenderer.h"

#include "pool/Coordinator.h"

#include <QCborArray>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <sys/resource.h>

namespace quire {

namespace {

constexpr qsizetype kCachedPages = 6;
// Below the workers of a run: previews wait, pages do not.
constexpr int kNiceness = 10;

QString keyOf(const PreviewRequest &request)
{
    const PageResult &p = request.page;
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
        .arg(request.path)
        .arg(p.page)
        .arg(toString(p.kind))
        .arg(p.dpi)
        .arg(p.rotation)
        .arg(request.thumbnailHeight)
        .arg(QString::fromUtf8(QJsonDocument(request.settings.toJson()).toJson(QJsonDocument::Compact)))
        .arg(request.settings.passwords.join(QLatin1Char('\n')));
}

/// What the view paints without converting on every paint (done off the GUI thread).
QImage forDisplay(const QImage &image)
{
    if (image.isNull())
        return image;
    return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                          : QImage::Format_RGB32);
}

} // namespace

PreviewRenderer::PreviewRenderer(QObject *parent)
    : QObject(parent)
    , m_workerPath(Coordinator::defaultWorkerPath())
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        onProcessGone(tr("rendering took longer than %1 s").arg(m_timeoutMs / 1000));
    });
}

PreviewRenderer::~PreviewRenderer()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void PreviewRenderer::setWorkerPath(const QString &path)
{
    m_workerPath = path;
}

void PreviewRenderer::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
}

quint64 PreviewRenderer::request(const QObject *client, const PreviewRequest &request, Priority priority)
{
    Pending pending{m_nextTicket++, client, request, priority, keyOf(request)};
    pending.request.page.words.clear(); // not needed to render; don't carry thousands of them around
    pending.request.page.text.clear();
    const auto cached = std::find_if(m_cache.cbegin(), m_cache.cend(),
                                     [&](const auto &entry) { return entry.first == pending.key; });
    if (cached != m_cache.cend()) {
        const PageImages images = cached->second;
        QMetaObject::invokeMethod(this, [this, ticket = pending.ticket, images] { Q_EMIT rendered(ticket, images, {}); },
                                  Qt::QueuedConnection);
        return pending.ticket;
    }
    if (priority == Priority::Show) {
        // The latest page to show wins: what this client asked to show before is moot.
        std::erase_if(m_waiting, [client](const Pending &p) { return p.client == client && p.priority == Priority::Show; });
    }
    m_waiting.push_back(pending);
    startNext();
    return pending.ticket;
}

void PreviewRenderer::cancel(const QObject *client)
{
    std::erase_if(m_waiting, [client](const Pending &p) { return p.client == client; });
}

int PreviewRenderer::pendingFor(const QObject *client) const
{
    const auto count = std::count_if(m_waiting.cbegin(), m_waiting.cend(),
                                     [client](const Pending &p) { return p.client == client; });
    return int(count) + (m_inFlight && m_inFlight->client == client ? 1 : 0);
}

int PreviewRenderer::waitingCount() const
{
    return int(m_waiting.size());
}

bool PreviewRenderer::isRendering() const
{
    return m_inFlight.has_value();
}

int PreviewRenderer::failures() const
{
    return m_failures;
}

void PreviewRenderer::startNext()
{
    if (m_inFlight || m_waiting.empty())
        return;
    if (!ensureProcess() || !m_ready)
        return; // the hello starts it
    const auto next = std::min_element(m_waiting.begin(), m_waiting.end(), [](const Pending &a, const Pending &b) {
        return int(a.priority) < int(b.priority);
    });
    m_inFlight = *next;
    m_waiting.erase(next);
    send(*m_inFlight);
}

bool PreviewRenderer::ensureProcess()
{
    if (m_process)
        return true;
    m_process = new QProcess(this);
    m_ready = false;
    m_reader = protocol::FrameReader();
    m_process->setChildProcessModifier([] { ::setpriority(PRIO_PROCESS, 0, kNiceness); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &PreviewRenderer::readFrames);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onProcessGone(tr("the renderer %1 could not be started: %2")
                              .arg(m_workerPath, m_process ? m_process->errorString() : QString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        onProcessGone(status == QProcess::CrashExit ? tr("the renderer crashed")
                                                    : tr("the renderer stopped (exit code %1)").arg(code));
    });
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(m_workerPath, {});
    m_process->write(protocol::encodeFrame(QCborMap{{QStringLiteral("type"), protocol::type::Configure},
                                                    {QStringLiteral("role"), protocol::kRolePreview},
                                                    {QStringLiteral("settings"), QByteArray("{}")}}));
    return true;
}

void PreviewRenderer::send(const Pending &pending)
{
    QCborArray passwords;
    for (const QString &password : pending.request.settings.passwords)
        passwords.append(password);
    const QByteArray settings = QJsonDocument(pending.request.settings.toJson()).toJson(QJsonDocument::Compact);
    m_process->write(protocol::encodeFrame(QCborMap{{QStringLiteral("type"), protocol::type::Preview},
                                                    {QStringLiteral("id"), qint64(pending.ticket)},
                                                    {QStringLiteral("path"), pending.request.path},
                                                    {QStringLiteral("result"), protocol::toCbor(pending.request.page)},
                                                    {QStringLiteral("settings"), settings},
                                                    {QStringLiteral("passwords"), passwords},
                                                    {QStringLiteral("thumbnail"), pending.request.thumbnailHeight}}));
    m_timeout.start(m_timeoutMs);
}

void PreviewRenderer::readFrames()
{
    if (!m_process)
        return;
    m_reader.append(m_process->readAllStandardOutput());
    while (const std::optional<QCborMap> message = m_reader.next()) {
        const QString type = message->value(QStringLiteral("type")).toString();
        if (type == protocol::type::Hello) {
            m_ready = true;
            startNext();
        } else if (type == protocol::type::Previewed) {
            onFinished(*message);
        } else if (type == protocol::type::Error) {
            onProcessGone(message->value(QStringLiteral("error")).toString());
            return;
        }
    }
    if (m_reader.hasError())
        onProcessGone(tr("the renderer sent a malformed answer (%1)").arg(m_reader.error()));
}

void PreviewRenderer::onFinished(const QCborMap &reply)
{
    if (!m_inFlight || reply.value(QStringLiteral("id")).toInteger() != qint64(m_inFlight->ticket))
        return;
    m_timeout.stop();
    const Pending done = *m_inFlight;
    m_inFlight.reset();
    PageImages images;
    images.rendered = protocol::imageFromCbor(reply.value(QStringLiteral("rendered")).toMap());
    images.cleaned = protocol::imageFromCbor(reply.value(QStringLiteral("cleaned")).toMap());
    const QString error = reply.value(QStringLiteral("error")).toString();
    startNext();
    if (done.request.thumbnailHeight > 0 || images.rendered.isNull()) {
        answer(done, images, error);
        return;
    }
    // Page images are converted for painting on a pool thread; the GUI thread only swaps them in.
    auto *watcher = new QFutureWatcher<PageImages>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        const PageImages converted = watcher->result();
        remember(done.key, converted);
        answer(done, converted, {});
    });
    watcher->setFuture(QtConcurrent::run([images] {
        return PageImages{forDisplay(images.rendered), forDisplay(images.cleaned)};
    }));
}

void PreviewRenderer::onProcessGone(const QString &reason)
{
    if (!m_process)
        return;
    m_timeout.stop();
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    process->kill();
    process->deleteLater();
    m_ready = false;
    if (m_inFlight) {
        // Never retried: a page that crashes the renderer would crash it again.
        ++m_failures;
        const Pending failed = *m_inFlight;
        m_inFlight.reset();
        answer(failed, {}, tr("%1 on %2, page %3; the run is not affected").arg(reason)
                               .arg(QFileInfo(failed.request.path).fileName())
                               .arg(failed.request.page.page));
    } else {
        // Nothing was being rendered (it failed to start): the waiting requests cannot be served either.
        const std::deque<Pending> waiting = std::exchange(m_waiting, {});
        for (const Pending &pending : waiting)
            answer(pending, {}, reason);
        return;
    }
    startNext();
}

void PreviewRenderer::answer(const Pending &pending, const PageImages &images, const QString &error)
{
    Q_EMIT rendered(pending.ticket, images, error);
}

void PreviewRenderer::remember(const QString &key, const PageImages &images)
{
    m_cache.removeIf([&key](const auto &entry) { return entry.first == key; });
    m_cache.prepend({key, images});
    while (m_cache.size() > kCachedPages)
        m_cache.removeLast();
}

} // namespace quire
