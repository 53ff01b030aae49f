#include "SettingsDialog.h"

#include "SettingForm.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace quire {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Quire Settings"));

    auto *pool = new QGroupBox(tr("Workers"));
    auto *poolForm = new QFormLayout(pool);
    m_poolForm = std::make_unique<SettingForm<PoolOptions>>(PoolOptions::catalogue(), SettingInfo::Dialog, poolForm);
    m_pipelineForm = std::make_unique<SettingForm<PipelineSettings>>(PipelineSettings::catalogue(),
                                                                      SettingInfo::Dialog, poolForm);
    if (auto *timeout = qobject_cast<QSpinBox *>(m_poolForm->widget("pageTimeoutMs")))
        timeout->setSpecialValueText(
            tr("Automatic (%1 s at 300 dpi)").arg(Coordinator::pageTimeoutFor(PipelineSettings{}) / 1000));

    m_passwords = new QPlainTextEdit;
    m_passwords->setPlaceholderText(tr("One password per line"));
    m_passwords->setTabChangesFocus(true);
    m_remember = new QCheckBox(tr("Remember the passwords on this computer (stored unencrypted)"));
    auto *passwords = new QGroupBox(tr("Passwords for encrypted PDFs"));
    auto *passwordLayout = new QVBoxLayout(passwords);
    auto *hint = new QLabel(tr("Each password is tried in turn on every encrypted PDF."));
    hint->setWordWrap(true);
    passwordLayout->addWidget(hint);
    passwordLayout->addWidget(m_passwords);
    passwordLayout->addWidget(m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pool);
    layout->addWidget(passwords, 1);
    layout->addWidget(buttons);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setValues(const PipelineSettings &settings, const PoolOptions &options, bool rememberPasswords)
{
    m_poolForm->load(options);
    m_pipelineForm->load(settings);
    m_passwords->setPlainText(settings.passwords.join(QLatin1Char('\n')));
    m_remember->setChecked(rememberPasswords);
}

PipelineSettings SettingsDialog::pipeline(PipelineSettings settings) const
{
    m_pipelineForm->store(settings);
    settings.passwords.clear();
    for (const QString &line : m_passwords->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.isEmpty())
            settings.passwords << line;
    }
    return settings;
}

PoolOptions SettingsDialog::pool(PoolOptions options) const
{
    m_poolForm->store(options);
    return options;
}

bool SettingsDialog::rememberPasswords() const
{
    return m_remember->isChecked();
}

} // namespace quire
