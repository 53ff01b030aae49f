#include "model/Word.h"

namespace quire {

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
