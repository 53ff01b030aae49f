#include "cluster/ShardProgress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

#include <array>

namespace quire {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::ShardProgress)
};

constexpr std::array kStates = {ShardProgress::State::Running, ShardProgress::State::Finished,
                                ShardProgress::State::Stopped, ShardProgress::State::Failed};

} // namespace

QString ShardProgress::toString(State state)
{
    switch (state) {
    case State::Running:
        return QStringLiteral("running");
    case State::Finished:
        return QStringLiteral("finished");
    case State::Stopped:
        return QStringLiteral("stopped");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("running");
}

double ShardProgress::pagesPerMinute() const
{
    if (!started.isValid() || !updated.isValid())
        return 0;
    const qint64 ms = started.msecsTo(updated);
    return ms > 0 ? (done + failed) * 60'000.0 / double(ms) : 0;
}

ShardProgress ShardProgress::fromRun(const RunCounts &counts, const QStringList &failures, State state,
                                     const QDateTime &started)
{
    ShardProgress progress;
    progress.state = state;
    progress.total = counts.pagesTotal;
    progress.skipped = counts.pagesSkipped;
    progress.done = counts.pagesDone;
    progress.failed = counts.pagesFailed;
    progress.failures = failures.mid(0, 100);
    progress.host = QSysInfo::machineHostName();
    progress.pid = QCoreApplication::applicationPid();
    progress.started = started;
    progress.updated = QDateTime::currentDateTimeUtc();
    return progress;
}

bool ShardProgress::write(const QString &path, QString *error) const
{
    QJsonObject json{
        {QStringLiteral("state"), toString(state)},
        {QStringLiteral("total"), total},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("done"), done},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("failures"), QJsonArray::fromStringList(failures.mid(0, 100))},
        {QStringLiteral("host"), host},
        {QStringLiteral("pid"), double(pid)},
        {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated"), updated.toString(Qt::ISODateWithMs)},
    };
    if (!this->error.isEmpty())
        json.insert(QStringLiteral("error"), this->error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("Cannot write the progress file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = Text::tr("Cannot write the progress file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<ShardProgress> ShardProgress::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot read the progress file %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = Text::tr("The progress file %1 is damaged (%2).")
                         .arg(QDir::toNativeSeparators(path), parseError.errorString());
        return std::nullopt;
    }
    ShardProgress progress;
    const QString state = json.value(QStringLiteral("state")).toString();
    for (State candidate : kStates) {
        if (toString(candidate) == state)
            progress.state = candidate;
    }
    progress.total = json.value(QStringLiteral("total")).toInt();
    progress.skipped = json.value(QStringLiteral("skipped")).toInt();
    progress.done = json.value(QStringLiteral("done")).toInt();
    progress.failed = json.value(QStringLiteral("failed")).toInt();
    for (const QJsonValue &failure : json.value(QStringLiteral("failures")).toArray())
        progress.failures << failure.toString();
    progress.error = json.value(QStringLiteral("error")).toString();
    progress.host = json.value(QStringLiteral("host")).toString();
    progress.pid = qint64(json.value(QStringLiteral("pid")).toDouble());
    progress.started = QDateTime::fromString(json.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    progress.updated = QDateTime::fromString(json.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
    return progress;
}

} // namespace quire
