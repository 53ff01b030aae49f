#pragma once

#include "pipeline/PageProcessor.h"
#include "pipeline/PipelineSettings.h"
#include "session/ReviewQueue.h"

#include <QHash>
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
class PreviewRenderer;

/// Review mode over the whole run: shows the ReviewQueue's current word with
/// its page zoomed to it, its line and why it is queued, and feeds the
/// person's keys to the queue. Enter corrects (or accepts when unchanged),
/// Ctrl+Enter accepts, Ctrl+L accepts and adds the word to the word list,
/// Tab/PageDown skips, Shift+Tab/PageUp goes back, Ctrl+Z/Ctrl+Shift+Z undo
/// and redo any edit of the session, Escape closes the window. Pages are rendered by a PreviewRenderer,
/// the pages of the next words ahead of time.
class ReviewWidget final : public QWidget
{
    Q_OBJECT

public:
    using Item = ReviewQueue::Item;

    explicit ReviewWidget(Store *store, QWidget *parent = nullptr);
    ~ReviewWidget() override;
    Q_DISABLE_COPY_MOVE(ReviewWidget)

    /// Switches to another database (null: none) and reloads the queue.
    void setStore(Store *store);
    /// Settings used to re-render page images (they match the stored boxes);
    /// its userWordsFile is the person's word list.
    void setSettings(const quire::PipelineSettings &settings);
    /// The renderer shared with the window's other views (not owned); without
    /// one the review makes its own.
    void setRenderer(quire::PreviewRenderer *renderer);

    void setThreshold(int confidence);
    int threshold() const;

    /// Reads the queue again from the database; the undo history is kept.
    void reload();

    ReviewQueue *reviewQueue() const;
    QList<Item> queue() const;
    int currentIndex() const;
    int remaining() const;
    const Item *currentItem() const;

    QLineEdit *editor() const;
    PageView *pageView() const;
    QUndoStack *undoStack() const;
    QString counterText() const;

    void commitEdit();     ///< Enter: correct with the typed text, or accept if unchanged.
    void acceptCurrent();  ///< Ctrl+Enter.
    void acceptAndLearn(); ///< Ctrl+L.
    void next();
    void previous();
    void goTo(int index);

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
    QLayout *buildTopRow();
    QLayout *buildEditRow();
    void addShortcuts();
    bool handleKey(const QKeyEvent *key);
    PreviewRenderer *renderer();
    void showCurrent(int index);
    void showEmpty();
    void updateCounter();
    void requestPage(const QString &path, int page);
    void fetchAhead();
    void onRendered(quint64 ticket, const quire::PageImages &images, const QString &error);
    void onWordEdited(const QString &path, int page, qint64 wordId, const QString &corrected, bool accepted);
    void showViewMessage(const QString &message);
    void showPageWord(qint64 wordId);
    void onWordClicked(int index);

    ReviewQueue *m_queue;
    PipelineSettings m_settings;
    PreviewRenderer *m_renderer = nullptr;
    QMetaObject::Connection m_rendererConnection;

    // The page of the current word: its stored words, and its images once rendered.
    QString m_pagePath;
    int m_pageNumber = 0;
    PageResult m_pageResult;
    PageImages m_pageImages;
    quint64 m_pageTicket = 0; ///< The render of the page on screen, while it is awaited.
    bool m_pageInView = false;
    QHash<quint64, QString> m_fetching; ///< Pages rendered ahead, by ticket: "path#page".

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
};

} // namespace quire
