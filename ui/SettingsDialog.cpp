#include "SettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
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

    m_pageTimeout = new QSpinBox;
    m_pageTimeout->setRange(0, 86'400);
    m_pageTimeout->setSuffix(tr(" s"));
    m_pageTimeout->setSpecialValueText(tr("Automatic (%1 s at 300 dpi)")
                                           .arg(Coordinator::pageTimeoutFor(PipelineSettings{}) / 1000));
    m_pageTimeout->setToolTip(tr("A page that takes longer is abandoned, its worker restarted and the page "
                                 "retried. Automatic scales with the page size."));
    m_retries = new QSpinBox;
    m_retries->setRange(0, 10);
    m_retries->setToolTip(tr("How often a page whose worker crashed or hung is tried again before it is "
                             "marked failed."));
    m_heartbeat = new QSpinBox;
    m_heartbeat->setRange(1, 3600);
    m_heartbeat->setSuffix(tr(" s"));
    m_heartbeat->setToolTip(tr("A busy worker that stays silent this long is considered hung and restarted."));
    m_memory = new QSpinBox;
    m_memory->setRange(64, 1'048'576);
    m_memory->setSingleStep(256);
    m_memory->setSuffix(tr(" MB"));
    m_memory->setToolTip(tr("A worker using more memory than this after a page is replaced by a fresh one."));
    m_megapixels = new QDoubleSpinBox;
    m_megapixels->setRange(1, 1000);
    m_megapixels->setDecimals(0);
    m_megapixels->setSuffix(tr(" megapixels"));
    m_megapixels->setToolTip(tr("Pages larger than this at the chosen resolution are rendered at a lower one."));

    auto *pool = new QGroupBox(tr("Workers"));
    auto *poolForm = new QFormLayout(pool);
    poolForm->addRow(tr("Page &timeout:"), m_pageTimeout);
    poolForm->addRow(tr("&Retries per page:"), m_retries);
    poolForm->addRow(tr("&Heartbeat timeout:"), m_heartbeat);
    poolForm->addRow(tr("Worker &memory limit:"), m_memory);
    poolForm->addRow(tr("Largest page &image:"), m_megapixels);

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

void SettingsDialog::setValues(const PipelineSettings &settings, const PoolOptions &options, bool rememberPasswords)
{
    m_pageTimeout->setValue(options.pageTimeoutMs / 1000);
    m_retries->setValue(options.retries);
    m_heartbeat->setValue(options.heartbeatTimeoutMs / 1000);
    m_memory->setValue(int(options.maxWorkerResidentKb / 1024));
    m_megapixels->setValue(double(settings.maxPixels) / 1e6);
    m_passwords->setPlainText(settings.passwords.join(QLatin1Char('\n')));
    m_remember->setChecked(rememberPasswords);
}

PipelineSettings SettingsDialog::pipeline(PipelineSettings settings) const
{
    settings.maxPixels = qint64(m_megapixels->value() * 1e6);
    settings.passwords.clear();
    for (const QString &line : m_passwords->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.isEmpty())
            settings.passwords << line;
    }
    return settings;
}

PoolOptions SettingsDialog::pool(PoolOptions options) const
{
    options.pageTimeoutMs = m_pageTimeout->value() * 1000;
    options.retries = m_retries->value();
    options.heartbeatTimeoutMs = m_heartbeat->value() * 1000;
    options.maxWorkerResidentKb = qint64(m_memory->value()) * 1024;
    return options;
}

bool SettingsDialog::rememberPasswords() const
{
    return m_remember->isChecked();
}

} // namespace quire
