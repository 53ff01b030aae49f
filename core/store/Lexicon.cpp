#include "store/Lexicon.h"

#include "model/Word.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace quire::lexicon {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(quire::lexicon)
};

} // namespace

QString entry(const QString &word)
{
    return stripOuterPunctuation(word);
}

QString key(const QString &word)
{
    return entry(word).toCaseFolded();
}

QString personalListPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("quire/words.txt"));
}

namespace {

// Reads the whole file; a missing file is empty.
bool readBytes(const QString &path, QByteArray *content, QString *error)
{
    content->clear();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Could not read the word list %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    *content = file.readAll();
    return true;
}

QStringList parse(const QByteArray &content)
{
    QStringList words;
    const QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const QString word = entry(trimmed);
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

} // namespace

bool readFile(const QString &path, QStringList *words, QString *error)
{
    QByteArray content;
    if (!readBytes(path, &content, error))
        return false;
    *words = parse(content);
    return true;
}

bool appendToFile(const QString &path, const QString &word, QString *error)
{
    const QString added = entry(word);
    if (added.isEmpty()) {
        if (error)
            *error = Tr::tr("\"%1\" has no letters or digits to add to the word list.").arg(word);
        return false;
    }
    QByteArray content;
    if (!readBytes(path, &content, error))
        return false;
    if (parse(content).contains(added))
        return true;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = Tr::tr("Could not create the folder of the word list %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile file(path);
    // A file edited by hand may lack its last newline.
    const QByteArray line = (content.isEmpty() || content.endsWith('\n') ? QByteArray() : QByteArray("\n"))
        + added.toUtf8() + '\n';
    if (!file.open(QIODevice::Append) || file.write(line) != line.size()) {
        if (error)
            *error = Tr::tr("Could not add \"%1\" to the word list %2: %3")
                         .arg(added, QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool knownWords(Store *store, const QString &userWordsFile, QStringList *words, QString *error)
{
    QStringList personal;
    const bool ok = readFile(userWordsFile, &personal, error);
    *words = store ? store->lexicon().values() : QStringList();
    *words += personal;
    return ok;
}

} // namespace quire::lexicon
