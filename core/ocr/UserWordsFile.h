#pragma once

#include <QString>
#include <QStringList>

namespace quire {

/// Writes @p words in the form Tesseract's user_words_file wants: one entry a
/// line, each once, trimmed of surrounding punctuation, with its lower-case,
/// capitalized and upper-case forms (Tesseract's dictionary matches exact
/// spellings). False with @p error set when the file cannot be written.
bool writeUserWordsFile(const QStringList &words, const QString &path, QString *error = nullptr);

} // namespace quire
