#pragma once

#include "store/Store.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QUndoStack;

namespace quire {

/// The review of a run as a queue of suspicious words (below a confidence
/// threshold, or unknown to the language's dictionary, and not in the
/// person's word list: the database's and the personal file), weakest first
/// across every document, with where the person is in it and an undo stack
/// over every edit of the session. Widgets show it and feed it keys; it
/// writes the Store. Testable without widgets.
class ReviewQueue final : public QObject
{
    Q_OBJECT

public:
    /// One queued word and what the person did with it in this session.
    struct Item
    {
        SuspiciousWord word;
        QString corrected; ///< Non-empty when corrected in this session.
        bool accepted = false;
        bool handled() const { return accepted || !corrected.isEmpty(); }
        /// The text the person sees for the word: the correction where there is one.
        QString shown() const { return corrected.isEmpty() ? word.text : corrected; }
    };

    explicit ReviewQueue(QObject *parent = nullptr);
    ~ReviewQueue() override;
    Q_DISABLE_COPY_MOVE(ReviewQueue)

    /// Switches to another database (null: none); the undo history is cleared.
    void setStore(Store *store);
    Store *store() const;
    /// The person's word list file, read by reload() and added to by acceptAndLearn().
    void setUserWordsFile(const QString &path);
    void setFilter(const ReviewFilter &filter);
    const ReviewFilter &filter() const;

    /// Reads the queue again from the database; the undo history is kept.
    void reload();

    const QList<Item> &items() const;
    int currentIndex() const;
    /// The current word, or nullptr when the queue is empty.
    const Item *currentItem() const;
    /// Words of the queue not yet corrected or accepted.
    int remaining() const;
    int indexOfWord(qint64 wordId) const;
    QUndoStack *undoStack() const;

    /// Enter: corrects the current word to @p typed, or accepts it when unchanged.
    void commit(const QString &typed);
    void acceptCurrent();  ///< Ctrl+Enter.
    void acceptAndLearn(); ///< Ctrl+L.
    void next();
    void previous();
    void goTo(int index);
    /// Puts @p item right after the current word (unless queued already) and goes to it.
    void reviewNext(const Item &item);

    /// Applies one edit (used by the undo commands): sets the text of word
    /// @p wordId (@p recognized when @p correctedText is empty) and its
    /// acceptance in the database and in the queue. A word the queue no longer
    /// holds (a reload dropped it once reviewed) is set in the database and the
    /// queue is read again.
    bool applyState(qint64 wordId, const QString &recognized, const QString &correctedText, bool accepted,
                    bool makeCurrent);

Q_SIGNALS:
    /// The current word changed (or its state did); -1 when the queue is empty.
    void currentChanged(int index);
    /// A word of page @p page of @p documentPath was corrected, accepted, or
    /// that was undone: the stored page changed. @p wordId is the word.
    void wordEdited(const QString &documentPath, int page, qint64 wordId, const QString &corrected, bool accepted);
    void errorOccurred(const QString &message);

private:
    int nextUnhandled(int from) const;
    bool inLexicon(const QString &text) const;
    void push(const Item &item, const QString &corrected, bool accepted, const QString &description);
    bool applyToStoreOnly(qint64 wordId, const QString &recognized, const QString &correctedText, bool accepted,
                          bool makeCurrent);

    Store *m_store = nullptr;
    QString m_userWordsFile;
    ReviewFilter m_filter;
    QList<Item> m_items;
    QSet<QString> m_lexicon;
    int m_current = -1;
    QUndoStack *m_undo;
};

} // namespace quire
