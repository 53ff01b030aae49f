#include "model/Word.h"

namespace quire {

QString stripOuterPunctuation(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && !text.at(begin).isLetterOrNumber())
        ++begin;
    while (end > begin && !text.at(end - 1).isLetterOrNumber())
        --end;
    return text.mid(begin, end - begin);
}

QString joinWords(const WordList &words)
{
    QString text;
    const Word *previous = nullptr;
    for (const Word &word : words) {
        if (previous) {
            if (word.block != previous->block)
                text += QStringLiteral("\n\n");
            else if (word.line != previous->line)
                text += QLatin1Char('\n');
            else
                text += QLatin1Char(' ');
        }
        text += word.text;
        previous = &word;
    }
    return text;
}

} // namespace quire
