#pragma once

#include "model/PageResult.h"
#include "model/Document.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace quire {

/// Every document of the open database, one row each: the file, its pages
/// done out of its total, its status and, when something failed, the reason
/// in words. Filled from the Store and kept current from the Coordinator's
/// signals during a run.
class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DocumentColumn, PagesColumn, StatusColumn, ProblemColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< Absolute path of the row's document.
        ProgressRole,                ///< Finished pages / total, 0..1; -1 while the total is unknown.
        DocumentIdRole,
    };

    /// Pages of a document already stored, counted by the caller from the Store.
    struct PageCounts
    {
        int done = 0;
        int failed = 0;
        QString lastError; ///< The reason of the last failed page, if any.
    };

    explicit QueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    /// Replaces every row with @p documents, their stored pages counted in @p pages (by path).
    void setDocuments(const QList<DocumentRecord> &documents, const QHash<QString, PageCounts> &pages);
    /// Marks the documents of the run that starts (by path); the others are not part of it.
    void setRunDocuments(const QStringList &paths);
    /// Whether a run is going: rows of the run that wait say "queued" rather than "not finished".
    void setRunning(bool running);

    /// Inserts the row or updates its page count, status and error (the counts stay).
    void updateDocument(const DocumentRecord &record);
    void pageFinished(qint64 documentId, const QString &path, const PageResult &result);
    void documentFailed(const QString &path, const QString &error);

    int rowOfPath(const QString &path) const;
    int rowOfId(qint64 documentId) const;
    /// Ids of rows whose page count is not known yet (probe pending).
    QList<qint64> documentsWithoutPageCount() const;
    QString statusText(int row) const;
    QString problemText(int row) const;
    int pagesDone(int row) const;
    int pageCount(int row) const;

private:
    struct Row
    {
        qint64 id = 0;
        QString path;
        int pageCount = 0;
        int done = 0;
        int failed = 0;
        DocumentStatus status = DocumentStatus::Pending;
        QString error;     ///< Document-level error (could not open, N pages failed).
        QString pageError; ///< The last failed page's reason.
        bool inRun = false;
    };

    int appendRow(const Row &row);
    void rowChanged(int row);

    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfId;
    QHash<QString, int> m_rowOfPath;
    bool m_running = false;
};

} // namespace quire
