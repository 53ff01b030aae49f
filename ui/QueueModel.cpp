#include "QueueModel.h"

#include "Theme.h"

#include <QBrush>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSet>

#include <algorithm>

namespace quire {

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DocumentColumn:
            return tr("Document");
        case PagesColumn:
            return tr("Pages");
        case StatusColumn:
            return tr("Status");
        case ProblemColumn:
            return tr("Problem");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case PagesColumn:
            return tr("Pages finished (recognized, read from the text layer or done in an earlier run) out of "
                      "the document's pages");
        case ProblemColumn:
            return tr("Why the document or one of its pages failed");
        }
    }
    return {};
}

QString QueueModel::statusText(int row) const
{
    const Row &r = m_rows.at(row);
    switch (r.status) {
    case DocumentStatus::Failed:
        return tr("Failed");
    case DocumentStatus::Done:
        return tr("Done");
    case DocumentStatus::Partial:
        return tr("Done, %n page(s) failed", nullptr, std::max(1, r.failed));
    case DocumentStatus::Pending:
        break;
    }
    const int finished = r.done + r.failed;
    if (r.inRun && m_running) {
        if (r.pageCount == 0)
            return tr("Counting pages…");
        if (finished == 0)
            return tr("Queued");
        return tr("Working");
    }
    if (finished > 0)
        return tr("Stopped; press Start to continue");
    return tr("Not started");
}

QString QueueModel::problemText(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.status == DocumentStatus::Failed)
        return r.error.isEmpty() ? tr("The document could not be opened.") : r.error;
    if (r.failed > 0 && !r.pageError.isEmpty()) {
        if (r.failed == 1)
            return r.pageError;
        return tr("%1 pages failed; the last: %2").arg(r.failed).arg(r.pageError);
    }
    return r.error;
}

int QueueModel::pagesDone(int row) const
{
    return m_rows.at(row).done;
}

int QueueModel::pageCount(int row) const
{
    return m_rows.at(row).pageCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case PathRole:
        return r.path;
    case DocumentIdRole:
        return r.id;
    case ProgressRole:
        if (r.pageCount <= 0)
            return -1.0;
        return double(r.done + r.failed) / r.pageCount;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn:
            return QFileInfo(r.path).fileName();
        case PagesColumn:
            if (r.status == DocumentStatus::Failed && r.pageCount == 0)
                return QStringLiteral("–");
            if (r.pageCount == 0)
                return tr("%1 / ?").arg(r.done);
            return tr("%1 / %2").arg(r.done).arg(r.pageCount);
        case StatusColumn:
            return statusText(index.row());
        case ProblemColumn:
            return problemText(index.row());
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DocumentColumn:
            return QDir::toNativeSeparators(r.path);
        case PagesColumn:
            return tr("%1 done, %2 failed, %3 in the document")
                .arg(r.done)
                .arg(r.failed)
                .arg(r.pageCount > 0 ? QString::number(r.pageCount) : tr("an unknown number"));
        case ProblemColumn: {
            const QString text = problemText(index.row());
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        case StatusColumn:
            return statusText(index.row());
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == ProblemColumn || (index.column() == StatusColumn && r.status == DocumentStatus::Failed))
            return QBrush(theme::problemText(QGuiApplication::palette()));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PagesColumn)
            return int(Qt::AlignCenter);
        break;
    }
    return {};
}

void QueueModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_rowOfPath.clear();
    endResetModel();
}

void QueueModel::setDocuments(const QList<DocumentRecord> &documents, const QHash<QString, PageCounts> &pages)
{
    QSet<QString> inRun;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.inRun)
            inRun.insert(row.path);
    }
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_rowOfPath.clear();
    for (const DocumentRecord &record : documents) {
        Row row;
        row.id = record.id;
        row.path = record.path;
        row.pageCount = record.pageCount;
        row.status = record.status;
        row.error = record.error;
        row.inRun = inRun.contains(record.path);
        const PageCounts counts = pages.value(record.path);
        row.done = counts.done;
        row.failed = counts.failed;
        row.pageError = counts.lastError;
        m_rowOfId.insert(row.id, int(m_rows.size()));
        m_rowOfPath.insert(row.path, int(m_rows.size()));
        m_rows << row;
    }
    endResetModel();
}

void QueueModel::setRunDocuments(const QStringList &paths)
{
    const QSet<QString> set(paths.cbegin(), paths.cend());
    for (Row &row : m_rows)
        row.inRun = set.contains(row.path);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void QueueModel::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, StatusColumn));
}

int QueueModel::appendRow(const Row &row)
{
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows << row;
    if (row.id != 0)
        m_rowOfId.insert(row.id, at);
    m_rowOfPath.insert(row.path, at);
    endInsertRows();
    return at;
}

void QueueModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void QueueModel::updateDocument(const DocumentRecord &record)
{
    int at = rowOfId(record.id);
    if (at < 0)
        at = rowOfPath(record.path);
    if (at < 0) {
        Row row;
        row.id = record.id;
        row.path = record.path;
        row.pageCount = record.pageCount;
        row.status = record.status;
        row.error = record.error;
        row.inRun = m_running;
        appendRow(row);
        return;
    }
    Row &row = m_rows[at];
    if (row.id != record.id) {
        m_rowOfId.remove(row.id);
        row.id = record.id;
        m_rowOfId.insert(row.id, at);
    }
    if (record.status == DocumentStatus::Pending && row.status != DocumentStatus::Pending) {
        // Finished before, to do again (a new version of the file, other settings): it starts over.
        row.done = 0;
        row.failed = 0;
        row.pageError.clear();
        row.inRun = m_running;
    }
    row.pageCount = record.pageCount;
    row.status = record.status;
    row.error = record.error;
    rowChanged(at);
}

void QueueModel::pageFinished(qint64 documentId, const QString &path, const PageResult &result)
{
    int at = rowOfId(documentId);
    if (at < 0)
        at = rowOfPath(path);
    if (at < 0) {
        Row row;
        row.id = documentId;
        row.path = path;
        row.inRun = true;
        at = appendRow(row);
    }
    Row &row = m_rows[at];
    if (result.status == PageStatus::Done) {
        ++row.done;
    } else {
        ++row.failed;
        row.pageError = result.error.isEmpty() ? tr("Page %1 failed for an unknown reason.").arg(result.page)
                                               : result.error;
    }
    if (row.pageCount > 0 && row.done + row.failed >= row.pageCount)
        row.status = row.failed > 0 ? DocumentStatus::Partial : DocumentStatus::Done;
    rowChanged(at);
}

void QueueModel::documentFailed(const QString &path, const QString &error)
{
    int at = rowOfPath(path);
    if (at < 0) {
        Row row;
        row.path = path;
        row.inRun = true;
        at = appendRow(row);
    }
    Row &row = m_rows[at];
    row.status = DocumentStatus::Failed;
    row.error = error;
    rowChanged(at);
}

int QueueModel::rowOfPath(const QString &path) const
{
    return m_rowOfPath.value(path, -1);
}

int QueueModel::rowOfId(qint64 documentId) const
{
    if (documentId == 0)
        return -1;
    return m_rowOfId.value(documentId, -1);
}

QList<qint64> QueueModel::documentsWithoutPageCount() const
{
    QList<qint64> ids;
    for (const Row &row : m_rows) {
        if (row.id != 0 && row.pageCount == 0 && row.status == DocumentStatus::Pending)
            ids << row.id;
    }
    return ids;
}

} // namespace quire
