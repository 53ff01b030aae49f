#pragma once

#include <QList>
#include <QRect>
#include <QString>

namespace quire {

/// One recognized (or text-layer) word on a page.
///
/// Boxes are in pixels of the page image the word came from: for OCR pages the
/// rendered image at PageResult::dpi, for text-layer pages PDF points scaled to
/// PageResult::dpi (72 unless stated otherwise).
struct Word
{
    QString text;
    QRect box;
    float confidence = 0.0f; ///< 0..100; text-layer words are 100.
    int block = 0;           ///< Index of the text block on the page, from 0.
    int line = 0;            ///< Index of the line on the page (page-wide), from 0.
    qint64 id = 0;           ///< Row id in the run database once stored (Store fills it), else 0.
    QString corrected{};     ///< The person's correction; empty when the word was not corrected.
    bool accepted = false;   ///< The person confirmed the recognized text (Store::acceptWord).
    /// An OCR word with letters that neither the language's dictionary nor the
    /// person's word list holds (Tesseract's verdict). Text-layer words, and
    /// words without letters (numbers, punctuation), are never flagged.
    bool notInDictionary = false;

    /// The text as people should read it: the correction where there is one.
    const QString &displayText() const { return corrected.isEmpty() ? text : corrected; }
};

using WordList = QList<Word>;

/// @p text without the punctuation (anything but letters and digits) and
/// spaces around it: "(Quire)," → "Quire", "e-mail." → "e-mail".
QString stripOuterPunctuation(const QString &text);

/// Joins words into text: a space between words of one line, a newline
/// between lines, an empty line between blocks.
QString joinWords(const WordList &words);

} // namespace quire
