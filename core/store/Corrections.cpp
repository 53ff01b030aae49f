#include "store/Corrections.h"

#include "store/StoreContext.h"
#include "store/TextAlignment.h"

#include <QDir>

namespace quire::store {

namespace {

using sqlite::Statement;
using sqlite::Transaction;

double overlap(const QRect &a, const QRect &b)
{
    const QRect common = a.intersected(b);
    const double both = double(a.width()) * a.height() + double(b.width()) * b.height()
                        - double(common.width()) * common.height();
    return both > 0 ? double(common.width()) * common.height() / both : 0.0;
}

/// The new word (not yet taken) that reads @p text at the old word's box, or
/// the one with that text that overlaps it most (at least half); -1 if none.
qsizetype findMatch(const WordList &words, const std::vector<bool> &taken, const QRect &box, const QString &text)
{
    qsizetype best = -1;
    double bestOverlap = 0.5;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const Word &word = words.at(i);
        if (taken[size_t(i)] || word.text != text)
            continue;
        if (word.box == box)
            return i;
        const double o = overlap(word.box, box);
        if (o >= bestOverlap) {
            bestOverlap = o;
            best = i;
        }
    }
    return best;
}

QStringList tokenTexts(const QList<text::Token> &tokens)
{
    QStringList texts;
    texts.reserve(tokens.size());
    for (const text::Token &token : tokens)
        texts.append(token.text);
    return texts;
}

} // namespace

bool Corrections::correctWord(qint64 wordId, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_context.error = Context::tr("Word %1 cannot be corrected to empty text; type the word as it stands on "
                                      "the page.")
                              .arg(wordId);
        return false;
    }
    Transaction transaction(m_context.db);
    if (!transaction.isActive())
        return m_context.fail(Context::tr("Could not start saving the correction of word %1").arg(wordId),
                              Context::tr("Check that no other program is writing this file."));
    Statement select = m_context.db.prepare("SELECT page_id, text, corrected FROM words WHERE id = ?1");
    select.bind(1, wordId);
    if (!select.step()) {
        if (!select.ok())
            return m_context.fail(Context::tr("Could not read word %1").arg(wordId));
        m_context.error = Context::tr("There is no word with id %1 in the database %2; the page may have been "
                                      "recognized again. Reload the page and correct the word there.")
                              .arg(wordId)
                              .arg(QDir::toNativeSeparators(m_context.path));
        return false;
    }
    const qint64 pageId = select.int64(0);
    const QString recognized = select.text(1);
    const QString corrected = select.text(2);
    const QString previous = corrected.isEmpty() ? recognized : corrected;
    if (previous == text)
        return true; // nothing changes, nothing to audit
    const std::optional<bool> freeText = hasFreeText(pageId);
    if (!freeText || (*freeText && !patchFreeText(pageId, wordId, text))
        || !setWordText(wordId, pageId, recognized, previous, text) || !refreshCorrectedText(pageId))
        return false;
    if (!transaction.commit())
        return m_context.fail(Context::tr("Could not commit the correction of word %1").arg(wordId));
    return true;
}

bool Corrections::setPageText(const QString &documentPath, int page, const QString &text)
{
    const QString where = Context::tr("page %1 of %2").arg(page).arg(QDir::toNativeSeparators(documentPath));
    Transaction transaction(m_context.db);
    if (!transaction.isActive())
        return m_context.fail(Context::tr("Could not start saving the edited text of %1").arg(where),
                              Context::tr("Check that no other program is writing this file."));
    Statement select = m_context.db.prepare(
        "SELECT p.id, coalesce(p.corrected_text, p.text, '') FROM pages p JOIN documents d"
        " ON d.content_hash = p.content_hash AND d.settings_key = p.settings_key"
        " WHERE d.path = ?1 AND p.page = ?2");
    select.bindAll(documentPath, page);
    if (!select.step()) {
        if (!select.ok())
            return m_context.fail(Context::tr("Could not read %1").arg(where));
        m_context.error = Context::tr("There is no stored %1 in the database %2; recognize the document first.")
                              .arg(where, QDir::toNativeSeparators(m_context.path));
        return false;
    }
    const qint64 pageId = select.int64(0);
    const QString previous = select.text(1);
    if (previous == text)
        return true; // nothing changes, nothing to audit

    QList<qint64> ids;
    QStringList shown;
    QStringList recognized;
    if (!shownWords(pageId, &ids, &shown, &recognized))
        return false;
    const QStringList tokens = tokenTexts(text::tokenize(text));
    const QList<qsizetype> link = text::alignWords(shown, tokens);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (link.at(i) < 0 || tokens.at(link.at(i)) == shown.at(i))
            continue;
        if (!setWordText(ids.at(i), pageId, recognized.at(i), shown.at(i), tokens.at(link.at(i))))
            return false;
    }
    // The whole page, no word: word_id 0 marks a free edit.
    if (!setCorrectedText(pageId, text) || !audit(0, pageId, previous, text))
        return m_context.fail(Context::tr("Could not record the edit of %1").arg(where));
    if (!transaction.commit())
        return m_context.fail(Context::tr("Could not commit the edited text of %1").arg(where));
    return true;
}

bool Corrections::acceptWord(qint64 wordId, bool accepted)
{
    Statement update = m_context.db.prepare("UPDATE words SET accepted = ?2 WHERE id = ?1");
    if (!update.bindAll(wordId, accepted).exec())
        return m_context.fail(Context::tr("Could not save the review of word %1").arg(wordId));
    if (m_context.db.changes() == 0) {
        m_context.error = Context::tr("There is no word with id %1 in the database %2; the page may have been "
                                      "recognized again. Reload the page and review the word there.")
                              .arg(wordId)
                              .arg(QDir::toNativeSeparators(m_context.path));
        return false;
    }
    return true;
}

bool Corrections::readReviewed(qint64 pageId, std::vector<ReviewedWord> *reviewed)
{
    Statement select = m_context.db.prepare("SELECT id, x, y, w, h, text, corrected, accepted FROM words"
                                            " WHERE page_id = ?1 AND (corrected IS NOT NULL OR accepted != 0)");
    select.bind(1, pageId);
    while (select.step()) {
        reviewed->push_back({select.int64(0),
                             QRect(select.integer(1), select.integer(2), select.integer(3), select.integer(4)),
                             select.text(5), select.text(6), select.integer(7) != 0});
    }
    return select.ok();
}

bool Corrections::carryOver(qint64 pageId, const PageResult &result, const std::vector<qint64> &newIds,
                            const std::vector<ReviewedWord> &reviewed)
{
    std::vector<bool> taken(newIds.size(), false);
    for (const ReviewedWord &old : reviewed) {
        qsizetype match = findMatch(result.words, taken, old.box, old.text);
        const bool sameText = match >= 0;
        if (!sameText && !old.corrected.isEmpty())
            match = findMatch(result.words, taken, old.box, old.corrected);
        if (match < 0) {
            if (!old.corrected.isEmpty()) {
                m_context.notice(Context::tr("Page %1 was recognized again and no longer has the word \"%2\" that "
                                             "was corrected to \"%3\"; the correction is kept in the corrections "
                                             "table of %4. Correct the new word again if needed.")
                                     .arg(result.page)
                                     .arg(old.text, old.corrected, QDir::toNativeSeparators(m_context.path)));
            }
            continue;
        }
        taken[size_t(match)] = true;
        if (!moveReview(old, newIds[size_t(match)], sameText, result.page))
            return false;
    }
    return refreshCorrectedText(pageId);
}

bool Corrections::moveReview(const ReviewedWord &old, qint64 newId, bool sameText, int page)
{
    // Where the new recognition already reads the corrected text, only the audit rows move.
    const std::optional<QString> corrected = sameText && !old.corrected.isEmpty() ? std::optional(old.corrected)
                                                                                  : std::nullopt;
    Statement setReview = m_context.db.prepare("UPDATE words SET corrected = ?2, accepted = ?3 WHERE id = ?1");
    Statement move = m_context.db.prepare("UPDATE corrections SET word_id = ?2 WHERE word_id = ?1");
    if (!setReview.bindAll(newId, corrected, old.accepted).exec() || !move.bindAll(old.id, newId).exec())
        return m_context.fail(Context::tr("Could not keep the corrections of page %1").arg(page));
    return true;
}

// Whether the person edited the page's text freely (setPageText): such a page
// keeps their text as its corrected text; an audit row with word_id 0 marks
// it (word ids start at 1).
std::optional<bool> Corrections::hasFreeText(qint64 pageId)
{
    Statement select = m_context.db.prepare("SELECT 1 FROM corrections WHERE page_id = ?1 AND word_id = 0 LIMIT 1");
    select.bind(1, pageId);
    const bool found = select.step();
    if (!select.ok()) {
        m_context.fail(Context::tr("Could not check whether a page's text was edited"));
        return std::nullopt;
    }
    return found;
}

// The page's words in reading order: id, the text people see, and the text recognized.
bool Corrections::shownWords(qint64 pageId, QList<qint64> *ids, QStringList *shown, QStringList *recognized)
{
    Statement select = m_context.db.prepare("SELECT id, text, corrected FROM words WHERE page_id = ?1 ORDER BY idx");
    select.bind(1, pageId);
    while (select.step()) {
        ids->append(select.int64(0));
        const QString text = select.text(1);
        const QString corrected = select.text(2);
        recognized->append(text);
        shown->append(corrected.isEmpty() ? text : corrected);
    }
    if (!select.ok())
        return m_context.fail(Context::tr("Could not read the words of an edited page"));
    return true;
}

bool Corrections::setCorrectedText(qint64 pageId, const std::optional<QString> &text)
{
    Statement update = m_context.db.prepare("UPDATE pages SET corrected_text = ?2 WHERE id = ?1");
    if (!update.bindAll(pageId, text).exec())
        return m_context.fail(Context::tr("Could not save the corrected text of a page"));
    return true;
}

bool Corrections::audit(qint64 wordId, qint64 pageId, const QString &previous, const QString &text)
{
    Statement insert = m_context.db.prepare(
        "INSERT INTO corrections(word_id, page_id, original, corrected, at) VALUES(?1, ?2, ?3, ?4, ?5)");
    return insert.bindAll(wordId, pageId, previous, text, nowUtc()).exec();
}

// Sets word @p wordId (on page @p pageId, read as @p recognized, shown as
// @p previous) to @p text and records the edit; inside a transaction.
bool Corrections::setWordText(qint64 wordId, qint64 pageId, const QString &recognized, const QString &previous,
                              const QString &text)
{
    const std::optional<QString> corrected = text == recognized ? std::nullopt : std::optional(text);
    Statement update = m_context.db.prepare("UPDATE words SET corrected = ?2 WHERE id = ?1");
    if (!update.bindAll(wordId, corrected).exec() || !audit(wordId, pageId, previous, text))
        return m_context.fail(Context::tr("Could not save the correction of word %1").arg(wordId));
    return true;
}

// On a freely edited page, puts @p text where word @p wordId stands in the
// person's text (when the word is still linked to a word of it).
bool Corrections::patchFreeText(qint64 pageId, qint64 wordId, const QString &text)
{
    Statement select = m_context.db.prepare("SELECT corrected_text FROM pages WHERE id = ?1");
    select.bind(1, pageId);
    if (!select.step())
        return m_context.fail(Context::tr("Could not read the edited text of a page"));
    QString pageText = select.text(0);
    QList<qint64> ids;
    QStringList shown;
    QStringList recognized;
    if (!shownWords(pageId, &ids, &shown, &recognized))
        return false;
    const QList<text::Token> tokens = text::tokenize(pageText);
    const QList<qsizetype> link = text::alignWords(shown, tokenTexts(tokens));
    const qsizetype index = ids.indexOf(wordId);
    if (index < 0 || link.at(index) < 0)
        return true;
    const text::Token &token = tokens.at(link.at(index));
    pageText.replace(token.start, token.length, text);
    return setCorrectedText(pageId, pageText);
}

// Recomputes pages.corrected_text from the page text and its words'
// corrections (NULL when no word is corrected); the trigger re-indexes it. A
// freely edited page keeps the person's text.
bool Corrections::refreshCorrectedText(qint64 pageId)
{
    const std::optional<bool> freeText = hasFreeText(pageId);
    if (!freeText)
        return false;
    if (*freeText)
        return true;
    Statement select = m_context.db.prepare("SELECT text FROM pages WHERE id = ?1");
    select.bind(1, pageId);
    if (!select.step())
        return m_context.fail(Context::tr("Could not read the text of a corrected page"));
    const QString pageText = select.text(0);
    WordList words;
    if (!readWords(m_context, pageId, &words))
        return false;
    const QString corrected = text::applyCorrections(pageText, words);
    return setCorrectedText(pageId, corrected.isNull() ? std::nullopt : std::optional(corrected));
}

} // namespace quire::store
