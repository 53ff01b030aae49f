#pragma once

#include "pipeline/PipelineSettings.h"
#include "pool/Coordinator.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QPlainTextEdit;

namespace quire {

template<typename Target>
class SettingForm;

/// The settings changed rarely: those the catalogues place in the dialog
/// (PoolOptions::catalogue(): page timeout, retries, heartbeat, worker memory
/// limit; the pixel cap of PipelineSettings) and the passwords tried on
/// encrypted PDFs.
/// Shown with open(); accepted() means the values are to be applied.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setValues(const PipelineSettings &settings, const PoolOptions &options, bool rememberPasswords);
    /// @p settings and @p options with the dialog's fields applied.
    PipelineSettings pipeline(PipelineSettings settings) const;
    PoolOptions pool(PoolOptions options) const;
    bool rememberPasswords() const;

private:
    std::unique_ptr<SettingForm<PoolOptions>> m_poolForm;
    std::unique_ptr<SettingForm<PipelineSettings>> m_pipelineForm;
    QPlainTextEdit *m_passwords = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace quire
