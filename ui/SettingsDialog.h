#pragma once

#include "pipeline/PipelineSettings.h"
#include "pool/Coordinator.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;

namespace quire {

/// The settings changed rarely: page timeout, retries, heartbeat, worker
/// memory limit, the pixel cap and the passwords tried on encrypted PDFs.
/// Shown with open(); accepted() means the values are to be applied.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setValues(const PipelineSettings &settings, const PoolOptions &options, bool rememberPasswords);
    /// @p settings and @p options with the dialog's fields applied.
    PipelineSettings pipeline(PipelineSettings settings) const;
    PoolOptions pool(PoolOptions options) const;
    bool rememberPasswords() const;

private:
    QSpinBox *m_pageTimeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QSpinBox *m_heartbeat = nullptr;
    QSpinBox *m_memory = nullptr;
    QDoubleSpinBox *m_megapixels = nullptr;
    QPlainTextEdit *m_passwords = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace quire
