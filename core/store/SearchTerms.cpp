#include "store/SearchTerms.h"

#include <QSet>

#include <algorithm>

namespace quire::search {

QStringList tokens(const QString &text)
{
    QStringList result;
    QString current;
    // Decomposed, an accented letter is its base letter and combining marks;
    // the marks are dropped without ending the token.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber() || c.category() == QChar::Other_PrivateUse) {
            current += c;
            continue;
        }
        if (!current.isEmpty()) {
            result.append(current.toCaseFolded());
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current.toCaseFolded());
    return result;
}

QList<int> matchingWords(const WordList &words, const QString &query)
{
    QList<int> matches;
    const QStringList wanted = tokens(query);
    if (wanted.isEmpty())
        return matches;
    const QSet<QString> terms(wanted.cbegin(), wanted.cend());
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QStringList own = tokens(words.at(i).displayText());
        if (std::any_of(own.cbegin(), own.cend(), [&terms](const QString &token) { return terms.contains(token); }))
            matches.append(int(i));
    }
    return matches;
}

} // namespace quire::search
