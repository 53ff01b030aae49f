#include "store/TextAlignment.h"

#include <algorithm>
#include <vector>

namespace quire::text {

QString applyCorrections(const QString &text, const WordList &words)
{
    const bool any = std::any_of(words.cbegin(), words.cend(), [](const Word &word) {
        return !word.corrected.isEmpty();
    });
    if (!any)
        return QString();
    QString out;
    out.reserve(text.size() + 16);
    qsizetype cursor = 0;
    for (const Word &word : words) {
        if (word.text.isEmpty())
            continue;
        const qsizetype at = text.indexOf(word.text, cursor);
        if (at < 0) {
            if (word.corrected.isEmpty())
                continue;
            WordList shown = words;
            for (Word &w : shown)
                w.text = w.displayText();
            return joinWords(shown);
        }
        out += QStringView(text).mid(cursor, at - cursor);
        out += word.displayText();
        cursor = at + word.text.size();
    }
    out += QStringView(text).mid(cursor);
    return out;
}

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < n && !text.at(i).isSpace())
            ++i;
        if (i > start)
            tokens.append({start, i - start, text.mid(start, i - start)});
    }
    return tokens;
}

namespace {

/// The LCS table of the middle parts old[head, head+a) and new[head, head+b):
/// at(i, j) is the LCS length of old[head+i..] and new[head+j..].
class LcsTable
{
public:
    LcsTable(const QStringList &oldWords, const QStringList &newWords, qsizetype head, qsizetype a, qsizetype b)
        : m_columns(b + 1)
        , m_cells(size_t((a + 1) * (b + 1)), 0)
    {
        for (qsizetype i = a - 1; i >= 0; --i) {
            for (qsizetype j = b - 1; j >= 0; --j) {
                cell(i, j) = oldWords.at(head + i) == newWords.at(head + j) ? at(i + 1, j + 1) + 1
                                                                            : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
    }

    int at(qsizetype i, qsizetype j) const { return m_cells[size_t(i * m_columns + j)]; }

private:
    int &cell(qsizetype i, qsizetype j) { return m_cells[size_t(i * m_columns + j)]; }

    qsizetype m_columns;
    std::vector<int> m_cells;
};

} // namespace

QList<qsizetype> alignWords(const QStringList &oldWords, const QStringList &newWords)
{
    const qsizetype n = oldWords.size();
    const qsizetype m = newWords.size();
    QList<qsizetype> link(n, -1);
    qsizetype head = 0;
    while (head < n && head < m && oldWords.at(head) == newWords.at(head)) {
        link[head] = head;
        ++head;
    }
    qsizetype tail = 0;
    while (tail < n - head && tail < m - head && oldWords.at(n - 1 - tail) == newWords.at(m - 1 - tail)) {
        link[n - 1 - tail] = m - 1 - tail;
        ++tail;
    }
    const qsizetype a = n - head - tail;
    const qsizetype b = m - head - tail;
    const LcsTable lcs(oldWords, newWords, head, a, b);

    // Walk the table; pair equal-length gaps between matches.
    qsizetype i = 0;
    qsizetype j = 0;
    qsizetype gapOld = 0;
    qsizetype gapNew = 0;
    const auto closeGap = [&] {
        if (i - gapOld == j - gapNew) {
            for (qsizetype k = 0; k < i - gapOld; ++k)
                link[head + gapOld + k] = head + gapNew + k;
        }
    };
    while (i < a || j < b) {
        if (i < a && j < b && oldWords.at(head + i) == newWords.at(head + j)) {
            closeGap();
            link[head + i] = head + j;
            ++i;
            ++j;
            gapOld = i;
            gapNew = j;
        } else if (j < b && (i == a || lcs.at(i, j + 1) >= lcs.at(i + 1, j))) {
            ++j;
        } else {
            ++i;
        }
    }
    closeGap();
    return link;
}

} // namespace quire::text
