#pragma once

#include "model/PageResult.h"

#include <QHash>
#include <QIcon>
#include <QList>
#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace quire {

class PreviewRenderer;
struct PageImages;

/// A horizontal strip of page thumbnails in the order pages are added. The
/// pictures are rendered by a PreviewRenderer (in a helper process, after the
/// pages on screen), a few at a time, visible ones first; until one arrives
/// the item shows a placeholder. Failed pages carry
/// a red badge and their error as the tooltip.
class ThumbnailStrip : public QWidget
{
    Q_OBJECT

public:
    static constexpr int IconHeight = 120;
    static constexpr int IconWidth = 96;
    static constexpr int MaxInFlight = 2;

    /// Item data roles, for views and tests.
    enum Role {
        DocumentPathRole = Qt::UserRole + 1,
        PageRole,
        ThumbnailStateRole, ///< A ThumbnailState, as int.
        PageFailedRole,     ///< The page itself failed (bool).
    };
    enum class ThumbnailState { Pending, Ready, Failed };

    explicit ThumbnailStrip(QWidget *parent = nullptr);
    ~ThumbnailStrip() override;
    Q_DISABLE_COPY_MOVE(ThumbnailStrip)

    /// Passwords tried on encrypted PDFs.
    void setPasswords(const QStringList &passwords);
    /// The renderer shared with the window's other views (not owned); without
    /// one the strip makes its own.
    void setRenderer(quire::PreviewRenderer *renderer);
    void clear();
    /// Appends a thumbnail for @p result (page 0 stands for a document that
    /// could not be opened) and starts filling its picture in the background.
    void addPage(const QString &documentPath, const quire::PageResult &result);

    int count() const;
    QListWidget *listWidget() const;
    /// Selects the item of @p page of @p documentPath without emitting
    /// pageSelected; false when there is none.
    bool selectPage(const QString &documentPath, int page);

Q_SIGNALS:
    void pageSelected(const QString &documentPath, int page);

private:
    struct Request
    {
        quint64 id = 0;
        QString path;
        int page = 0;
        int rotation = 0;
    };
    PreviewRenderer *renderer();
    void startNext();
    void onRendered(quint64 ticket, const quire::PageImages &images, const QString &error);
    QIcon decorate(const QImage &picture, bool failed) const;
    QImage placeholder(bool failed) const;

    QListWidget *m_list = nullptr;
    QStringList m_passwords;
    QList<Request> m_pending;
    QHash<quint64, QListWidgetItem *> m_items; ///< Items by request id, while their picture is due.
    QHash<quint64, quint64> m_inFlight; ///< Request ids by renderer ticket.
    quint64 m_nextId = 1;
    PreviewRenderer *m_renderer = nullptr;
    QMetaObject::Connection m_rendererConnection;
    bool m_starting = false; ///< startNext() is running (it must not re-enter).
    bool m_suppressSelection = false;
};

} // namespace quire
