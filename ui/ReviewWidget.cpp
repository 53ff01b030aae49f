#include "ReviewWidget.h"

#include "PageView.h"
#include "pool/PreviewRenderer.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace quire {

namespace {

// Pages rendered ahead of the word on screen.
constexpr int kPagesAhead = 2;

QString pageKey(const QString &path, int page)
{
    return path + QLatin1Char('#') + QString::number(page);
}

} // namespace

ReviewWidget::ReviewWidget(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_queue(new ReviewQueue(this))
{
    setWindowTitle(tr("Review"));

    m_view = new PageView;
    m_view->setMinimumHeight(160);
    m_view->setAccessibleName(tr("Page of the word"));
    m_where = new QLabel;
    m_where->setObjectName(u"where"_s);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_line = new QLabel;
    m_line->setWordWrap(true);
    m_line->setTextFormat(Qt::RichText);
    m_line->setObjectName(u"lineText"_s);

    m_backButton = new QPushButton(tr("Back"));
    m_backButton->setToolTip(tr("Previous word (Shift+Tab, Page Up)"));
    m_skipButton = new QPushButton(tr("Skip"));
    m_skipButton->setToolTip(tr("Next word without changing this one (Tab, Page Down)"));
    connect(m_backButton, &QPushButton::clicked, this, &ReviewWidget::previous);
    connect(m_skipButton, &QPushButton::clicked, this, &ReviewWidget::next);
    auto *navRow = new QHBoxLayout;
    navRow->addWidget(m_where, 1);
    navRow->addWidget(m_backButton);
    navRow->addWidget(m_skipButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildTopRow());
    layout->addWidget(m_view, 1);
    layout->addLayout(navRow);
    layout->addWidget(m_line);
    layout->addLayout(buildEditRow());
    for (QPushButton *button : {m_backButton, m_skipButton, m_acceptButton, m_learnButton})
        button->setFocusPolicy(Qt::NoFocus);
    addShortcuts();

    connect(m_view, &PageView::wordClicked, this, &ReviewWidget::onWordClicked);
    connect(m_queue, &ReviewQueue::currentChanged, this, &ReviewWidget::showCurrent);
    connect(m_queue, &ReviewQueue::errorOccurred, this, &ReviewWidget::errorOccurred);
    connect(m_queue, &ReviewQueue::wordEdited, this, &ReviewWidget::onWordEdited);
    setStore(store);
}

ReviewWidget::~ReviewWidget() = default;

QLayout *ReviewWidget::buildTopRow()
{
    m_threshold = new QSpinBox;
    m_threshold->setRange(1, 100);
    m_threshold->setValue(80);
    m_threshold->setSuffix(tr(" %"));
    m_threshold->setToolTip(tr("Words recognized with less confidence than this are queued for review."));
    m_threshold->setAccessibleName(tr("Confidence threshold"));
    m_dictionary = new QCheckBox(tr("or not in the dictionary"));
    m_dictionary->setObjectName(u"dictionaryCheck"_s);
    m_dictionary->setChecked(true);
    m_dictionary->setToolTip(tr("Also queue confident words that neither the language's dictionary nor your word "
                                "list knows (names, codes, misreadings that look sure)"));
    connect(m_threshold, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(m_dictionary, &QCheckBox::toggled, this, [this] { reload(); });
    m_counter = new QLabel;
    m_counter->setObjectName(u"counter"_s);
    QFont counterFont = m_counter->font();
    counterFont.setBold(true);
    m_counter->setFont(counterFont);

    QUndoStack *undo = m_queue->undoStack();
    auto *undoButton = new QPushButton(tr("Undo"));
    undoButton->setToolTip(tr("Undo the last edit (Ctrl+Z)"));
    auto *redoButton = new QPushButton(tr("Redo"));
    redoButton->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(undo, &QUndoStack::canUndoChanged, undoButton, &QWidget::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, redoButton, &QWidget::setEnabled);
    connect(undoButton, &QPushButton::clicked, undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, undo, &QUndoStack::redo);

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
    return top;
}

QLayout *ReviewWidget::buildEditRow()
{
    m_editor = new QLineEdit;
    QFont editorFont = m_editor->font();
    editorFont.setPointSizeF(editorFont.pointSizeF() * 1.4);
    m_editor->setFont(editorFont);
    m_editor->setToolTip(tr("Enter: save the correction (or accept when unchanged) · Ctrl+Enter: accept · "
                            "Ctrl+L: accept and add to the word list · Tab/Page Down: skip · "
                            "Shift+Tab/Page Up: back"));
    m_editor->installEventFilter(this);
    m_editor->setAccessibleName(tr("Correction"));
    m_editor->setAccessibleDescription(m_editor->toolTip());
    m_acceptButton = new QPushButton(tr("Accept as is"));
    m_acceptButton->setToolTip(tr("The recognized text is right (Ctrl+Enter)"));
    m_learnButton = new QPushButton(tr("Accept and add to word list"));
    m_learnButton->setToolTip(tr("Accept and never flag this word again (Ctrl+L)"));
    connect(m_acceptButton, &QPushButton::clicked, this, &ReviewWidget::acceptCurrent);
    connect(m_learnButton, &QPushButton::clicked, this, &ReviewWidget::acceptAndLearn);
    auto *row = new QHBoxLayout;
    row->addWidget(m_editor, 1);
    row->addWidget(m_acceptButton);
    row->addWidget(m_learnButton);
    return row;
}

// The same keys work while the page has focus (the editor handles them itself).
void ReviewWidget::addShortcuts()
{
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Z), [this] { m_queue->undoStack()->undo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [this] { m_queue->undoStack()->redo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { acceptAndLearn(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { acceptCurrent(); });
    // A window of its own: Escape closes it (every edit is already saved), back to the main window.
    shortcut(QKeySequence(Qt::Key_Escape), [this] { close(); });
}

void ReviewWidget::setStore(Store *store)
{
    m_pagePath.clear();
    m_pageNumber = 0;
    m_pageImages = {};
    m_pageResult = {};
    m_pageTicket = 0;
    m_fetching.clear();
    m_queue->setFilter({double(threshold()), m_dictionary->isChecked()});
    m_queue->setStore(store);
}

void ReviewWidget::setSettings(const PipelineSettings &settings)
{
    if (settings.key() != m_settings.key() || settings.passwords != m_settings.passwords) {
        m_pagePath.clear(); // shown again, rendered with these settings, by the next showCurrent()
        m_pageNumber = 0;
    }
    m_settings = settings;
    m_queue->setUserWordsFile(settings.userWordsFile);
}

PreviewRenderer *ReviewWidget::renderer()
{
    if (!m_renderer)
        setRenderer(new PreviewRenderer(this));
    return m_renderer;
}

void ReviewWidget::setRenderer(PreviewRenderer *renderer)
{
    if (m_renderer)
        m_renderer->cancel(this);
    disconnect(m_rendererConnection);
    m_renderer = renderer;
    m_pageTicket = 0;
    m_fetching.clear();
    m_rendererConnection = connect(renderer, &PreviewRenderer::rendered, this, &ReviewWidget::onRendered);
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
    m_queue->setFilter({double(threshold()), m_dictionary->isChecked()});
    m_queue->reload();
}

ReviewQueue *ReviewWidget::reviewQueue() const
{
    return m_queue;
}

QList<ReviewWidget::Item> ReviewWidget::queue() const
{
    return m_queue->items();
}

int ReviewWidget::currentIndex() const
{
    return m_queue->currentIndex();
}

int ReviewWidget::remaining() const
{
    return m_queue->remaining();
}

const ReviewWidget::Item *ReviewWidget::currentItem() const
{
    return m_queue->currentItem();
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
    return m_queue->undoStack();
}

QString ReviewWidget::counterText() const
{
    return m_counter->text();
}

void ReviewWidget::commitEdit()
{
    m_queue->commit(m_editor->text());
}

void ReviewWidget::acceptCurrent()
{
    m_queue->acceptCurrent();
}

void ReviewWidget::acceptAndLearn()
{
    m_queue->acceptAndLearn();
}

void ReviewWidget::next()
{
    m_queue->next();
}

void ReviewWidget::previous()
{
    m_queue->previous();
}

void ReviewWidget::goTo(int index)
{
    m_queue->goTo(index);
}

void ReviewWidget::updateCounter()
{
    const int left = m_queue->remaining();
    m_counter->setText(left == 0 && !m_queue->items().isEmpty() ? tr("All reviewed") : tr("%n left", nullptr, left));
}

void ReviewWidget::showEmpty()
{
    m_editor->clear();
    m_line->clear();
    m_where->setText(!m_queue->store() ? tr("Open a database to review its words.")
                     : m_dictionary->isChecked()
                         ? tr("No words below %1% confidence or outside the dictionary are waiting for review.")
                               .arg(threshold())
                         : tr("No words below %1% confidence are waiting for review.").arg(threshold()));
    m_view->clear();
    m_view->setMessage(m_where->text());
}

void ReviewWidget::showCurrent(int index)
{
    updateCounter();
    const Item *item = m_queue->currentItem();
    const bool has = item != nullptr;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_editor, m_acceptButton, m_learnButton})
        widget->setEnabled(has);
    m_backButton->setEnabled(has && index > 0);
    m_skipButton->setEnabled(has && m_queue->items().size() > 1);
    if (!has) {
        showEmpty();
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
                         .arg(index + 1)
                         .arg(m_queue->items().size())
                         .arg(QFileInfo(word.documentPath).fileName())
                         .arg(word.page)
                         .arg(confidence, state));
    // The line with the word in bold (first occurrence of its text).
    QString line = word.lineText.toHtmlEscaped();
    const QString escaped = item->shown().toHtmlEscaped();
    const qsizetype at = line.indexOf(escaped);
    if (at >= 0 && !escaped.isEmpty())
        line.replace(at, escaped.size(), u"<b><u>"_s + escaped + u"</u></b>"_s);
    m_line->setText(line);
    // The editor keeps the focus: it tells a screen reader where the word is and why it is here.
    m_editor->setAccessibleDescription(m_where->text() + u". "_s + word.lineText);
    m_editor->setText(item->shown());
    m_editor->selectAll();
    if (isVisible() && !m_editor->hasFocus())
        m_editor->setFocus();
    requestPage(word.documentPath, word.page);
    Q_EMIT currentChanged(index);
}

// The page of the current word: shown at once when its images are here,
// rendered otherwise; the pages of the next words are rendered ahead.
void ReviewWidget::requestPage(const QString &path, int page)
{
    const Item *item = m_queue->currentItem();
    const qint64 wordId = item ? item->word.wordId : 0;
    if (path == m_pagePath && page == m_pageNumber) {
        if (!m_pageImages.rendered.isNull())
            showPageWord(wordId);
        return; // still rendering: showPageWord follows when it is done
    }
    m_pagePath = path;
    m_pageNumber = page;
    m_pageImages = {};
    m_pageInView = false;
    const std::optional<StoredPage> stored = m_queue->store() ? m_queue->store()->loadPage(path, page, true)
                                                              : std::nullopt;
    if (!stored) {
        m_pageTicket = 0;
        showViewMessage(tr("Page %1 of %2 is not in the database any more.").arg(page).arg(path));
        return;
    }
    m_pageResult = stored->result;
    showViewMessage(tr("Rendering page %1…").arg(page));
    PreviewRequest request{path, m_pageResult, m_settings, 0};
    m_pageTicket = renderer()->request(this, request, PreviewRenderer::Priority::Show);
    fetchAhead();
}

void ReviewWidget::fetchAhead()
{
    QStringList wanted;
    const QList<Item> &items = m_queue->items();
    for (int i = m_queue->currentIndex() + 1, found = 0; i < items.size() && found < kPagesAhead; ++i) {
        const SuspiciousWord &word = items.at(i).word;
        const QString key = pageKey(word.documentPath, word.page);
        if (items.at(i).handled() || key == pageKey(m_pagePath, m_pageNumber) || wanted.contains(key))
            continue;
        ++found;
        wanted << key;
        if (std::find(m_fetching.cbegin(), m_fetching.cend(), key) != m_fetching.cend())
            continue;
        if (const std::optional<StoredPage> stored = m_queue->store()->loadPage(word.documentPath, word.page, false)) {
            const PreviewRequest request{word.documentPath, stored->result, m_settings, 0};
            m_fetching.insert(renderer()->request(this, request, PreviewRenderer::Priority::Prefetch), key);
        }
    }
}

void ReviewWidget::onRendered(quint64 ticket, const PageImages &images, const QString &error)
{
    m_fetching.remove(ticket); // kept by the renderer for when its word comes up
    if (ticket != m_pageTicket)
        return;
    m_pageTicket = 0;
    if (images.rendered.isNull()) {
        showViewMessage(tr("Could not show page %1 of %2: %3").arg(m_pageNumber).arg(m_pagePath, error));
        return;
    }
    m_pageImages = images;
    const Item *item = m_queue->currentItem();
    showPageWord(item ? item->word.wordId : 0);
}

void ReviewWidget::onWordEdited(const QString &path, int page, qint64 wordId, const QString &corrected,
                                bool accepted)
{
    // Keep the page on screen in step with the edit.
    if (path == m_pagePath && page == m_pageNumber) {
        for (Word &word : m_pageResult.words) {
            if (word.id == wordId) {
                word.corrected = corrected;
                word.accepted = accepted;
            }
        }
    }
    Q_EMIT wordEdited(path, page);
}

void ReviewWidget::showViewMessage(const QString &message)
{
    m_view->clear();
    m_pageInView = false;
    m_view->setMessage(message);
}

void ReviewWidget::showPageWord(qint64 wordId)
{
    if (!m_pageInView || !m_view->hasImage()) {
        m_view->setPage(m_pageImages, m_pageResult);
        m_pageInView = true;
    }
    const auto found = std::find_if(m_pageResult.words.cbegin(), m_pageResult.words.cend(),
                                    [wordId](const Word &word) { return word.id == wordId; });
    const int index = found == m_pageResult.words.cend() ? -1 : int(found - m_pageResult.words.cbegin());
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

// A click on a word of the page: review it next, right after the current one.
void ReviewWidget::onWordClicked(int index)
{
    if (index < 0 || index >= m_pageResult.words.size())
        return;
    const Word &word = m_pageResult.words.at(index);
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
    m_queue->reviewNext(Item{extra, word.corrected, word.accepted});
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

bool ReviewWidget::handleKey(const QKeyEvent *key)
{
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    const bool control = mods == Qt::ControlModifier;
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
        if (mods != Qt::NoModifier)
            return false;
        next();
        return true;
    case Qt::Key_Backtab:
    case Qt::Key_PageUp:
        previous();
        return true;
    case Qt::Key_L:
        if (control)
            acceptAndLearn();
        return control;
    case Qt::Key_Z:
        if (control)
            m_queue->undoStack()->undo();
        else if (mods == (Qt::ControlModifier | Qt::ShiftModifier))
            m_queue->undoStack()->redo();
        else
            return false;
        return true;
    case Qt::Key_Y:
        if (control)
            m_queue->undoStack()->redo();
        return control;
    default:
        return false;
    }
}

bool ReviewWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent *>(event)))
        return true;
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
