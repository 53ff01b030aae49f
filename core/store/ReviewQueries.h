#pragma once

// Private to core/store: the words waiting for review, the person's word
// list, and full-text search.

#include <QList>
#include <QSet>
#include <QString>

namespace quire {
struct ReviewFilter;
struct SearchHit;
struct SuspiciousWord;
}

namespace quire::store {

struct Context;

class ReviewQueries final
{
public:
    explicit ReviewQueries(Context &context) : m_context(context) {}

    QList<SuspiciousWord> suspiciousWords(const ReviewFilter &filter, int limit, int offset);
    int suspiciousCount(const ReviewFilter &filter);
    bool addToLexicon(const QString &word);
    QSet<QString> lexicon();
    QList<SearchHit> search(const QString &query, int limit);

private:
    QString lineText(qint64 pageId, int line);

    Context &m_context;
};

} // namespace quire::store
