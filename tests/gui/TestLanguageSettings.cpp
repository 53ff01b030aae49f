// OCR languages that follow the person: the first start defaults to the
// locale's language plus English where installed, a stored choice wins, and
// the language chooser lists the installed languages to tick and names the
// Debian package of the others.
#include "AppSettings.h"
#include "SettingsPanel.h"

#include "TestDocuments.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace quire;

class TestLanguageSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartFollowsLocale_data();
    void firstStartFollowsLocale();
    void storedChoiceWins();
    void chooserListsInstalledAndNamesPackages();
    void missingLanguageNamesItsPackage();

private:
    QTemporaryDir m_dir;
    QString m_tessdata;
};

void TestLanguageSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"QuireTests"_s);
    QCoreApplication::setApplicationName(u"TestLanguageSettings"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    // A language data folder of our own, so what is "installed" does not depend on this machine.
    m_tessdata = m_dir.filePath(u"tessdata"_s);
    QVERIFY(QDir().mkpath(m_tessdata));
    for (const QString &code : {u"eng"_s, u"spa"_s, u"chi_sim"_s, u"deu"_s, u"osd"_s})
        QVERIFY(test::writeBytes(QDir(m_tessdata).filePath(code + u".traineddata"_s), "not a model"));
}

void TestLanguageSettings::init()
{
    QSettings().clear();
    QSettings().setValue(u"pipeline/tessdataPath"_s, m_tessdata);
}

void TestLanguageSettings::cleanup()
{
    QLocale::setDefault(QLocale::c());
    QSettings().clear();
}

void TestLanguageSettings::firstStartFollowsLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("languages");
    QTest::newRow("es_ES") << u"es_ES"_s << u"spa+eng"_s;
    QTest::newRow("es_MX") << u"es_MX"_s << u"spa+eng"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"chi_sim+eng"_s;
    QTest::newRow("zh_TW (chi_tra not installed)") << u"zh_TW"_s << u"eng"_s;
    QTest::newRow("de_DE") << u"de_DE"_s << u"deu+eng"_s;
    QTest::newRow("fr_FR (fra not installed)") << u"fr_FR"_s << u"eng"_s;
    QTest::newRow("en_US") << u"en_US"_s << u"eng"_s;
}

void TestLanguageSettings::firstStartFollowsLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, languages);
    QLocale::setDefault(QLocale(locale));
    QVERIFY(!QSettings().contains(u"pipeline/languages"_s));
    AppSettings settings;
    QCOMPARE(settings.pipeline().languages, languages);
    // Stored once the window saves its settings: the next start keeps it whatever the locale.
    settings.setPipeline(settings.pipeline());
    settings.sync();
    QLocale::setDefault(QLocale(u"en_US"_s));
    QCOMPARE(AppSettings().pipeline().languages, languages);
}

void TestLanguageSettings::storedChoiceWins()
{
    QLocale::setDefault(QLocale(u"es_ES"_s));
    AppSettings settings;
    PipelineSettings pipeline = settings.pipeline();
    pipeline.languages = u"deu"_s;
    settings.setPipeline(pipeline);
    QCOMPARE(AppSettings().pipeline().languages, u"deu"_s);
}

void TestLanguageSettings::chooserListsInstalledAndNamesPackages()
{
    QLocale::setDefault(QLocale(u"fr_FR"_s));
    SettingsPanel panel;
    panel.setInstalledLanguages({u"eng"_s, u"spa"_s});
    PipelineSettings settings;
    settings.languages = u"spa+eng"_s;
    panel.setSettings(settings);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    auto *button = panel.findChild<QToolButton *>(u"languageMenuButton"_s);
    QVERIFY(button);
    QVERIFY(!button->accessibleName().isEmpty());
    QMenu *menu = button->menu();
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
    QTRY_VERIFY(menu->isVisible());

    // Installed: checkable, in their own words, ticked as the field says.
    QStringList installed;
    for (QAction *action : menu->actions()) {
        if (action->isCheckable()) {
            installed << action->text();
            QVERIFY(action->isChecked());
        }
    }
    QCOMPARE(installed, (QStringList{u"English (eng)"_s, u"español (spa)"_s}));

    // The rest name their Debian package; the person's own language (French) comes first.
    auto *more = menu->findChild<QMenu *>(u"missingLanguagesMenu"_s);
    QVERIFY(more);
    const QList<QAction *> missing = more->actions();
    QVERIFY(missing.size() > 100);
    // A hundred languages scroll in one column instead of covering the screen.
    QCOMPARE(more->style()->styleHint(QStyle::SH_Menu_Scrollable, nullptr, more), 1);
    QCOMPARE(missing.first()->text(), u"français (fra): install tesseract-ocr-fra"_s);
    bool sawChinese = false;
    for (QAction *action : missing) {
        QVERIFY2(action->text().contains(u"tesseract-ocr-"_s), qPrintable(action->text()));
        QVERIFY(action->data().toString() != u"spa"_s && action->data().toString() != u"eng"_s);
        if (action->data().toString() == u"chi_sim"_s) {
            QCOMPARE(action->text(), u"简体中文 (chi_sim): install tesseract-ocr-chi-sim"_s);
            sawChinese = true;
        }
    }
    QVERIFY(sawChinese);

    // Choosing one says how to install it.
    missing.first()->trigger();
    menu->close();
    bool told = false;
    for (const QLabel *label : panel.findChildren<QLabel *>())
        told = told || (label->isVisible() && label->text().contains(u"apt install tesseract-ocr-fra"_s));
    QVERIFY(told);

    // Unticking a language takes it out of the field.
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
    QTRY_VERIFY(menu->isVisible());
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == u"eng"_s)
            action->trigger();
    }
    menu->close();
    QCOMPARE(panel.settings().languages, u"spa"_s);
}

void TestLanguageSettings::missingLanguageNamesItsPackage()
{
    SettingsPanel panel;
    panel.setInstalledLanguages({u"eng"_s});
    PipelineSettings settings;
    settings.languages = u"chi_sim+eng"_s;
    panel.setSettings(settings);
    panel.show();
    QCOMPARE(panel.missingLanguages(), QStringList{u"chi_sim"_s});
    bool named = false;
    for (const QLabel *label : panel.findChildren<QLabel *>())
        named = named || (label->isVisible() && label->text().contains(u"tesseract-ocr-chi-sim"_s));
    QVERIFY(named);
}

QTEST_MAIN(TestLanguageSettings)
#include "TestLanguageSettings.moc"
