#include "ocr/UserWordsFile.h"

#include "model/Word.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSet>

namespace quire {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(quire::lexicon)
};

} // namespace

bool writeUserWordsFile(const QStringList &words, const QString &path, QString *error)
{
    QStringList lines;
    QSet<QString> seen;
    auto add = [&](const QString &word) {
        if (!word.isEmpty() && !seen.contains(word)) {
            seen.insert(word);
            lines.append(word);
        }
    };
    for (const QString &word : words) {
        const QString entry = stripOuterPunctuation(word);
        const QString lower = entry.toLower();
        add(entry);
        add(lower);
        add(lower.left(1).toUpper() + lower.mid(1));
        add(entry.toUpper());
    }
    QSaveFile file(path);
    const QByteArray content =
        lines.isEmpty() ? QByteArray() : (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(content) != content.size()
        || !file.commit()) {
        if (error)
            *error = Tr::tr("Could not write the word list for Tesseract to %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace quire
