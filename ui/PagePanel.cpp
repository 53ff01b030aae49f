#include "PagePanel.h"

#include "ConfidenceStyle.h"
#include "PageView.h"
#include "Theme.h"
#include "model/PageResult.h"
#include "pool/PreviewRenderer.h"
#include "store/SearchTerms.h"
#include "store/Store.h"

#include <QAction>
#include <QActionGroup>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace quire {

namespace {

QString milliseconds(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 1 : 0);
}

} // namespace

PagePanel::PagePanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new PageView(this))
    , m_text(new QPlainTextEdit(this))
    , m_facts(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
{
    QToolBar *toolBar = buildToolBar();
    QWidget *textPane = buildTextPane();
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(textPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_facts->setObjectName(QStringLiteral("pageFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setContentsMargins(6, 0, 6, 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(toolBar);
    layout->addWidget(m_splitter, 1);
    // The legend under the page, not in the tool bar, where a narrow panel or
    // a longer translation would push it into the overflow menu.
    layout->addWidget(makeLegend(), 0, Qt::AlignLeft);
    layout->addWidget(m_facts);

    connect(m_imageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { m_view->setShowCleaned(action == m_cleanedAction); });
    connect(m_boxesAction, &QAction::toggled, m_view, &PageView::setBoxesVisible);
    connect(m_zoomInAction, &QAction::triggered, m_view, &PageView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &PageView::zoomOut);
    connect(m_fitAction, &QAction::triggered, m_view, &PageView::zoomToFit);
    connect(m_view, &PageView::zoomChanged, this, &PagePanel::updateZoomLabel);
    connect(m_view, &PageView::wordClicked, this, &PagePanel::selectWordInText);
    connect(m_text, &QPlainTextEdit::cursorPositionChanged, this, &PagePanel::selectWordFromText);
    connect(m_editButton, &QPushButton::toggled, this, &PagePanel::setEditing);
    connect(m_saveButton, &QPushButton::clicked, this, &PagePanel::saveEdit);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_editButton->setChecked(false); });

    updateZoomLabel(m_view->zoom());
    clear();
}


QToolBar *PagePanel::buildToolBar()
{
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("pageToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setIconSize(QSize(16, 16));

    m_imageGroup = new QActionGroup(this);
    m_imageGroup->setExclusive(true);
    m_renderedAction = new QAction(tr("Rendered"), m_imageGroup);
    m_renderedAction->setObjectName(QStringLiteral("renderedAction"));
    m_renderedAction->setCheckable(true);
    m_renderedAction->setChecked(true);
    m_renderedAction->setToolTip(tr("Show the page as rendered from the document"));
    m_cleanedAction = new QAction(tr("Cleaned"), m_imageGroup);
    m_cleanedAction->setObjectName(QStringLiteral("cleanedAction"));
    m_cleanedAction->setCheckable(true);
    m_cleanedAction->setToolTip(tr("Show the cleaned image the OCR engine read"));
    toolBar->addAction(m_renderedAction);
    toolBar->addAction(m_cleanedAction);
    toolBar->addSeparator();

    m_boxesAction = toolBar->addAction(tr("Boxes"));
    m_boxesAction->setObjectName(QStringLiteral("boxesAction"));
    m_boxesAction->setCheckable(true);
    m_boxesAction->setChecked(true);
    m_boxesAction->setToolTip(tr("Show the word boxes, coloured by confidence"));
    toolBar->addSeparator();

    m_zoomOutAction = toolBar->addAction(tr("Zoom out"));
    m_zoomOutAction->setObjectName(QStringLiteral("zoomOutAction"));
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomOutAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("8888%")));
    toolBar->addWidget(m_zoomLabel);
    m_zoomInAction = toolBar->addAction(tr("Zoom in"));
    m_zoomInAction->setObjectName(QStringLiteral("zoomInAction"));
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomInAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_fitAction = toolBar->addAction(tr("Fit width"));
    m_fitAction->setObjectName(QStringLiteral("fitAction"));
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_fitAction->setToolTip(tr("Fit the page width into the view (Ctrl+0); Ctrl+wheel zooms"));
    return toolBar;
}

QWidget *PagePanel::buildTextPane()
{
    m_text->setObjectName(QStringLiteral("pageText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setPlaceholderText(tr("The text of the selected page appears here."));
    m_text->setAccessibleName(tr("Page text"));
    m_view->setAccessibleName(tr("Page preview"));

    m_editButton = new QPushButton(tr("Edit text"), this);
    m_editButton->setObjectName(QStringLiteral("editTextButton"));
    m_editButton->setCheckable(true);
    m_editButton->setEnabled(false);
    m_editButton->setToolTip(tr("Edit the page text freely; word boxes stay linked where the words still match"));
    m_saveButton = new QPushButton(tr("Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveTextButton"));
    m_saveButton->setToolTip(tr("Save the edited text; search and exports use it from now on"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelTextButton"));
    m_cancelButton->setToolTip(tr("Drop the changes and show the stored text again"));
    m_saveButton->hide();
    m_cancelButton->hide();
    auto *textPane = new QWidget(this);
    auto *editRow = new QHBoxLayout;
    editRow->setContentsMargins(0, 0, 0, 0);
    editRow->addWidget(m_editButton);
    editRow->addStretch(1);
    editRow->addWidget(m_saveButton);
    editRow->addWidget(m_cancelButton);
    auto *textLayout = new QVBoxLayout(textPane);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(4);
    textLayout->addLayout(editRow);
    textLayout->addWidget(m_text, 1);
    return textPane;
}

PagePanel::~PagePanel() = default;

void PagePanel::setStore(Store *store)
{
    m_editButton->setChecked(false);
    m_store = store;
}

void PagePanel::setSettings(const PipelineSettings &settings)
{
    m_settings = settings;
}

// What the facts line says of a page: how it was read, its size and timings.
QString PagePanel::factsOf(const PageResult &result) const
{
    QStringList facts;
    if (result.kind == PageKind::Text) {
        facts << tr("Text layer (no OCR)");
    } else if (result.kind == PageKind::Blank) {
        facts << tr("Blank page (no OCR)");
    } else {
        facts << tr("OCR");
        facts << tr("%1 dpi").arg(result.dpi);
    }
    if (result.imageSize.isValid())
        facts << tr("%1×%2 %3").arg(result.imageSize.width()).arg(result.imageSize.height())
                     .arg(result.kind == PageKind::Text ? tr("pt") : tr("px"));
    if (result.rotation != 0)
        facts << tr("rotated %1°").arg(result.rotation);
    if (result.kind == PageKind::Ocr)
        facts << tr("skew %1°").arg(result.skewDegrees, 0, 'f', 2);
    if (result.meanConfidence >= 0 && result.kind == PageKind::Ocr)
        facts << tr("mean confidence %1%").arg(result.meanConfidence, 0, 'f', 1);
    facts << tr("%n word(s)", nullptr, int(result.words.size()));
    if (!m_searchQuery.isEmpty())
        facts << tr("%n hit(s) for \"%1\"", nullptr, int(m_searchMatches.size())).arg(m_searchQuery);
    if (result.kind != PageKind::Ocr)
        facts << tr("extracted in %1 ms").arg(milliseconds(result.timings.totalMs()));
    else
        facts << tr("render %1 ms, cleanup %2 ms, OCR %3 ms (total %4 ms)")
                     .arg(milliseconds(result.timings.renderMs), milliseconds(result.timings.preprocessMs),
                          milliseconds(result.timings.recognizeMs), milliseconds(result.timings.totalMs()));
    return facts.join(QStringLiteral(" · "));
}

// The text as people read it (corrections and free edits applied), with the search hits marked.
void PagePanel::showText(const StoredPage &stored)
{
    PageResult shown = stored.result;
    shown.text = stored.correctedText;
    for (Word &word : shown.words)
        word.text = word.displayText();
    setText(shown);
    m_searchMatches = search::matchingWords(shown.words, m_searchQuery);
    highlightWord(-1, false);
    if (const auto first = wordCursor(m_searchMatches.value(0, -1))) {
        QTextCursor start = *first;
        start.setPosition(first->selectionStart());
        moveTextCursor(start);
    }
}

void PagePanel::showPage(const QString &documentPath, int page, const QString &searchQuery)
{
    m_ticket = 0;
    renderer()->cancel(this);
    m_path = documentPath;
    m_page = page;
    m_searchQuery = searchQuery.trimmed();
    m_searchMatches.clear();
    m_editButton->setChecked(false); // another page (or a reload): unsaved edits are dropped
    m_editButton->setEnabled(false);
    m_view->clear();
    setText(PageResult());
    const QString name = QFileInfo(documentPath).fileName();

    if (!m_store) {
        setFacts(tr("No run database is open, so page %1 of %2 cannot be shown.").arg(page).arg(name), true);
        return;
    }
    std::optional<StoredPage> stored = m_store->loadPage(documentPath, page, true);
    if (!stored) {
        const QString error = m_store->errorString();
        if (error.isEmpty())
            setFacts(tr("Page %1 of %2 has no result yet: it is still queued or being read. "
                        "Select it again once it is done.")
                         .arg(page)
                         .arg(name),
                     false);
        else
            setFacts(tr("Could not read page %1 of %2 from the run database: %3").arg(page).arg(name, error), true);
        m_view->setMessage(m_facts->text());
        return;
    }
    const PageResult &result = stored->result;
    showText(*stored);
    m_editButton->setEnabled(result.status == PageStatus::Done);

    if (result.status == PageStatus::Failed) {
        const QString error = result.error.isEmpty() ? tr("no reason was recorded") : result.error;
        setFacts(tr("Page %1 of %2 failed: %3").arg(page).arg(name, error), true);
        m_view->setMessage(m_facts->text());
        Q_EMIT pageShown(documentPath, page);
        return;
    }

    setFacts(factsOf(result), false);

    const bool hasCleaned = result.kind == PageKind::Ocr;
    m_cleanedAction->setEnabled(hasCleaned);
    if (!hasCleaned)
        m_renderedAction->setChecked(true);
    m_view->setShowCleaned(hasCleaned && m_cleanedAction->isChecked());
    m_view->setMessage(tr("Rendering page %1 of %2…").arg(page).arg(name));
    Q_EMIT pageShown(documentPath, page);

    // Pages clicked through quickly are skipped: the renderer serves the latest.
    PreviewRequest request;
    request.path = documentPath;
    request.page = result;
    request.settings = m_settings;
    m_renderedResult = result;
    m_ticket = renderer()->request(this, request, PreviewRenderer::Priority::Show);
}

PreviewRenderer *PagePanel::renderer()
{
    if (!m_renderer)
        setRenderer(new PreviewRenderer(this));
    return m_renderer;
}

void PagePanel::setRenderer(PreviewRenderer *renderer)
{
    if (m_renderer)
        m_renderer->cancel(this);
    disconnect(m_rendererConnection);
    m_ticket = 0;
    m_renderer = renderer;
    m_rendererConnection = connect(renderer, &PreviewRenderer::rendered, this, &PagePanel::onRendered);
}

void PagePanel::onRendered(quint64 ticket, const PageImages &images, const QString &error)
{
    if (ticket != m_ticket)
        return; // another page was asked for meanwhile: this one is dropped
    m_ticket = 0;
    const QString documentPath = m_path;
    if (images.rendered.isNull()) {
        m_view->setMessage(tr("Could not render page %1 of %2 for the preview: %3. "
                              "Check that the file is still there and readable.")
                               .arg(m_renderedResult.page)
                               .arg(QFileInfo(documentPath).fileName(), error));
    } else {
        m_view->setPage(images, m_renderedResult);
        m_view->setHighlightedWords(m_searchMatches);
    }
    Q_EMIT previewReady(documentPath, m_renderedResult.page);
}

void PagePanel::clear()
{
    m_ticket = 0;
    if (m_renderer)
        m_renderer->cancel(this);
    m_path.clear();
    m_page = 0;
    m_searchQuery.clear();
    m_searchMatches.clear();
    m_editButton->setChecked(false);
    m_editButton->setEnabled(false);
    m_view->clear();
    m_view->setMessage(tr("Select a page to see it here."));
    setText(PageResult());
    setFacts(QString(), false);
}

PageView *PagePanel::view() const
{
    return m_view;
}

QPlainTextEdit *PagePanel::textView() const
{
    return m_text;
}

QLabel *PagePanel::factsLabel() const
{
    return m_facts;
}

QPushButton *PagePanel::editButton() const
{
    return m_editButton;
}

QPushButton *PagePanel::saveButton() const
{
    return m_saveButton;
}

QPushButton *PagePanel::cancelButton() const
{
    return m_cancelButton;
}

bool PagePanel::isEditing() const
{
    return m_editing;
}

void PagePanel::setEditing(bool editing)
{
    if (editing == m_editing)
        return;
    m_editing = editing;
    if (editing) {
        m_textBeforeEdit = m_text->toPlainText();
        m_text->setExtraSelections({});
    } else {
        // Cancel (or leaving the page): the stored text comes back.
        m_syncingText = true;
        m_text->setPlainText(m_textBeforeEdit);
        m_syncingText = false;
        m_textBeforeEdit.clear();
    }
    m_text->setReadOnly(!editing);
    m_saveButton->setVisible(editing);
    m_cancelButton->setVisible(editing);
    if (editing)
        m_text->setFocus();
}

void PagePanel::saveEdit()
{
    if (!m_editing || m_page <= 0)
        return;
    const QString name = QFileInfo(m_path).fileName();
    if (!m_store) {
        setFacts(tr("No run database is open, so the text of page %1 of %2 cannot be saved.").arg(m_page).arg(name),
                 true);
        return;
    }
    if (!m_store->setPageText(m_path, m_page, m_text->toPlainText())) {
        // Stay in edit mode so nothing typed is lost.
        setFacts(tr("Could not save the text of page %1 of %2: %3 Your changes are still in the editor.")
                     .arg(m_page)
                     .arg(name, m_store->errorString()),
                 true);
        return;
    }
    const QString path = m_path;
    const int page = m_page;
    m_editing = false; // showPage() reloads the saved text; nothing to put back
    m_text->setReadOnly(true);
    m_saveButton->hide();
    m_cancelButton->hide();
    m_textBeforeEdit.clear();
    {
        const QSignalBlocker blocker(m_editButton);
        m_editButton->setChecked(false);
    }
    showPage(path, page, m_searchQuery);
    Q_EMIT pageTextSaved(path, page);
}

QString PagePanel::documentPath() const
{
    return m_path;
}

int PagePanel::page() const
{
    return m_page;
}

QString PagePanel::searchQuery() const
{
    return m_searchQuery;
}

QList<int> PagePanel::searchMatches() const
{
    return m_searchMatches;
}

bool PagePanel::isRendering() const
{
    return m_ticket != 0;
}

int PagePanel::pendingRenders() const
{
    return m_renderer ? m_renderer->pendingFor(this) : 0;
}

void PagePanel::setFacts(const QString &text, bool isError)
{
    m_facts->setText(text);
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, theme::problemText(palette));
    m_facts->setPalette(palette);
}

void PagePanel::setText(const PageResult &result)
{
    // The text shown is the page's own text; each word is found in it in
    // order, so a click on a box can select the word in the text.
    const QString text = result.text.isEmpty() ? joinWords(result.words) : result.text;
    m_wordStart.clear();
    m_wordLength.clear();
    m_wordStart.reserve(result.words.size());
    m_wordLength.reserve(result.words.size());
    qsizetype from = 0;
    for (const Word &word : result.words) {
        const qsizetype at = word.text.isEmpty() ? -1 : text.indexOf(word.text, from);
        m_wordStart.append(int(at));
        m_wordLength.append(int(word.text.size()));
        if (at >= 0)
            from = at + word.text.size();
    }
    m_syncingText = true;
    m_text->setExtraSelections({});
    m_text->setPlainText(text);
    m_syncingText = false;
}

void PagePanel::selectWordInText(int index)
{
    if (m_editing)
        return; // offsets no longer match the text being typed
    highlightWord(index, true);
}

void PagePanel::selectWordFromText()
{
    if (m_syncingText || m_editing || m_wordStart.isEmpty())
        return;
    // The word the text cursor is in (or just after), shown in the view.
    const int position = m_text->textCursor().position();
    int found = -1;
    for (int i = 0; i < m_wordStart.size(); ++i) {
        const int start = m_wordStart.at(i);
        if (start < 0)
            continue;
        if (start > position)
            break;
        if (position <= start + m_wordLength.at(i))
            found = i;
    }
    if (found < 0 || found == m_view->selectedWord())
        return;
    m_view->setSelectedWord(found);
    highlightWord(found, false);
}

void PagePanel::highlightWord(int index, bool moveCursor)
{
    QList<QTextEdit::ExtraSelection> extras;
    // Search hits in the highlighter's yellow of the page image, under the
    // selected word's blue.
    // Each with its own text colour, so it reads on a dark palette too.
    const auto add = [&extras](const QTextCursor &cursor, const QColor &background, const QColor &text) {
        QTextEdit::ExtraSelection extra;
        extra.cursor = cursor;
        extra.format.setBackground(background);
        extra.format.setForeground(text);
        extras.append(extra);
    };
    for (int match : std::as_const(m_searchMatches)) {
        if (const auto cursor = wordCursor(match))
            add(*cursor, QColor(0xff, 0xe0, 0x00), QColor(Qt::black));
    }
    if (const auto cursor = wordCursor(index)) {
        add(*cursor, palette().color(QPalette::Highlight), palette().color(QPalette::HighlightedText));
        if (moveCursor)
            moveTextCursor(*cursor);
    }
    m_text->setExtraSelections(extras);
}

std::optional<QTextCursor> PagePanel::wordCursor(int index) const
{
    if (index < 0 || index >= m_wordStart.size() || m_wordStart.at(index) < 0)
        return std::nullopt;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_wordStart.at(index));
    cursor.setPosition(m_wordStart.at(index) + m_wordLength.at(index), QTextCursor::KeepAnchor);
    return cursor;
}

// Moves the text cursor without it counting as the person picking a word.
void PagePanel::moveTextCursor(const QTextCursor &cursor)
{
    m_syncingText = true;
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    m_syncingText = false;
}

void PagePanel::updateZoomLabel(double factor)
{
    m_zoomLabel->setText(tr("%1%").arg(qRound(factor * 100)));
    m_zoomOutAction->setEnabled(factor > PageView::MinZoom + 1e-9);
    m_zoomInAction->setEnabled(factor < PageView::MaxZoom - 1e-9);
}

QWidget *PagePanel::makeLegend()
{
    auto *legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("confidenceLegend"));
    auto *layout = new QHBoxLayout(legend);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(new QLabel(tr("Confidence:"), legend));
    const struct
    {
        double confidence;
        QString label;
    } entries[] = {
        {95, tr("90 and up (solid)")},
        {80, tr("70–89 (dashed)")},
        {50, tr("below 70 (hatched)")},
    };
    // Swatches drawn as the boxes are, on white like a page, sized to the text.
    const int height = fontMetrics().height();
    const qreal ratio = devicePixelRatioF();
    for (const auto &entry : entries) {
        QPixmap swatch(QSize(qRound(height * 1.6 * ratio), qRound(height * ratio)));
        swatch.setDevicePixelRatio(ratio);
        swatch.fill(Qt::white);
        QPainter painter(&swatch);
        confidence::drawBox(painter, QRectF(1.5, 1.5, height * 1.6 - 3, height - 3), entry.confidence);
        painter.end();
        auto *swatchLabel = new QLabel(legend);
        swatchLabel->setPixmap(swatch);
        swatchLabel->setAccessibleName(entry.label);
        layout->addWidget(swatchLabel);
        layout->addWidget(new QLabel(entry.label, legend));
        layout->addSpacing(6);
    }
    legend->setToolTip(tr("Word boxes by recognition confidence: green with a solid outline 90 and up, orange "
                          "dashed 70 to 89, red hatched below 70"));
    legend->setAccessibleName(tr("Confidence legend"));
    legend->setAccessibleDescription(legend->toolTip());
    return legend;
}

} // namespace quire
