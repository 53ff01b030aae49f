#pragma once

#include "pipeline/PipelineSettings.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace quire {

/// The settings a person changes often, kept in view: resolution, languages
/// (from those installed), text-layer policy, the cleanup switches and the
/// OpenCL mode with the device the workers reported. The rest of
/// PipelineSettings (passwords, pixel cap) passes through unchanged.
class SettingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPanel(QWidget *parent = nullptr);
    ~SettingsPanel() override;

    void setSettings(const PipelineSettings &settings);
    PipelineSettings settings() const;

    /// Defaults to OcrEngine::installedLanguages().
    void setInstalledLanguages(const QStringList &languages);
    QStringList installedLanguages() const;
    /// Languages in the field that are not installed (empty when all are).
    QStringList missingLanguages() const;

    /// Where image cleanup runs, from the first worker's hello; empty: not known yet.
    void setDevice(const QString &device);
    QString device() const;

    /// While a run goes on the settings are read-only (they apply to a run as a whole).
    void setRunning(bool running);

Q_SIGNALS:
    void settingsChanged(const quire::PipelineSettings &settings);

private:
    void languagesEdited();
    void rebuildLanguageMenu();
    void emitChanged();

    PipelineSettings m_base; ///< Fields not shown here.
    QStringList m_installed;
    QString m_device;
    bool m_loading = false;

    QSpinBox *m_dpi = nullptr;
    QLineEdit *m_languages = nullptr;
    QToolButton *m_languageMenuButton = nullptr;
    QLabel *m_languageProblem = nullptr;
    QComboBox *m_textLayer = nullptr;
    QCheckBox *m_clahe = nullptr;
    QCheckBox *m_binarize = nullptr;
    QCheckBox *m_deskew = nullptr;
    QCheckBox *m_autoRotate = nullptr;
    QCheckBox *m_upsample = nullptr;
    QComboBox *m_openCl = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QLabel *m_runningNote = nullptr;
};

} // namespace quire
