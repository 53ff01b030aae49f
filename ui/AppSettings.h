#pragma once

#include "pipeline/PipelineSettings.h"
#include "pool/Coordinator.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace quire {

/// What the window remembers between sessions, kept in QSettings (the
/// organisation and application names of QCoreApplication decide where):
/// the pipeline settings, the pool options, the database last used and the
/// window's geometry. Passwords are remembered only when the person asked for
/// it, since QSettings stores them unencrypted.
class AppSettings final
{
public:
    AppSettings();
    Q_DISABLE_COPY_MOVE(AppSettings)

    /// Before any is stored (the first start) the OCR languages are those of
    /// the default QLocale plus English, where installed (es_ES: spa+eng).
    PipelineSettings pipeline() const;
    void setPipeline(const PipelineSettings &settings);

    /// Worker count, retries, timeouts and memory limit. workerPath and
    /// extraEnvironment are not stored: Coordinator::defaultWorkerPath() finds the worker.
    PoolOptions pool() const;
    void setPool(const PoolOptions &options);

    bool rememberPasswords() const;
    void setRememberPasswords(bool remember);

    /// The database last opened, or defaultDatabasePath() the first time.
    QString database() const;
    void setDatabase(const QString &path);
    /// quire.sqlite in the application data folder (created when missing).
    static QString defaultDatabasePath();

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState(const QString &name) const;
    void setWindowGeometry(const QByteArray &geometry);
    void setWindowState(const QByteArray &state);
    void setSplitterState(const QString &name, const QByteArray &state);

    void sync();

private:
    QSettings m_settings;
};

} // namespace quire
