#pragma once

// Private to core/store: the person's review of the words (corrections,
// acceptance, free edits of a page) and how it survives a page being
// recognized again. Every edit runs in its own transaction unless noted.

#include "model/PageResult.h"

#include <QRect>
#include <QString>

#include <optional>
#include <vector>

namespace quire::store {

struct Context;

/// A word the person reviewed, as it was before its page was recognized again.
struct ReviewedWord
{
    qint64 id = 0;
    QRect box;
    QString text;
    QString corrected;
    bool accepted = false;
};

class Corrections final
{
public:
    explicit Corrections(Context &context) : m_context(context) {}

    bool correctWord(qint64 wordId, const QString &text);
    bool setPageText(const QString &documentPath, int page, const QString &text);
    bool acceptWord(qint64 wordId, bool accepted);

    /// The reviewed words of page @p pageId (inside the caller's transaction).
    bool readReviewed(qint64 pageId, std::vector<ReviewedWord> *reviewed);
    /// Moves the review of the old words of a re-run page to its new words
    /// (@p newIds, parallel to result.words): a new word with the same text at
    /// the same box (or one that mostly overlaps it) takes the old word's
    /// correction and acceptance, and the audit rows follow it. A correction
    /// with no match stays in the corrections table and is reported as a
    /// notice. Inside the caller's transaction.
    bool carryOver(qint64 pageId, const PageResult &result, const std::vector<qint64> &newIds,
                   const std::vector<ReviewedWord> &reviewed);

private:
    std::optional<bool> hasFreeText(qint64 pageId);
    bool shownWords(qint64 pageId, QList<qint64> *ids, QStringList *shown, QStringList *recognized);
    bool setCorrectedText(qint64 pageId, const std::optional<QString> &text);
    bool setWordText(qint64 wordId, qint64 pageId, const QString &recognized, const QString &previous,
                     const QString &text);
    bool audit(qint64 wordId, qint64 pageId, const QString &previous, const QString &text);
    bool patchFreeText(qint64 pageId, qint64 wordId, const QString &text);
    bool refreshCorrectedText(qint64 pageId);
    bool moveReview(const ReviewedWord &old, qint64 newId, bool sameText, int page);

    Context &m_context;
};

} // namespace quire::store
