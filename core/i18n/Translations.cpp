#include "i18n/Translations.h"

#include "pipeline/InstallLayout.h"

#include "i18n/EnglishPlurals.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace quire {

void installTranslations()
{
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
