#pragma once

#include "model/Word.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace quire::search {

/// The tokens SQLite's FTS5 'unicode61 remove_diacritics 2' tokenizer makes
/// of @p text: runs of letters and digits, case-folded, accents removed. A
/// word matches a query term when they share a token, as in Store::search().
QStringList tokens(const QString &text);

/// Indexes of the words of @p words (their displayText()) holding a token of
/// @p query: the words a search hit is made of, for highlighting on the page.
QList<int> matchingWords(const WordList &words, const QString &query);

} // namespace quire::search
