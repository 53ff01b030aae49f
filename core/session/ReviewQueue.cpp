#include "session/ReviewQueue.h"

#include "store/Lexicon.h"

#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>

namespace quire {

namespace {

constexpr int kQueueLimit = 100000;

/// One edit of the review session; redo sets the new state, undo the old one.
class ReviewCommand final : public QUndoCommand
{
public:
    ReviewCommand(ReviewQueue *queue, const ReviewQueue::Item &item, const QString &newCorrected, bool newAccepted,
                  const QString &text)
        : QUndoCommand(text)
        , m_queue(queue)
        , m_wordId(item.word.wordId)
        , m_recognized(item.word.text)
        , m_oldCorrected(item.corrected)
        , m_newCorrected(newCorrected)
        , m_oldAccepted(item.accepted)
        , m_newAccepted(newAccepted)
    {
    }

    void redo() override
    {
        // The first redo happens when the command is pushed: the queue moves on by itself then.
        m_queue->applyState(m_wordId, m_recognized, m_newCorrected, m_newAccepted, !m_first);
        m_first = false;
    }
    void undo() override { m_queue->applyState(m_wordId, m_recognized, m_oldCorrected, m_oldAccepted, true); }

private:
    ReviewQueue *m_queue;
    qint64 m_wordId;
    QString m_recognized;
    QString m_oldCorrected;
    QString m_newCorrected;
    bool m_oldAccepted;
    bool m_newAccepted;
    bool m_first = true;
};

} // namespace

ReviewQueue::ReviewQueue(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
}

ReviewQueue::~ReviewQueue() = default;

void ReviewQueue::setStore(Store *store)
{
    m_store = store;
    m_undo->clear();
    reload();
}

Store *ReviewQueue::store() const
{
    return m_store;
}

void ReviewQueue::setUserWordsFile(const QString &path)
{
    m_userWordsFile = path;
}

void ReviewQueue::setFilter(const ReviewFilter &filter)
{
    m_filter = filter;
}

const ReviewFilter &ReviewQueue::filter() const
{
    return m_filter;
}

void ReviewQueue::reload()
{
    m_items.clear();
    m_lexicon.clear();
    if (m_store) {
        QStringList known;
        QString error;
        if (!lexicon::knownWords(m_store, m_userWordsFile, &known, &error))
            Q_EMIT errorOccurred(error);
        for (const QString &word : std::as_const(known))
            m_lexicon.insert(lexicon::key(word));
        for (const SuspiciousWord &word : m_store->suspiciousWords(m_filter, kQueueLimit)) {
            if (!inLexicon(word.text))
                m_items.append(Item{word, {}, false});
        }
    }
    m_current = m_items.isEmpty() ? -1 : 0;
    Q_EMIT currentChanged(m_current);
}

bool ReviewQueue::inLexicon(const QString &text) const
{
    return !m_lexicon.isEmpty() && m_lexicon.contains(lexicon::key(text));
}

const QList<ReviewQueue::Item> &ReviewQueue::items() const
{
    return m_items;
}

int ReviewQueue::currentIndex() const
{
    return m_current;
}

const ReviewQueue::Item *ReviewQueue::currentItem() const
{
    return m_current >= 0 && m_current < m_items.size() ? &m_items.at(m_current) : nullptr;
}

int ReviewQueue::remaining() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Item &item) { return !item.handled(); }));
}

int ReviewQueue::indexOfWord(qint64 wordId) const
{
    const auto found = std::find_if(m_items.cbegin(), m_items.cend(),
                                    [wordId](const Item &item) { return item.word.wordId == wordId; });
    return found == m_items.cend() ? -1 : int(found - m_items.cbegin());
}

QUndoStack *ReviewQueue::undoStack() const
{
    return m_undo;
}

int ReviewQueue::nextUnhandled(int from) const
{
    for (int step = 0; step < m_items.size(); ++step) {
        const int i = (from + step) % int(m_items.size());
        if (!m_items.at(i).handled())
            return i;
    }
    return -1;
}

void ReviewQueue::push(const Item &item, const QString &corrected, bool accepted, const QString &description)
{
    m_undo->push(new ReviewCommand(this, item, corrected, accepted, description));
}

void ReviewQueue::commit(const QString &typedText)
{
    const Item *item = currentItem();
    if (!item)
        return;
    const QString typed = typedText.trimmed();
    if (typed.isEmpty() || typed == item->shown()) {
        acceptCurrent();
        return;
    }
    // Typing the recognized text back clears the correction: that counts as accepting it.
    const bool backToOriginal = typed == item->word.text;
    push(*item, backToOriginal ? QString() : typed, backToOriginal,
         tr("Correct \"%1\" to \"%2\"").arg(item->word.text, typed));
    next();
}

void ReviewQueue::acceptCurrent()
{
    const Item *item = currentItem();
    if (!item)
        return;
    // A word corrected earlier keeps its correction: that is the text shown.
    if (!item->accepted && item->corrected.isEmpty())
        push(*item, QString(), true, tr("Accept \"%1\"").arg(item->word.text));
    next();
}

void ReviewQueue::acceptAndLearn()
{
    const Item *item = currentItem();
    if (!item || !m_store)
        return;
    const QString word = item->shown();
    if (!m_store->addToLexicon(word)) {
        Q_EMIT errorOccurred(tr("Could not add \"%1\" to the word list: %2").arg(word, m_store->errorString()));
        return;
    }
    // The person's own list too, so later runs (and other databases) know it.
    QString error;
    if (!m_userWordsFile.isEmpty() && !lexicon::appendToFile(m_userWordsFile, word, &error))
        Q_EMIT errorOccurred(error);
    m_lexicon.insert(lexicon::key(word));
    if (!item->accepted)
        push(*item, item->corrected, true, tr("Accept \"%1\" and add it to the word list").arg(word));
    next();
}

void ReviewQueue::next()
{
    if (m_items.isEmpty())
        return;
    // Forward goes to the next word still waiting; past the end it wraps
    // round to words skipped earlier.
    const int target = nextUnhandled((m_current + 1) % int(m_items.size()));
    goTo(target < 0 ? m_current : target);
}

void ReviewQueue::previous()
{
    if (m_current > 0)
        goTo(m_current - 1);
}

void ReviewQueue::goTo(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    m_current = index;
    Q_EMIT currentChanged(m_current);
}

void ReviewQueue::reviewNext(const Item &item)
{
    int index = indexOfWord(item.word.wordId);
    if (index < 0) {
        index = m_current + 1;
        m_items.insert(index, item);
    }
    goTo(index);
}

bool ReviewQueue::applyState(qint64 wordId, const QString &recognized, const QString &correctedText, bool accepted,
                             bool makeCurrent)
{
    if (!m_store)
        return false;
    const int index = indexOfWord(wordId);
    if (index < 0)
        return applyToStoreOnly(wordId, recognized, correctedText, accepted, makeCurrent);
    Item &item = m_items[index];
    const QString text = correctedText.isEmpty() ? item.word.text : correctedText;
    bool ok = text == item.shown() || m_store->correctWord(wordId, text);
    if (ok && accepted != item.accepted)
        ok = m_store->acceptWord(wordId, accepted);
    if (!ok) {
        Q_EMIT errorOccurred(tr("Could not save the review of \"%1\" (%2, page %3): %4")
                                 .arg(item.word.text, QFileInfo(item.word.documentPath).fileName())
                                 .arg(item.word.page)
                                 .arg(m_store->errorString()));
        return false;
    }
    item.corrected = correctedText;
    item.accepted = accepted;
    Q_EMIT wordEdited(item.word.documentPath, item.word.page, wordId, correctedText, accepted);
    if (makeCurrent)
        m_current = index;
    Q_EMIT currentChanged(m_current);
    return true;
}

// The word left the queue when it was read again (reviewed by then): set it in
// the database, read the queue again and show the word.
bool ReviewQueue::applyToStoreOnly(qint64 wordId, const QString &recognized, const QString &correctedText,
                                   bool accepted, bool makeCurrent)
{
    const bool ok = m_store->correctWord(wordId, correctedText.isEmpty() ? recognized : correctedText)
                    && m_store->acceptWord(wordId, accepted);
    if (!ok) {
        Q_EMIT errorOccurred(tr("Could not save the review of \"%1\": %2").arg(recognized, m_store->errorString()));
        return false;
    }
    reload();
    const int now = indexOfWord(wordId);
    if (now >= 0) {
        const SuspiciousWord &word = m_items.at(now).word;
        Q_EMIT wordEdited(word.documentPath, word.page, wordId, correctedText, accepted);
        if (makeCurrent)
            goTo(now);
    }
    return true;
}

} // namespace quire
