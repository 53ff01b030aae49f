#pragma once

#include "pipeline/PageProcessor.h"
#include "pipeline/PipelineSettings.h"
#include "store/Store.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace quire {

class PageView;

/// Review mode over the whole run: a queue of suspicious words (below a
/// confidence threshold, or unknown to the language's dictionary, and not in
/// the person's word list: the database's and settings.userWordsFile), weakest first
/// across every document, one at a time with its page zoomed to the word.
/// Enter corrects (or accepts when unchanged), Ctrl+Enter accepts, Ctrl+L
/// accepts and adds the word to the word list, Tab/PageDown skips,
/// Shift+Tab/PageUp goes back, Ctrl+Z/Ctrl+Shift+Z undo and redo any edit of
/// the session. Pages render off the GUI thread.
class ReviewWidget final : public QWidget
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
    };

    explicit ReviewWidget(Store *store, QWidget *parent = nullptr);
    ~ReviewWidget() override;
    Q_DISABLE_COPY_MOVE(ReviewWidget)

    /// Switches to another database (null: none) and reloads the queue.
    void setStore(Store *store);
    /// Settings used to re-render page images (they match the stored boxes);
    /// its userWordsFile is the person's word list, read by reload() and
    /// added to by acceptAndLearn().
    void setSettings(const quire::PipelineSettings &settings);

    void setThreshold(int confidence);
    int threshold() const;

    /// Reads the queue again from the database; the undo history is kept.
    void reload();

    QList<Item> queue() const;
    int currentIndex() const;
    /// Words of the queue not yet corrected or accepted.
    int remaining() const;
    /// The current word, or nullptr when the queue is empty.
    const Item *currentItem() const;

    QLineEdit *editor() const;
    PageView *pageView() const;
    QUndoStack *undoStack() const;
    QString counterText() const;

    void commitEdit();    ///< Enter: correct with the typed text, or accept if unchanged.
    void acceptCurrent(); ///< Ctrl+Enter.
    void acceptAndLearn(); ///< Ctrl+L.
    void next();
    void previous();
    void goTo(int index);

    /// Applies one edit (used by the undo commands): sets the text of word
    /// @p wordId (@p recognized when @p correctedText is empty) and its
    /// acceptance in the database and in the queue, and shows it. A word the
    /// queue no longer holds (a reload dropped it once reviewed) is set in the
    /// database and the queue is read again.
    bool applyState(qint64 wordId, const QString &recognized, const QString &correctedText, bool accepted,
                    bool makeCurrent);

Q_SIGNALS:
    void currentChanged(int index);
    /// The page image of the current word is on screen.
    void pageShown(const QString &documentPath, int page);
    void errorOccurred(const QString &message);
    /// A word of page @p page of @p documentPath was corrected, accepted, or
    /// that was undone: the stored page changed.
    void wordEdited(const QString &documentPath, int page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showCurrent();
    void updateCounter();
    void requestPage(const QString &path, int page, qint64 wordId);
    void showRenderState(qint64 wordId);
    void showViewMessage(const QString &message);
    void renderAhead();
    void forgetRenders();
    void startRender(const QString &path, const quire::PageResult &result);
    static QString pageKey(const QString &path, int page);
    void showPageWord(qint64 wordId);
    void onWordClicked(int index);
    int indexOfWord(qint64 wordId) const;
    int nextUnhandled(int from) const;
    bool inLexicon(const QString &text) const;

    Store *m_store = nullptr;
    PipelineSettings m_settings;
    QList<Item> m_queue;
    QSet<QString> m_lexicon;
    int m_current = -1;

    // The last page rendered (its images and its stored words).
    QString m_pagePath;
    int m_pageNumber = 0;
    PageImages m_pageImages;
    PageResult m_pageResult;
    QString m_viewKey; ///< pageKey() of the page in m_view.
    QHash<QString, PageImages> m_rendered; ///< Rendered pages by pageKey().
    QStringList m_renderOrder;             ///< Keys of m_rendered, least recently shown first.
    QHash<QString, QString> m_renderErrors; ///< Pages that could not be rendered, with why.
    bool m_renderRunning = false;
    quint64 m_renderGeneration = 0; ///< Bumped by forgetRenders(): older renders are dropped.

    QSpinBox *m_threshold = nullptr;
    QCheckBox *m_dictionary = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_line = nullptr;
    QLineEdit *m_editor = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_learnButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    PageView *m_view = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace quire
