#pragma once

#include "model/Word.h"

#include <QList>
#include <QString>
#include <QStringList>

/// Pure text functions behind corrections: how a page's text follows its
/// corrected words, and how a freely edited text lines up with the words.
namespace quire::text {

/// The page text with each corrected word replaced where it stands, so the
/// layout of the page text (a text layer's, or joinWords()) is kept. Words are
/// found in reading order; when a corrected word cannot be found in the text,
/// the page text is rebuilt from the words. A null string when no word is
/// corrected.
QString applyCorrections(const QString &text, const WordList &words);

/// A whitespace-separated token of a text, with where it stands.
struct Token
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
};

/// The whitespace-separated tokens of @p text, in order.
QList<Token> tokenize(const QString &text);

/// Word-level alignment of @p oldWords (a page's words as shown) with
/// @p newWords (an edited text's tokens): an LCS over the two sequences after
/// trimming their common head and tail. Returns, for each old word, the index
/// of the new token it is linked to, or -1. Equal words are linked; between
/// two linked pairs, gaps of the same length are linked one to one (those are
/// changed words); gaps of different lengths (insertions, deletions) are not.
QList<qsizetype> alignWords(const QStringList &oldWords, const QStringList &newWords);

} // namespace quire::text
