#include "AppSettings.h"

#include "ocr/OcrEngine.h"
#include "ocr/OcrLanguages.h"
#include "store/Lexicon.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>

namespace quire {

namespace {

QString key(const char *group, const char *name)
{
    return QLatin1String(group) + QLatin1Char('/') + QLatin1String(name);
}

/// A stored value as the catalogue accepts it: numbers kept within their range.
QVariant sanitized(const SettingInfo &info, const QVariant &value)
{
    if (info.type != SettingInfo::Type::Integer && info.type != SettingInfo::Type::Real)
        return value;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return {};
    if (info.maximum > info.minimum)
        return std::clamp(number, info.minimum * info.scale, info.maximum * info.scale);
    return number;
}

/// Reads the remembered settings of @p catalogue into @p target (whose values stay where none is stored).
template<typename Target>
void load(const QSettings &settings, const char *group, const QList<Setting<Target>> &catalogue, Target &target)
{
    for (const Setting<Target> &setting : catalogue) {
        if (!(setting.info.places & SettingInfo::Remembered))
            continue;
        const QVariant value = sanitized(setting.info, settings.value(key(group, setting.info.name)));
        if (value.isValid())
            setting.set(target, value);
    }
}

template<typename Target>
void save(QSettings &settings, const char *group, const QList<Setting<Target>> &catalogue, const Target &source)
{
    for (const Setting<Target> &setting : catalogue) {
        if (setting.info.places & SettingInfo::Remembered)
            settings.setValue(key(group, setting.info.name), setting.get(source));
    }
}

} // namespace

AppSettings::AppSettings() = default;

PipelineSettings AppSettings::pipeline() const
{
    PipelineSettings s;
    s.userWordsFile = lexicon::personalListPath();
    load(m_settings, "pipeline", PipelineSettings::catalogue(), s);
    // The first start reads the person's language (and English) where its data is installed.
    if (!m_settings.contains(key("pipeline", "languages")))
        s.languages = ocrlanguages::defaultLanguages(QLocale(), OcrEngine::installedLanguages(s.tessdataPath));
    if (s.languages.trimmed().isEmpty())
        s.languages = PipelineSettings{}.languages;
    if (rememberPasswords())
        s.passwords = m_settings.value(key("pipeline", "passwords")).toStringList();
    return s;
}

void AppSettings::setPipeline(const PipelineSettings &s)
{
    save(m_settings, "pipeline", PipelineSettings::catalogue(), s);
    if (rememberPasswords())
        m_settings.setValue(key("pipeline", "passwords"), s.passwords);
    else
        m_settings.remove(key("pipeline", "passwords"));
}

PoolOptions AppSettings::pool() const
{
    PoolOptions o;
    load(m_settings, "pool", PoolOptions::catalogue(), o);
    return o;
}

void AppSettings::setPool(const PoolOptions &o)
{
    save(m_settings, "pool", PoolOptions::catalogue(), o);
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
