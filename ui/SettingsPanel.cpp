#include "SettingsPanel.h"

#include "ocr/OcrEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
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
    m_dpi = new QSpinBox;
    m_dpi->setRange(50, 1200);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("Resolution pages are rendered at for recognition. 300 dpi reads small print well; "
                         "150 dpi is about four times faster but misses more. Scanned pages are read at their "
                         "own resolution, at most this."));
    m_upsample = new QCheckBox(tr("Scale coarser scans up to it"));
    m_upsample->setToolTip(tr("Scans below the resolution are normally read as they are, with their true "
                              "resolution; this scales them up to it first."));

    m_languages = new QLineEdit;
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

    m_textLayer = new QComboBox;
    m_textLayer->addItem(tr("Use it where present"), toString(TextLayerPolicy::Auto));
    m_textLayer->addItem(tr("Ignore, OCR all"), toString(TextLayerPolicy::Ocr));
    m_textLayer->addItem(tr("Only it, no OCR"), toString(TextLayerPolicy::Text));
    m_textLayer->setToolTip(tr("Pages of PDFs made from text carry their text already; reading it takes "
                               "milliseconds instead of a second of OCR."));

    m_clahe = new QCheckBox(tr("Even out contrast (CLAHE)"));
    m_clahe->setToolTip(tr("Helps faint or unevenly lit scans; costs a little time."));
    m_binarize = new QCheckBox(tr("Black and white"));
    m_binarize->setToolTip(tr("Hand Tesseract a clean black-on-white page (Otsu threshold)."));
    m_deskew = new QCheckBox(tr("Straighten skew"));
    m_deskew->setToolTip(tr("Detect and correct small rotations (up to 10 degrees)."));
    m_autoRotate = new QCheckBox(tr("Turn rotated pages"));
    m_autoRotate->setToolTip(tr("Detect pages rotated by 90, 180 or 270 degrees (Tesseract OSD)."));

    m_openCl = new QComboBox;
    m_openCl->addItem(tr("Auto (GPU if any)"), toString(OpenClMode::Auto));
    m_openCl->addItem(tr("On"), toString(OpenClMode::On));
    m_openCl->addItem(tr("Off (CPU)"), toString(OpenClMode::Off));
    m_openCl->setToolTip(tr("Run image cleanup through OpenCL. On a computer without a GPU the CPU path is "
                            "faster, which is what Auto chooses."));
    m_deviceLabel = new QLabel;
    m_deviceLabel->setWordWrap(true);
    m_deviceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setDevice({});

    m_runningNote = new QLabel(tr("Settings apply to a whole run; change them when it ends."));
    m_runningNote->setWordWrap(true);
    m_runningNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_runningNote->hide();

    auto *languageRow = new QHBoxLayout;
    languageRow->setContentsMargins(0, 0, 0, 0);
    languageRow->addWidget(m_languages, 1);
    languageRow->addWidget(m_languageMenuButton);

    auto *cleanup = new QVBoxLayout;
    cleanup->setContentsMargins(0, 0, 0, 0);
    cleanup->setSpacing(2);
    for (QCheckBox *box : {m_clahe, m_binarize, m_deskew, m_autoRotate})
        cleanup->addWidget(box);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(6, 6, 6, 6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(QString(), m_upsample);
    auto *languageLabel = new QLabel(tr("&Languages:"));
    languageLabel->setBuddy(m_languages);
    form->addRow(languageLabel, languageRow);
    form->addRow(QString(), m_languageProblem);
    form->addRow(tr("&Text layer:"), m_textLayer);
    form->addRow(tr("Cleanup:"), cleanup);
    form->addRow(tr("&OpenCL:"), m_openCl);
    form->addRow(QString(), m_deviceLabel);
    form->addRow(m_runningNote);

    connect(m_dpi, &QSpinBox::valueChanged, this, &SettingsPanel::emitChanged);
    connect(m_upsample, &QCheckBox::toggled, this, &SettingsPanel::emitChanged);
    connect(m_textLayer, &QComboBox::currentIndexChanged, this, &SettingsPanel::emitChanged);
    connect(m_openCl, &QComboBox::currentIndexChanged, this, &SettingsPanel::emitChanged);
    for (QCheckBox *box : {m_clahe, m_binarize, m_deskew, m_autoRotate})
        connect(box, &QCheckBox::toggled, this, &SettingsPanel::emitChanged);

    setInstalledLanguages(OcrEngine::installedLanguages());
    setSettings(PipelineSettings{});
}

SettingsPanel::~SettingsPanel() = default;

void SettingsPanel::setSettings(const PipelineSettings &settings)
{
    m_loading = true;
    m_base = settings;
    m_dpi->setValue(settings.dpi);
    m_upsample->setChecked(settings.upsample);
    m_languages->setText(settings.languages);
    m_textLayer->setCurrentIndex(std::max(0, m_textLayer->findData(toString(settings.textLayer))));
    m_clahe->setChecked(settings.preprocess.clahe);
    m_binarize->setChecked(settings.preprocess.binarize);
    m_deskew->setChecked(settings.preprocess.deskew);
    m_autoRotate->setChecked(settings.autoRotate);
    m_openCl->setCurrentIndex(std::max(0, m_openCl->findData(toString(settings.openCl))));
    m_loading = false;
    languagesEdited();
}

PipelineSettings SettingsPanel::settings() const
{
    PipelineSettings s = m_base;
    s.dpi = m_dpi->value();
    s.upsample = m_upsample->isChecked();
    const QStringList languages = splitLanguages(m_languages->text());
    s.languages = languages.isEmpty() ? PipelineSettings{}.languages : languages.join(QLatin1Char('+'));
    s.textLayer = textLayerPolicyFromString(m_textLayer->currentData().toString()).value_or(TextLayerPolicy::Auto);
    s.preprocess.clahe = m_clahe->isChecked();
    s.preprocess.binarize = m_binarize->isChecked();
    s.preprocess.deskew = m_deskew->isChecked();
    s.autoRotate = m_autoRotate->isChecked();
    s.openCl = openClModeFromString(m_openCl->currentData().toString()).value_or(OpenClMode::Auto);
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
    for (QWidget *widget : std::initializer_list<QWidget *>{m_dpi, m_upsample, m_languages, m_languageMenuButton,
                                                            m_textLayer, m_clahe, m_binarize, m_deskew, m_autoRotate,
                                                            m_openCl})
        widget->setEnabled(!running);
    m_runningNote->setVisible(running);
}

void SettingsPanel::emitChanged()
{
    if (!m_loading)
        Q_EMIT settingsChanged(settings());
}

} // namespace quire
