#pragma once

#include "model/PageResult.h"
#include "pipeline/PipelineSettings.h"

#include <QList>
#include <QTextCursor>
#include <QString>
#include <QWidget>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QToolBar;

namespace quire {

class PageView;
class PreviewRenderer;
class Store;
struct PageImages;
struct StoredPage;

/// A page's preview (PageView with its toolbar), the page text beside it and
/// a line of facts about the page. Loads the page from the store and has its
/// images rendered by a PreviewRenderer (in a helper process). "Edit text" makes the page text editable;
/// "Save" stores it with Store::setPageText() and reloads the page, "Cancel"
/// puts the stored text back.
class PagePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PagePanel(QWidget *parent = nullptr);
    ~PagePanel() override;
    Q_DISABLE_COPY_MOVE(PagePanel)

    /// The store pages are read from and edited page text is saved to; not
    /// owned, must outlive its use here.
    void setStore(quire::Store *store);
    /// Settings the previews are rendered with (dpi, cleanup, passwords).
    void setSettings(const quire::PipelineSettings &settings);
    /// The renderer shared with the window's other views (not owned); without
    /// one the panel makes its own.
    void setRenderer(quire::PreviewRenderer *renderer);

    /// Shows page @p page (1-based) of @p documentPath: text and facts at
    /// once, the images when the background render finishes. A render that
    /// finishes after another page was asked for is dropped. The words that
    /// match @p searchQuery (as Store::search matches) are highlighted in the
    /// text and on the image, and the first is scrolled into view.
    void showPage(const QString &documentPath, int page, const QString &searchQuery = {});
    void clear();

    PageView *view() const;
    QPlainTextEdit *textView() const;
    QLabel *factsLabel() const;
    QPushButton *editButton() const;   ///< Checkable: "Edit text".
    QPushButton *saveButton() const;   ///< Shown while editing.
    QPushButton *cancelButton() const; ///< Shown while editing.
    bool isEditing() const;
    QString documentPath() const;
    int page() const; ///< 0 when none is shown.
    QString searchQuery() const;
    /// Indexes of the shown page's words that match searchQuery().
    QList<int> searchMatches() const;
    bool isRendering() const; ///< The shown page's images are still being rendered.
    int pendingRenders() const; ///< Renders asked for and not answered yet.

Q_SIGNALS:
    /// The stored page was loaded and its text and facts are shown.
    void pageShown(const QString &documentPath, int page);
    /// Its images arrived and are in the view (or the render failed: the
    /// view's message says why).
    void previewReady(const QString &documentPath, int page);
    /// The person's edit of the page text was saved to the store.
    void pageTextSaved(const QString &documentPath, int page);

private:
    QString factsOf(const quire::PageResult &result) const;
    void showText(const quire::StoredPage &stored);
    QToolBar *buildToolBar();
    QWidget *buildTextPane();
    PreviewRenderer *renderer();
    void onRendered(quint64 ticket, const quire::PageImages &images, const QString &error);
    void setFacts(const QString &text, bool isError);
    void setText(const quire::PageResult &result);
    void selectWordInText(int index);
    void selectWordFromText();
    void highlightWord(int index, bool moveCursor);
    /// The text of word @p index selected, or nothing when it is not in the text.
    std::optional<QTextCursor> wordCursor(int index) const;
    void moveTextCursor(const QTextCursor &cursor);
    void updateZoomLabel(double factor);
    QWidget *makeLegend();
    void setEditing(bool editing);
    void saveEdit();

    Store *m_store = nullptr;
    PipelineSettings m_settings;
    PageView *m_view = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QSplitter *m_splitter = nullptr;
    QActionGroup *m_imageGroup = nullptr;
    QAction *m_renderedAction = nullptr;
    QAction *m_cleanedAction = nullptr;
    QAction *m_boxesAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_fitAction = nullptr;

    QString m_path;
    int m_page = 0;
    PreviewRenderer *m_renderer = nullptr;
    QMetaObject::Connection m_rendererConnection;
    quint64 m_ticket = 0; ///< The render of the page shown; 0 when none is awaited.
    PageResult m_renderedResult; ///< The page whose render is awaited.
    QList<int> m_wordStart;  ///< Offset of each word in the text, -1 when not found.
    QList<int> m_wordLength;
    bool m_syncingText = false;
    bool m_editing = false;
    QString m_textBeforeEdit; ///< Put back by Cancel.
    QString m_searchQuery;
    QList<int> m_searchMatches;
};

} // namespace quire
