#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace quire {
class Store;
}

namespace quire::lexicon {

/// A word as the word list keeps it: trimmed of surrounding punctuation
/// ("Quire," → "Quire"), case kept. Empty when nothing is left.
QString entry(const QString &word);
/// The form words are compared in: entry() case-folded.
QString key(const QString &word);

/// The person's word list shared by the window and quire-cli:
/// $XDG_DATA_HOME/quire/words.txt (~/.local/share/quire/words.txt), one word a
/// line. The file need not exist.
QString personalListPath();

/// Reads a word list file (one word a line; blank lines and lines starting
/// with '#' are skipped). A missing file is an empty list; false with
/// @p error set when it exists but cannot be read.
bool readFile(const QString &path, QStringList *words, QString *error = nullptr);
/// Appends @p word (as entry()) to @p path unless a line already holds it,
/// creating the file and its folder as needed.
bool appendToFile(const QString &path, const QString &word, QString *error = nullptr);

/// The words a person has taught Quire: the word list of @p store (none when
/// null) and the words of the file @p userWordsFile (their personal list). On
/// false (the file exists but cannot be read; @p error says why) @p words
/// still holds the database's list.
bool knownWords(Store *store, const QString &userWordsFile, QStringList *words, QString *error = nullptr);

} // namespace quire::lexicon
