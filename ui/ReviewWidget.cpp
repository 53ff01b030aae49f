#include "ReviewWidget.h"

#include "PageView.h"
#include "pipeline/PagePreview.h"
#include "store/Lexicon.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace quire {

namespace {

constexpr int QueueLimit = 100000;
// Pages rendered ahead of the word on screen, and pages kept rendered (each
// is two page images: about 65 MB at 300 dpi).
constexpr int PagesAhead = 2;
constexpr int PagesKept = 4;

QImage forDisplay(const QImage &image)
{
    if (image.isNull())
        return image;
    return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                          : QImage::Format_RGB32);
}

struct RenderOutcome
{
    PageImages images;
    QString error;
};

/// One edit of the review session; redo sets the new state, undo the old one.
class ReviewCommand final : public QUndoCommand
{
public:
    ReviewCommand(ReviewWidget *widget, const SuspiciousWord &word, const QString &oldCorrected, bool oldAccepted,
                  const QString &newCorrected, bool newAccepted, const QString &text)
        : QUndoCommand(text)
        , m_widget(widget)
        , m_wordId(word.wordId)
        , m_recognized(word.text)
        , m_oldCorrected(oldCorrected)
        , m_newCorrected(newCorrected)
        , m_oldAccepted(oldAccepted)
        , m_newAccepted(newAccepted)
    {
    }

    void redo() override
    {
        // The first redo happens when the command is pushed: the widget moves on by itself then.
        m_widget->applyState(m_wordId, m_recognized, m_newCorrected, m_newAccepted, !m_first);
        m_first = false;
    }
    void undo() override { m_widget->applyState(m_wordId, m_recognized, m_oldCorrected, m_oldAccepted, true); }

private:
    ReviewWidget *m_widget;
    qint64 m_wordId;
    QString m_recognized;
    QString m_oldCorrected;
    QString m_newCorrected;
    bool m_oldAccepted;
    bool m_newAccepted;
    bool m_first = true;
};

} // namespace

ReviewWidget::ReviewWidget(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("Review"));

    m_threshold = new QSpinBox;
    m_threshold->setRange(1, 100);
    m_threshold->setValue(80);
    m_threshold->setSuffix(tr(" %"));
    m_threshold->setToolTip(tr("Words recognized with less confidence than this are queued for review."));
    m_dictionary = new QCheckBox(tr("or not in the dictionary"));
    m_dictionary->setObjectName(u"dictionaryCheck"_s);
    m_dictionary->setChecked(true);
    m_dictionary->setToolTip(tr("Also queue confident words that neither the language's dictionary nor your word "
                                "list knows (names, codes, misreadings that look sure)"));
    m_counter = new QLabel;
    m_counter->setObjectName(u"counter"_s);
    QFont counterFont = m_counter->font();
    counterFont.setBold(true);
    m_counter->setFont(counterFont);

    auto *undoButton = new QPushButton(tr("Undo"));
    undoButton->setToolTip(tr("Undo the last edit (Ctrl+Z)"));
    auto *redoButton = new QPushButton(tr("Redo"));
    redoButton->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoButton, &QWidget::setEnabled);
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Review words below")));
    top->addWidget(m_threshold);
    top->addWidget(new QLabel(tr("confidence")));
    top->addWidget(m_dictionary);
    top->addStretch(1);
    top->addWidget(m_counter);
    top->addSpacing(12);
    top->addWidget(undoButton);
    top->addWidget(redoButton);

    m_view = new PageView;
    m_view->setMinimumHeight(160);

    m_where = new QLabel;
    m_where->setObjectName(u"where"_s);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_line = new QLabel;
    m_line->setWordWrap(true);
    m_line->setTextFormat(Qt::RichText);
    m_line->setObjectName(u"lineText"_s);

    m_editor = new QLineEdit;
    QFont editorFont = m_editor->font();
    editorFont.setPointSizeF(editorFont.pointSizeF() * 1.4);
    m_editor->setFont(editorFont);
    m_editor->setToolTip(tr("Enter: save the correction (or accept when unchanged) · Ctrl+Enter: accept · "
                            "Ctrl+L: accept and add to the word list · Tab/Page Down: skip · "
                            "Shift+Tab/Page Up: back"));
    m_editor->installEventFilter(this);

    m_backButton = new QPushButton(tr("Back"));
    m_backButton->setToolTip(tr("Previous word (Shift+Tab, Page Up)"));
    m_skipButton = new QPushButton(tr("Skip"));
    m_skipButton->setToolTip(tr("Next word without changing this one (Tab, Page Down)"));
    m_acceptButton = new QPushButton(tr("Accept as is"));
    m_acceptButton->setToolTip(tr("The recognized text is right (Ctrl+Enter)"));
    m_learnButton = new QPushButton(tr("Accept and add to word list"));
    m_learnButton->setToolTip(tr("Accept and never flag this word again (Ctrl+L)"));
    for (QPushButton *button : {m_backButton, m_skipButton, m_acceptButton, m_learnButton})
        button->setFocusPolicy(Qt::NoFocus);
    connect(m_backButton, &QPushButton::clicked, this, &ReviewWidget::previous);
    connect(m_skipButton, &QPushButton::clicked, this, &ReviewWidget::next);
    connect(m_acceptButton, &QPushButton::clicked, this, &ReviewWidget::acceptCurrent);
    connect(m_learnButton, &QPushButton::clicked, this, &ReviewWidget::acceptAndLearn);

    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_editor, 1);
    editRow->addWidget(m_acceptButton);
    editRow->addWidget(m_learnButton);
    auto *navRow = new QHBoxLayout;
    navRow->addWidget(m_where, 1);
    navRow->addWidget(m_backButton);
    navRow->addWidget(m_skipButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(navRow);
    layout->addWidget(m_line);
    layout->addLayout(editRow);

    // The same keys work while the page has focus (the editor handles them itself).
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Z), [this] { m_undo->undo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [this] { m_undo->redo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { acceptAndLearn(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { acceptCurrent(); });

    connect(m_threshold, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(m_dictionary, &QCheckBox::toggled, this, [this] { reload(); });
    connect(m_view, &PageView::wordClicked, this, &ReviewWidget::onWordClicked);

    setStore(store);
}

ReviewWidget::~ReviewWidget() = default;

void ReviewWidget::setStore(Store *store)
{
    m_store = store;
    m_undo->clear();
    m_pagePath.clear();
    m_pageNumber = 0;
    forgetRenders();
    m_pageImages = {};
    m_pageResult = {};
    reload();
}

void ReviewWidget::setSettings(const PipelineSettings &settings)
{
    if (settings.key() != m_settings.key() || settings.passwords != m_settings.passwords) {
        forgetRenders();
        m_pagePath.clear(); // shown again, rendered with these settings, by the next showCurrent()
        m_pageNumber = 0;
    }
    m_settings = settings;
}

void ReviewWidget::forgetRenders()
{
    ++m_renderGeneration; // a render still running is dropped when it ends
    m_renderRunning = false;
    m_viewKey.clear();
    m_rendered.clear();
    m_renderOrder.clear();
    m_renderErrors.clear();
}

void ReviewWidget::setThreshold(int confidence)
{
    m_threshold->setValue(confidence);
}

int ReviewWidget::threshold() const
{
    return m_threshold->value();
}

void ReviewWidget::reload()
{
    m_queue.clear();
    m_lexicon.clear();
    if (m_store) {
        QStringList known;
        QString error;
        if (!lexicon::knownWords(m_store, m_settings.userWordsFile, &known, &error))
            Q_EMIT errorOccurred(error);
        for (const QString &word : std::as_const(known))
            m_lexicon.insert(lexicon::key(word));
        const QList<SuspiciousWord> words =
            m_store->suspiciousWords({double(threshold()), m_dictionary->isChecked()}, QueueLimit);
        for (const SuspiciousWord &word : words) {
            if (!inLexicon(word.text))
                m_queue.append(Item{word, {}, false});
        }
    }
    m_current = m_queue.isEmpty() ? -1 : 0;
    showCurrent();
}

bool ReviewWidget::inLexicon(const QString &text) const
{
    return !m_lexicon.isEmpty() && m_lexicon.contains(lexicon::key(text));
}

QList<ReviewWidget::Item> ReviewWidget::queue() const
{
    return m_queue;
}

int ReviewWidget::currentIndex() const
{
    return m_current;
}

int ReviewWidget::remaining() const
{
    return int(std::count_if(m_queue.cbegin(), m_queue.cend(), [](const Item &item) { return !item.handled(); }));
}

const ReviewWidget::Item *ReviewWidget::currentItem() const
{
    if (m_current < 0 || m_current >= m_queue.size())
        return nullptr;
    return &m_queue.at(m_current);
}

QLineEdit *ReviewWidget::editor() const
{
    return m_editor;
}

PageView *ReviewWidget::pageView() const
{
    return m_view;
}

QUndoStack *ReviewWidget::undoStack() const
{
    return m_undo;
}

QString ReviewWidget::counterText() const
{
    return m_counter->text();
}

int ReviewWidget::indexOfWord(qint64 wordId) const
{
    for (int i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).word.wordId == wordId)
            return i;
    }
    return -1;
}

int ReviewWidget::nextUnhandled(int from) const
{
    for (int step = 0; step < m_queue.size(); ++step) {
        const int i = (from + step) % int(m_queue.size());
        if (!m_queue.at(i).handled())
            return i;
    }
    return -1;
}

void ReviewWidget::commitEdit()
{
    const Item *item = currentItem();
    if (!item)
        return;
    const QString typed = m_editor->text().trimmed();
    const QString shown = item->corrected.isEmpty() ? item->word.text : item->corrected;
    if (typed.isEmpty() || typed == shown) {
        acceptCurrent();
        return;
    }
    // Typing the recognized text back clears the correction: that counts as accepting it.
    const bool backToOriginal = typed == item->word.text;
    m_undo->push(new ReviewCommand(this, item->word, item->corrected, item->accepted,
                                   backToOriginal ? QString() : typed, backToOriginal,
                                   tr("Correct \"%1\" to \"%2\"").arg(item->word.text, typed)));
    next();
}

void ReviewWidget::acceptCurrent()
{
    const Item *item = currentItem();
    if (!item)
        return;
    // A word corrected earlier keeps its correction: that is the text shown.
    if (!item->accepted && item->corrected.isEmpty()) {
        m_undo->push(new ReviewCommand(this, item->word, item->corrected, item->accepted, QString(), true,
                                       tr("Accept \"%1\"").arg(item->word.text)));
    }
    next();
}

void ReviewWidget::acceptAndLearn()
{
    const Item *item = currentItem();
    if (!item || !m_store)
        return;
    const QString word = item->corrected.isEmpty() ? item->word.text : item->corrected;
    if (!m_store->addToLexicon(word)) {
        Q_EMIT errorOccurred(tr("Could not add \"%1\" to the word list: %2").arg(word, m_store->errorString()));
        return;
    }
    // The person's own list too, so later runs (and other databases) know it.
    QString error;
    if (!m_settings.userWordsFile.isEmpty() && !lexicon::appendToFile(m_settings.userWordsFile, word, &error))
        Q_EMIT errorOccurred(error);
    m_lexicon.insert(lexicon::key(word));
    if (!item->accepted) {
        m_undo->push(new ReviewCommand(this, item->word, item->corrected, item->accepted, item->corrected,
                                       true, tr("Accept \"%1\" and add it to the word list").arg(word)));
    }
    next();
}

void ReviewWidget::next()
{
    if (m_queue.isEmpty())
        return;
    // Forward goes to the next word still waiting; past the end it wraps
    // round to words skipped earlier.
    const int target = nextUnhandled((m_current + 1) % int(m_queue.size()));
    goTo(target < 0 ? m_current : target);
}

void ReviewWidget::previous()
{
    if (m_current > 0)
        goTo(m_current - 1);
}

void ReviewWidget::goTo(int index)
{
    if (index < 0 || index >= m_queue.size())
        return;
    m_current = index;
    showCurrent();
}

bool ReviewWidget::applyState(qint64 wordId, const QString &recognized, const QString &correctedText, bool accepted,
                              bool makeCurrent)
{
    if (!m_store)
        return false;
    const int index = indexOfWord(wordId);
    if (index < 0) {
        // The word left the queue when it was read again (reviewed by then):
        // set it in the database, read the queue again and show the word.
        const bool ok = m_store->correctWord(wordId, correctedText.isEmpty() ? recognized : correctedText)
            && m_store->acceptWord(wordId, accepted);
        if (!ok) {
            Q_EMIT errorOccurred(tr("Could not save the review of \"%1\": %2").arg(recognized, m_store->errorString()));
            return false;
        }
        reload();
        const int now = indexOfWord(wordId);
        if (now >= 0) {
            Q_EMIT wordEdited(m_queue.at(now).word.documentPath, m_queue.at(now).word.page);
            if (makeCurrent)
                goTo(now);
        }
        return true;
    }
    Item &item = m_queue[index];
    bool ok = true;
    const QString text = correctedText.isEmpty() ? item.word.text : correctedText;
    const QString before = item.corrected.isEmpty() ? item.word.text : item.corrected;
    if (text != before)
        ok = m_store->correctWord(wordId, text);
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
    Q_EMIT wordEdited(item.word.documentPath, item.word.page);
    // Keep the page on screen in step with the edit.
    if (item.word.documentPath == m_pagePath && item.word.page == m_pageNumber) {
        for (Word &word : m_pageResult.words) {
            if (word.id == wordId) {
                word.corrected = correctedText;
                word.accepted = accepted;
            }
        }
    }
    if (makeCurrent)
        m_current = index;
    showCurrent();
    return true;
}

void ReviewWidget::updateCounter()
{
    const int left = remaining();
    m_counter->setText(left == 0 && !m_queue.isEmpty() ? tr("All reviewed") : tr("%n left", nullptr, left));
}

void ReviewWidget::showCurrent()
{
    updateCounter();
    const Item *item = currentItem();
    const bool has = item != nullptr;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_editor, m_acceptButton, m_learnButton})
        widget->setEnabled(has);
    m_backButton->setEnabled(has && m_current > 0);
    m_skipButton->setEnabled(has && m_queue.size() > 1);
    if (!has) {
        m_editor->clear();
        m_line->clear();
        m_where->setText(!m_store ? tr("Open a database to review its words.")
                         : m_dictionary->isChecked()
                         ? tr("No words below %1% confidence or outside the dictionary are waiting for review.")
                               .arg(threshold())
                         : tr("No words below %1% confidence are waiting for review.").arg(threshold()));
        m_view->clear();
        m_view->setMessage(m_where->text());
        Q_EMIT currentChanged(-1);
        return;
    }
    const SuspiciousWord &word = item->word;
    QString state;
    if (!item->corrected.isEmpty())
        state = tr(" — corrected from \"%1\"").arg(word.text);
    else if (item->accepted)
        state = tr(" — accepted");
    const QString confidence = word.notInDictionary
        ? tr("%1% confidence, not in the dictionary").arg(double(word.confidence), 0, 'f', 0)
        : tr("%1% confidence").arg(double(word.confidence), 0, 'f', 0);
    m_where->setText(tr("Word %1 of %2 · %3, page %4 · %5%6")
                         .arg(m_current + 1)
                         .arg(m_queue.size())
                         .arg(QFileInfo(word.documentPath).fileName())
                         .arg(word.page)
                         .arg(confidence, state));
    // The line with the word in bold (first occurrence of its text).
    QString line = word.lineText.toHtmlEscaped();
    const QString shown = item->corrected.isEmpty() ? word.text : item->corrected;
    const QString escaped = shown.toHtmlEscaped();
    const qsizetype at = line.indexOf(escaped);
    if (at >= 0 && !escaped.isEmpty())
        line.replace(at, escaped.size(), u"<b><u>"_s + escaped + u"</u></b>"_s);
    m_line->setText(line);
    m_editor->setText(shown);
    m_editor->selectAll();
    if (isVisible() && !m_editor->hasFocus())
        m_editor->setFocus();
    requestPage(word.documentPath, word.page, word.wordId);
    Q_EMIT currentChanged(m_current);
}

void ReviewWidget::requestPage(const QString &path, int page, qint64 wordId)
{
    if (path == m_pagePath && page == m_pageNumber) {
        if (!m_pageImages.rendered.isNull())
            showPageWord(wordId);
        return; // Still rendering: showPageWord follows when it is done.
    }
    m_pagePath = path;
    m_pageNumber = page;
    m_pageImages = {};
    m_pageResult = {};
    std::optional<StoredPage> stored = m_store ? m_store->loadPage(path, page, true) : std::nullopt;
    if (!stored) {
        showViewMessage(tr("Page %1 of %2 is not in the database any more.").arg(page).arg(path));
        return;
    }
    m_pageResult = stored->result;
    showRenderState(wordId);
    renderAhead();
}

// The page on screen as far as the renders have got: its images with word
// @p wordId selected, why it could not be rendered, or that it is rendering.
void ReviewWidget::showRenderState(qint64 wordId)
{
    const QString key = pageKey(m_pagePath, m_pageNumber);
    if (const auto cached = m_rendered.constFind(key); cached != m_rendered.cend()) {
        m_renderOrder.removeOne(key);
        m_renderOrder.append(key);
        m_pageImages = *cached;
        showPageWord(wordId);
    } else if (const auto failed = m_renderErrors.constFind(key); failed != m_renderErrors.cend()) {
        showViewMessage(tr("Could not show page %1 of %2: %3").arg(m_pageNumber).arg(m_pagePath, *failed));
    } else {
        showViewMessage(tr("Rendering page %1…").arg(m_pageNumber));
    }
}

void ReviewWidget::showViewMessage(const QString &message)
{
    m_view->clear();
    m_viewKey.clear();
    m_view->setMessage(message);
}

QString ReviewWidget::pageKey(const QString &path, int page)
{
    return path + QLatin1Char('#') + QString::number(page);
}

// One render at a time: the page on screen first, then the pages of the next
// words waiting, so that the next word comes up at once. Rendered pages are
// kept (a few, the least recently shown dropped first).
void ReviewWidget::renderAhead()
{
    if (m_renderRunning || !m_store)
        return;
    QList<std::pair<QString, int>> wanted;
    if (!m_pagePath.isEmpty())
        wanted.append({m_pagePath, m_pageNumber});
    for (int i = m_current + 1, found = 0; i < m_queue.size() && found < PagesAhead; ++i) {
        if (m_queue.at(i).handled())
            continue;
        ++found;
        wanted.append({m_queue.at(i).word.documentPath, m_queue.at(i).word.page});
    }
    for (const auto &[path, page] : std::as_const(wanted)) {
        const QString key = pageKey(path, page);
        if (m_rendered.contains(key) || m_renderErrors.contains(key))
            continue;
        std::optional<StoredPage> stored = m_store->loadPage(path, page, false);
        if (!stored) {
            m_renderErrors.insert(key, tr("it is not in the database any more"));
            continue;
        }
        startRender(path, stored->result);
        return;
    }
}

void ReviewWidget::startRender(const QString &path, const PageResult &result)
{
    m_renderRunning = true;
    const QString key = pageKey(path, result.page);
    auto *watcher = new QFutureWatcher<RenderOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, key, path, page = result.page, generation = m_renderGeneration] {
        watcher->deleteLater();
        if (generation != m_renderGeneration)
            return; // rendered for another database or other settings
        m_renderRunning = false;
        const RenderOutcome outcome = watcher->result();
        if (outcome.images.rendered.isNull()) {
            m_renderErrors.insert(key, outcome.error);
        } else {
            m_rendered.insert(key, outcome.images);
            m_renderOrder.removeOne(key);
            m_renderOrder.append(key);
            while (m_renderOrder.size() > PagesKept)
                m_rendered.remove(m_renderOrder.takeFirst());
        }
        if (path == m_pagePath && page == m_pageNumber) {
            const Item *item = currentItem();
            showRenderState(item ? item->word.wordId : 0);
        }
        renderAhead();
    });
    const PipelineSettings settings = m_settings;
    watcher->setFuture(QtConcurrent::run([path, result, settings] {
        RenderOutcome outcome;
        outcome.images = PagePreview::render(path, result, settings, &outcome.error);
        outcome.images.rendered = forDisplay(outcome.images.rendered);
        outcome.images.cleaned = forDisplay(outcome.images.cleaned);
        return outcome;
    }));
}

void ReviewWidget::showPageWord(qint64 wordId)
{
    const QString key = pageKey(m_pagePath, m_pageNumber);
    if (m_viewKey != key || !m_view->hasImage()) {
        m_view->setPage(m_pageImages, m_pageResult);
        m_viewKey = key;
    }
    int index = -1;
    for (int i = 0; i < m_pageResult.words.size(); ++i) {
        if (m_pageResult.words.at(i).id == wordId)
            index = i;
    }
    if (index >= 0 && m_pageResult.imageSize.width() > 0 && !m_pageImages.rendered.isNull()) {
        // Zoom so the word takes about a sixth of the view's width (never
        // below fit-to-width), then centre it.
        const QRect box = m_pageResult.words.at(index).box;
        const double scale = double(m_pageImages.rendered.width()) / m_pageResult.imageSize.width();
        const double wordWidth = std::max(1.0, box.width() * scale);
        const double wanted = m_view->viewport()->width() / (wordWidth * 6.0);
        m_view->setZoom(std::clamp(wanted, PageView::MinZoom, 2.0));
        m_view->setSelectedWord(index);
        const QRectF rect = m_view->wordRect(index);
        const QPointF centre = m_view->viewport()->rect().center();
        m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value()
                                                + int(rect.center().x() - centre.x()));
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value()
                                              + int(rect.center().y() - centre.y()));
    } else {
        m_view->setSelectedWord(-1);
    }
    Q_EMIT pageShown(m_pagePath, m_pageNumber);
}

void ReviewWidget::onWordClicked(int index)
{
    if (index < 0 || index >= m_pageResult.words.size())
        return;
    const Word &word = m_pageResult.words.at(index);
    int queued = indexOfWord(word.id);
    if (queued < 0) {
        // A word outside the queue: review it next, right after the current one.
        SuspiciousWord extra;
        extra.wordId = word.id;
        extra.documentPath = m_pagePath;
        extra.page = m_pageNumber;
        extra.dpi = m_pageResult.dpi;
        extra.box = word.box;
        extra.confidence = word.confidence;
        extra.text = word.text;
        QStringList line;
        for (const Word &other : std::as_const(m_pageResult.words)) {
            if (other.line == word.line)
                line.append(other.displayText());
        }
        extra.lineText = line.join(u' ');
        queued = m_current + 1;
        m_queue.insert(queued, Item{extra, word.corrected, word.accepted});
    }
    goTo(queued);
    m_editor->setFocus();
}

// The keys go to the editor from the moment the window opens, not to the
// threshold box that comes first in the tab order.
void ReviewWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_editor->isEnabled())
        m_editor->setFocus(Qt::ActiveWindowFocusReason);
}

bool ReviewWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (mods & Qt::ControlModifier)
                acceptCurrent();
            else
                commitEdit();
            return true;
        case Qt::Key_Tab:
        case Qt::Key_PageDown:
            if (mods == Qt::NoModifier) {
                next();
                return true;
            }
            break;
        case Qt::Key_Backtab:
        case Qt::Key_PageUp:
            previous();
            return true;
        case Qt::Key_L:
            if (mods == Qt::ControlModifier) {
                acceptAndLearn();
                return true;
            }
            break;
        case Qt::Key_Z:
            if (mods == Qt::ControlModifier) {
                m_undo->undo();
                return true;
            }
            if (mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
                m_undo->redo();
                return true;
            }
            break;
        case Qt::Key_Y:
            if (mods == Qt::ControlModifier) {
                m_undo->redo();
                return true;
            }
            break;
        default:
            break;
        }
    }
    if (watched == m_editor && event->type() == QEvent::ShortcutOverride) {
        // Keep the line edit's own undo and window shortcuts away from the review keys.
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if ((mods & Qt::ControlModifier)
            && (key->key() == Qt::Key_Z || key->key() == Qt::Key_Y || key->key() == Qt::Key_L
                || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace quire
