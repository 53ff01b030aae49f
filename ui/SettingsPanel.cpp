#include "SettingsPanel.h"

#include "SettingForm.h"

#include "ocr/OcrEngine.h"

#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace quire {

namespace {

QStringList splitLanguages(const QString &text)
{
    QStringList languages;
    for (const QString &part : text.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        const QString language = part.trimmed();
        if (!language.isEmpty() && !languages.contains(language))
            languages << language;
    }
    return languages;
}

/// Completes the language after the last '+', so "eng+s" offers "spa".
class LanguageCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override
    {
        return {path.section(QLatin1Char('+'), -1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString chosen = QCompleter::pathFromIndex(index);
        const auto *edit = qobject_cast<const QLineEdit *>(widget());
        if (!edit)
            return chosen;
        const QString text = edit->text();
        const qsizetype plus = text.lastIndexOf(QLatin1Char('+'));
        return plus < 0 ? chosen : text.left(plus + 1) + chosen;
    }
};

} // namespace

SettingsPanel::SettingsPanel(QWidget *parent)
    : QWidget(parent)
{
    QWidget *languages = buildLanguageChooser();
    m_deviceLabel = new QLabel;
    m_deviceLabel->setWordWrap(true);
    m_deviceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setDevice({});
    m_runningNote = new QLabel(tr("Settings apply to a whole run; change them when it ends."));
    m_runningNote->setWordWrap(true);
    m_runningNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_runningNote->hide();

    auto *form = new QFormLayout(this);
    form->setContentsMargins(6, 6, 6, 6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form = std::make_unique<SettingForm<PipelineSettings>>(PipelineSettings::catalogue(), SettingInfo::Panel, form,
                                                             QHash<QString, QWidget *>{{QStringLiteral("languages"),
                                                                                        languages}});
    // The languages' problem right under them, the device under the OpenCL mode.
    int row = 0;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(languages, &row, &role);
    form->insertRow(row + 1, QString(), m_languageProblem);
    form->addRow(QString(), m_deviceLabel);
    form->addRow(m_runningNote);
    m_form->onChanged(this, [this] { emitChanged(); });

    setInstalledLanguages(OcrEngine::installedLanguages());
    setSettings(PipelineSettings{});
}

QWidget *SettingsPanel::buildLanguageChooser()
{
    m_languages = new QLineEdit;
    m_languages->setObjectName(QStringLiteral("languages"));
    m_languages->setPlaceholderText(QStringLiteral("eng"));
    m_languages->setToolTip(tr("Tesseract languages, joined with '+', the main language first (e.g. eng+spa)."));
    auto *completer = new LanguageCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_languages->setCompleter(completer);
    m_languageMenuButton = new QToolButton;
    m_languageMenuButton->setText(tr("Choose"));
    m_languageMenuButton->setToolTip(tr("Tick the installed languages to use"));
    m_languageMenuButton->setPopupMode(QToolButton::InstantPopup);
    m_languageMenuButton->setMenu(new QMenu(m_languageMenuButton));
    connect(m_languageMenuButton->menu(), &QMenu::aboutToShow, this, &SettingsPanel::rebuildLanguageMenu);
    connect(m_languages, &QLineEdit::textChanged, this, &SettingsPanel::languagesEdited);
    m_languageProblem = new QLabel;
    m_languageProblem->setWordWrap(true);
    m_languageProblem->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_languageProblem->hide();

    auto *chooser = new QWidget;
    auto *row = new QHBoxLayout(chooser);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_languages, 1);
    row->addWidget(m_languageMenuButton);
    return chooser;
}

SettingsPanel::~SettingsPanel() = default;

void SettingsPanel::setSettings(const PipelineSettings &settings)
{
    m_loading = true;
    m_base = settings;
    m_form->load(settings);
    m_languages->setText(settings.languages);
    m_loading = false;
    languagesEdited();
}

PipelineSettings SettingsPanel::settings() const
{
    PipelineSettings s = m_base;
    m_form->store(s);
    const QStringList languages = splitLanguages(m_languages->text());
    s.languages = languages.isEmpty() ? PipelineSettings{}.languages : languages.join(QLatin1Char('+'));
    return s;
}

void SettingsPanel::setInstalledLanguages(const QStringList &languages)
{
    m_installed = languages;
    if (auto *model = qobject_cast<QStringListModel *>(m_languages->completer()->model()))
        model->setStringList(languages);
    languagesEdited();
}

QStringList SettingsPanel::installedLanguages() const
{
    return m_installed;
}

QStringList SettingsPanel::missingLanguages() const
{
    QStringList missing;
    for (const QString &language : splitLanguages(m_languages->text())) {
        if (!m_installed.contains(language))
            missing << language;
    }
    return missing;
}

void SettingsPanel::languagesEdited()
{
    const QStringList missing = missingLanguages();
    if (missing.isEmpty()) {
        m_languageProblem->hide();
        m_languages->setStyleSheet(QString());
    } else {
        m_languageProblem->setText(tr("Not installed: %1. Installed: %2. Install the tesseract-ocr-%3 package.")
                                       .arg(missing.join(QStringLiteral(", ")),
                                            m_installed.isEmpty() ? tr("none") : m_installed.join(QStringLiteral(", ")),
                                            missing.constFirst()));
        m_languageProblem->show();
        m_languages->setStyleSheet(QStringLiteral("QLineEdit { color: #b02020; }"));
    }
    emitChanged();
}

void SettingsPanel::rebuildLanguageMenu()
{
    QMenu *menu = m_languageMenuButton->menu();
    menu->clear();
    const QStringList chosen = splitLanguages(m_languages->text());
    if (m_installed.isEmpty()) {
        menu->addAction(tr("No Tesseract languages are installed"))->setEnabled(false);
        return;
    }
    for (const QString &language : std::as_const(m_installed)) {
        QAction *action = menu->addAction(language);
        action->setCheckable(true);
        action->setChecked(chosen.contains(language));
        connect(action, &QAction::toggled, this, [this, language](bool on) {
            QStringList current = splitLanguages(m_languages->text());
            current.removeAll(language);
            // The first ticked stays the main language; a newly ticked one is added after it.
            if (on)
                current << language;
            m_languages->setText(current.join(QLatin1Char('+')));
        });
    }
}

void SettingsPanel::setDevice(const QString &device)
{
    m_device = device;
    if (device.isEmpty())
        m_deviceLabel->setText(tr("Cleanup device: known once a worker starts."));
    else
        m_deviceLabel->setText(tr("Cleanup runs on: %1").arg(device));
}

QString SettingsPanel::device() const
{
    return m_device;
}

void SettingsPanel::setRunning(bool running)
{
    m_form->setEnabled(!running);
    m_runningNote->setVisible(running);
}

void SettingsPanel::emitChanged()
{
    if (!m_loading)
        Q_EMIT settingsChanged(settings());
}

} // namespace quire
