#include "i18n/Translations.h"

#include "pipeline/InstallLayout.h"

#include "i18n/EnglishPlurals.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <clocale>

namespace quire {

void installTranslations()
{
    // Q(Core)Application set the C library's locale from the environment.
    // qpdf and Tesseract read numbers with the C library, and a decimal
    // comma (es_ES, de_DE...) made them misread "611.52" in a page's content
    // stream: scanned pages were rendered instead of decoded. Numbers people
    // read are formatted by QLocale, which this does not touch.
    std::setlocale(LC_NUMERIC, "C");

    // Owned by the application object, so they live exactly as long as it.
    auto *app = QCoreApplication::instance();
    QCoreApplication::installTranslator(new EnglishPlurals(app));

    const QLocale locale;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);

    auto *quire = new QTranslator(app);
    if (quire->load(locale, QStringLiteral("quire"), QStringLiteral("_"), layout::dataFolder(QStringLiteral("translations"))))
        QCoreApplication::installTranslator(quire);
    else
        delete quire;
}

} // namespace quire
