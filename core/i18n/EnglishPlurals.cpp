#include "i18n/EnglishPlurals.h"

namespace quire {

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText)
        return {};
    QString text = QString::fromUtf8(sourceText);
    if (!text.contains(QLatin1String("(s)")))
        return {};
    // Qt replaces %n in what a translator returns, as it does in the source text.
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

bool EnglishPlurals::isEmpty() const
{
    return false;
}

} // namespace quire
