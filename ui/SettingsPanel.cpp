#include "SettingsPanel.h"

#include "SettingForm.h"
#include "Theme.h"

#include "ocr/OcrEngine.h"
#include "ocr/OcrLanguages.h"

#include <QApplication>
#include <QCollator>
#include <QFontDatabase>
#include <QHash>
#include <QProxyStyle>
#include <QStyleFactory>
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

/// Whether a font here draws @p script: the language menu names a language in
/// its own script only then, in English otherwise (no empty boxes).
bool drawable(QLocale::Script script)
{
    static const QHash<QLocale::Script, QFontDatabase::WritingSystem> systems = {
        {QLocale::LatinScript, QFontDatabase::Latin},
        {QLocale::GreekScript, QFontDatabase::Greek},
        {QLocale::CyrillicScript, QFontDatabase::Cyrillic},
        {QLocale::ArmenianScript, QFontDatabase::Armenian},
        {QLocale::HebrewScript, QFontDatabase::Hebrew},
        {QLocale::ArabicScript, QFontDatabase::Arabic},
        {QLocale::SyriacScript, QFontDatabase::Syriac},
        {QLocale::ThaanaScript, QFontDatabase::Thaana},
        {QLocale::DevanagariScript, QFontDatabase::Devanagari},
        {QLocale::BanglaScript, QFontDatabase::Bengali},
        {QLocale::GurmukhiScript, QFontDatabase::Gurmukhi},
        {QLocale::GujaratiScript, QFontDatabase::Gujarati},
        {QLocale::OdiaScript, QFontDatabase::Oriya},
        {QLocale::TamilScript, QFontDatabase::Tamil},
        {QLocale::TeluguScript, QFontDatabase::Telugu},
        {QLocale::KannadaScript, QFontDatabase::Kannada},
        {QLocale::MalayalamScript, QFontDatabase::Malayalam},
        {QLocale::SinhalaScript, QFontDatabase::Sinhala},
        {QLocale::ThaiScript, QFontDatabase::Thai},
        {QLocale::LaoScript, QFontDatabase::Lao},
        {QLocale::TibetanScript, QFontDatabase::Tibetan},
        {QLocale::MyanmarScript, QFontDatabase::Myanmar},
        {QLocale::GeorgianScript, QFontDatabase::Georgian},
        {QLocale::KhmerScript, QFontDatabase::Khmer},
        {QLocale::SimplifiedHanScript, QFontDatabase::SimplifiedChinese},
        {QLocale::TraditionalHanScript, QFontDatabase::TraditionalChinese},
        {QLocale::JapaneseScript, QFontDatabase::Japanese},
        {QLocale::KoreanScript, QFontDatabase::Korean},
    };
    if (script == QLocale::AnyScript || script == QLocale::LatinScript)
        return true;
    const auto system = systems.constFind(script);
    return system != systems.cend() && !QFontDatabase::families(*system).isEmpty();
}

/// A style that lets a long menu scroll instead of spreading over the screen in columns.
class ScrollingMenuStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_Menu_Scrollable)
            return 1;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

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
    QFont noteFont = m_runningNote->font();
    noteFont.setItalic(true);
    m_runningNote->setFont(noteFont);
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

    if (QWidget *dpi = m_form->widget("dpi"))
        setFocusProxy(dpi);
    setInstalledLanguages(OcrEngine::installedLanguages());
    setSettings(PipelineSettings{});
}

QWidget *SettingsPanel::buildLanguageChooser()
{
    m_languages = new QLineEdit;
    m_languages->setObjectName(QStringLiteral("languages"));
    m_languages->setAccessibleName(tr("OCR languages"));
    m_languages->setPlaceholderText(QStringLiteral("eng"));
    m_languages->setToolTip(tr("Tesseract languages, joined with '+', the main language first (e.g. eng+spa)."));
    auto *completer = new LanguageCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_languages->setCompleter(completer);
    m_languageMenuButton = new QToolButton;
    m_languageMenuButton->setObjectName(QStringLiteral("languageMenuButton"));
    m_languageMenuButton->setText(tr("Choose"));
    m_languageMenuButton->setToolTip(tr("Tick the installed languages to use"));
    m_languageMenuButton->setAccessibleName(tr("Choose OCR languages"));
    m_languageMenuButton->setAccessibleDescription(
        tr("Installed languages can be ticked; the others name the Debian package that adds them"));
    m_languageMenuButton->setPopupMode(QToolButton::InstantPopup);
    m_languageMenuButton->setMenu(new QMenu(m_languageMenuButton));
    connect(m_languageMenuButton->menu(), &QMenu::aboutToShow, this, &SettingsPanel::rebuildLanguageMenu);
    connect(m_languages, &QLineEdit::textChanged, this, &SettingsPanel::languagesEdited);
    m_languageProblem = new QLabel;
    m_languageProblem->setWordWrap(true);
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
        QStringList packages;
        for (const QString &language : missing)
            packages << ocrlanguages::debianPackage(language);
        m_languageProblem->setText(tr("Not installed: %1 (Debian package: %2). Installed: %3.")
                                       .arg(missing.join(QStringLiteral(", ")), packages.join(QStringLiteral(", ")),
                                            m_installed.isEmpty() ? tr("none") : m_installed.join(QStringLiteral(", "))));
        m_languageProblem->show();
        m_languages->setStyleSheet(
            QStringLiteral("QLineEdit { color: %1; }").arg(theme::problemText(palette()).name()));
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
        QAction *action = menu->addAction(languageLabel(language));
        action->setData(language);
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
    addMissingLanguages(menu);
}

QString SettingsPanel::languageLabel(const QString &code)
{
    const QString name = drawable(ocrlanguages::script(code)) ? ocrlanguages::displayName(code)
                                                               : ocrlanguages::englishName(code);
    return name == code ? code : tr("%1 (%2)").arg(name, code);
}

// The languages Debian packages that are not here, each naming its package;
// choosing one says how to install it. The person's own language comes first.
void SettingsPanel::addMissingLanguages(QMenu *menu)
{
    QList<std::pair<QString, QString>> missing; // label, code
    for (const QString &code : ocrlanguages::packagedLanguages()) {
        if (!m_installed.contains(code))
            missing.append({languageLabel(code), code});
    }
    if (missing.isEmpty())
        return;
    QCollator collator;
    std::sort(missing.begin(), missing.end(),
              [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    const QString own = ocrlanguages::forLocale(QLocale());
    const auto ownEntry = std::find_if(missing.begin(), missing.end(), [&own](const auto &entry) {
        return entry.second == own;
    });
    if (ownEntry != missing.end())
        std::rotate(missing.begin(), ownEntry, std::next(ownEntry));
    menu->addSeparator();
    QMenu *more = menu->addMenu(tr("Not installed"));
    more->setObjectName(QStringLiteral("missingLanguagesMenu"));
    auto *scrolling = new ScrollingMenuStyle(QStyleFactory::create(QApplication::style()->name()));
    scrolling->setParent(more);
    more->setStyle(scrolling);
    for (const auto &[label, code] : std::as_const(missing)) {
        const QString package = ocrlanguages::debianPackage(code);
        QAction *action = more->addAction(tr("%1: install %2").arg(label, package));
        action->setData(code);
        connect(action, &QAction::triggered, this, [this, label, package] {
            m_languageProblem->setText(tr("%1 is not installed. To read it, install the Debian package %2 "
                                          "(as root: apt install %2), then choose it here.")
                                           .arg(label, package));
            m_languageProblem->show();
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
