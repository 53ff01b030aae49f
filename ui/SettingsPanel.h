#pragma once

#include "pipeline/PipelineSettings.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QSpinBox;
class QToolButton;

namespace quire {

template<typename Target>
class SettingForm;

/// The settings a person changes often, kept in view: those the catalogue
/// places on the panel (PipelineSettings::catalogue(): resolution, text-layer
/// policy, the cleanup switches, the OpenCL mode), the languages with a
/// chooser (ticked from those installed; the others name their Debian package), and the device the workers reported. The rest
/// of PipelineSettings (passwords, pixel cap) passes through unchanged.
class SettingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPanel(QWidget *parent = nullptr);
    ~SettingsPanel() override;
    Q_DISABLE_COPY_MOVE(SettingsPanel)

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
    void addMissingLanguages(QMenu *menu);
    static QString languageLabel(const QString &code);
    void emitChanged();

    QWidget *buildLanguageChooser();

    PipelineSettings m_base; ///< Fields not shown here.
    QStringList m_installed;
    QString m_device;
    bool m_loading = false;

    std::unique_ptr<SettingForm<PipelineSettings>> m_form;
    QLineEdit *m_languages = nullptr;
    QToolButton *m_languageMenuButton = nullptr;
    QLabel *m_languageProblem = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QLabel *m_runningNote = nullptr;
};

} // namespace quire
