#include "AppSettings.h"

#include "store/Lexicon.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace quire {

namespace {

QString key(const char *group, const char *name)
{
    return QLatin1String(group) + QLatin1Char('/') + QLatin1String(name);
}

} // namespace

AppSettings::AppSettings() = default;

PipelineSettings AppSettings::pipeline() const
{
    const PipelineSettings defaults;
    PipelineSettings s;
    s.dpi = std::clamp(m_settings.value(key("pipeline", "dpi"), defaults.dpi).toInt(), 50, 1200);
    s.upsample = m_settings.value(key("pipeline", "upsample"), defaults.upsample).toBool();
    s.languages = m_settings.value(key("pipeline", "languages"), defaults.languages).toString();
    if (s.languages.trimmed().isEmpty())
        s.languages = defaults.languages;
    s.tessdataPath = m_settings.value(key("pipeline", "tessdataPath")).toString();
    s.textLayer = textLayerPolicyFromString(m_settings.value(key("pipeline", "textLayer")).toString())
                      .value_or(defaults.textLayer);
    s.openCl = openClModeFromString(m_settings.value(key("pipeline", "openCl")).toString()).value_or(defaults.openCl);
    s.preprocess.clahe = m_settings.value(key("pipeline", "clahe"), defaults.preprocess.clahe).toBool();
    s.preprocess.binarize = m_settings.value(key("pipeline", "binarize"), defaults.preprocess.binarize).toBool();
    s.preprocess.deskew = m_settings.value(key("pipeline", "deskew"), defaults.preprocess.deskew).toBool();
    s.autoRotate = m_settings.value(key("pipeline", "autoRotate"), defaults.autoRotate).toBool();
    s.maxPixels = std::max<qint64>(1'000'000, m_settings.value(key("pipeline", "maxPixels"), defaults.maxPixels)
                                                  .toLongLong());
    if (rememberPasswords())
        s.passwords = m_settings.value(key("pipeline", "passwords")).toStringList();
    s.userWordsFile = m_settings.value(key("pipeline", "userWordsFile"), lexicon::personalListPath()).toString();
    return s;
}

void AppSettings::setPipeline(const PipelineSettings &s)
{
    m_settings.setValue(key("pipeline", "dpi"), s.dpi);
    m_settings.setValue(key("pipeline", "upsample"), s.upsample);
    m_settings.setValue(key("pipeline", "languages"), s.languages);
    m_settings.setValue(key("pipeline", "tessdataPath"), s.tessdataPath);
    m_settings.setValue(key("pipeline", "userWordsFile"), s.userWordsFile);
    m_settings.setValue(key("pipeline", "textLayer"), toString(s.textLayer));
    m_settings.setValue(key("pipeline", "openCl"), toString(s.openCl));
    m_settings.setValue(key("pipeline", "clahe"), s.preprocess.clahe);
    m_settings.setValue(key("pipeline", "binarize"), s.preprocess.binarize);
    m_settings.setValue(key("pipeline", "deskew"), s.preprocess.deskew);
    m_settings.setValue(key("pipeline", "autoRotate"), s.autoRotate);
    m_settings.setValue(key("pipeline", "maxPixels"), s.maxPixels);
    if (rememberPasswords())
        m_settings.setValue(key("pipeline", "passwords"), s.passwords);
    else
        m_settings.remove(key("pipeline", "passwords"));
}

PoolOptions AppSettings::pool() const
{
    const PoolOptions defaults;
    PoolOptions o;
    o.workers = std::max(0, m_settings.value(key("pool", "workers"), defaults.workers).toInt());
    o.retries = std::clamp(m_settings.value(key("pool", "retries"), defaults.retries).toInt(), 0, 10);
    o.pageTimeoutMs = std::max(0, m_settings.value(key("pool", "pageTimeoutMs"), defaults.pageTimeoutMs).toInt());
    o.heartbeatTimeoutMs = std::max(
        1000, m_settings.value(key("pool", "heartbeatTimeoutMs"), defaults.heartbeatTimeoutMs).toInt());
    o.maxWorkerResidentKb = std::max<qint64>(
        64 * 1024, m_settings.value(key("pool", "maxWorkerResidentKb"), defaults.maxWorkerResidentKb).toLongLong());
    return o;
}

void AppSettings::setPool(const PoolOptions &o)
{
    m_settings.setValue(key("pool", "workers"), o.workers);
    m_settings.setValue(key("pool", "retries"), o.retries);
    m_settings.setValue(key("pool", "pageTimeoutMs"), o.pageTimeoutMs);
    m_settings.setValue(key("pool", "heartbeatTimeoutMs"), o.heartbeatTimeoutMs);
    m_settings.setValue(key("pool", "maxWorkerResidentKb"), o.maxWorkerResidentKb);
}

bool AppSettings::rememberPasswords() const
{
    return m_settings.value(key("pipeline", "rememberPasswords"), false).toBool();
}

void AppSettings::setRememberPasswords(bool remember)
{
    m_settings.setValue(key("pipeline", "rememberPasswords"), remember);
    if (!remember)
        m_settings.remove(key("pipeline", "passwords"));
}

QString AppSettings::database() const
{
    const QString path = m_settings.value(key("session", "database")).toString();
    return path.isEmpty() ? defaultDatabasePath() : path;
}

void AppSettings::setDatabase(const QString &path)
{
    m_settings.setValue(key("session", "database"), path);
}

QString AppSettings::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("quire.sqlite"));
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(key("window", "geometry")).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(key("window", "state")).toByteArray();
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings.value(QStringLiteral("window/splitter-") + name).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(key("window", "geometry"), geometry);
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(key("window", "state"), state);
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/splitter-") + name, state);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace quire
