#include "WorkerTableModel.h"

#include "Theme.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace quire {

WorkerTableModel::WorkerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int WorkerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workers.size());
}

int WorkerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("#");
        case PidColumn:
            return tr("PID");
        case StateColumn:
            return tr("State");
        case DocumentColumn:
            return tr("Document");
        case PageColumn:
            return tr("Page");
        case PagesDoneColumn:
            return tr("Done");
        case RenderColumn:
            return tr("Render");
        case PreprocessColumn:
            return tr("Clean");
        case RecognizeColumn:
            return tr("OCR");
        case MemoryColumn:
            return tr("MB");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn:
            return tr("Worker number");
        case PidColumn:
            return tr("Process id of the quire-worker process");
        case PageColumn:
            return tr("The page in work and how far its recognition is");
        case PagesDoneColumn:
            return tr("Pages this worker finished");
        case RenderColumn:
            return tr("Mean milliseconds per page spent opening and rendering the page (or reading its text layer)");
        case PreprocessColumn:
            return tr("Mean milliseconds per page spent cleaning the image (contrast, threshold, deskew, rotation)");
        case RecognizeColumn:
            return tr("Mean milliseconds per page spent in Tesseract");
        case MemoryColumn:
            return tr("Resident memory of the worker process, in MB, after its last page");
        }
    }
    return {};
}

QVariant WorkerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_workers.size())
        return {};
    const WorkerInfo &w = m_workers.at(index.row());
    const bool busy = w.state == WorkerInfo::State::Busy;
    const auto mean = [&w](double total) -> QVariant {
        if (w.pagesDone <= 0)
            return QStringLiteral("–");
        return QString::number(total / w.pagesDone, 'f', 0);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return w.id;
        case PidColumn:
            return w.pid > 0 ? QVariant(w.pid) : QVariant(QStringLiteral("–"));
        case StateColumn:
            return toString(w.state);
        case DocumentColumn:
            return busy ? w.document : QString();
        case PageColumn:
            return busy && w.page > 0 ? tr("%1 · %2%").arg(w.page).arg(w.percent) : QString();
        case PagesDoneColumn:
            return w.pagesDone;
        case RenderColumn:
            return mean(w.totalTimings.renderMs);
        case PreprocessColumn:
            return mean(w.totalTimings.preprocessMs);
        case RecognizeColumn:
            return mean(w.totalTimings.recognizeMs);
        case MemoryColumn:
            return w.residentKb > 0 ? QVariant(QString::number(w.residentKb / 1024.0, 'f', 0))
                                    : QVariant(QStringLiteral("–"));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DocumentColumn && busy)
            return tr("%1, page %2 (%3%)").arg(w.document).arg(w.page).arg(w.percent);
        if (!w.device.isEmpty())
            return tr("Image cleanup on %1").arg(w.device);
        break;
    case Qt::ForegroundRole:
        if (w.state == WorkerInfo::State::Stopped || w.state == WorkerInfo::State::Retiring)
            return QBrush(theme::secondaryText(QGuiApplication::palette()));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != StateColumn && index.column() != DocumentColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

void WorkerTableModel::clear()
{
    beginResetModel();
    m_workers.clear();
    endResetModel();
}

void WorkerTableModel::updateWorker(const WorkerInfo &info)
{
    for (int row = 0; row < m_workers.size(); ++row) {
        if (m_workers.at(row).id == info.id) {
            WorkerInfo &stored = m_workers[row];
            // A stopped worker stays stopped even if a late, older copy of its info arrives.
            if (stored.state == WorkerInfo::State::Stopped)
                return;
            stored = info;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            if (info.state == WorkerInfo::State::Stopped)
                pruneStopped();
            return;
        }
    }
    const int row = int(m_workers.size());
    beginInsertRows({}, row, row);
    m_workers << info;
    endInsertRows();
}

void WorkerTableModel::updateWorkers(const QList<WorkerInfo> &workers)
{
    QSet<int> live;
    for (const WorkerInfo &info : workers) {
        live.insert(info.id);
        updateWorker(info);
    }
    bool stoppedAny = false;
    for (int row = 0; row < m_workers.size(); ++row) {
        WorkerInfo &info = m_workers[row];
        if (!live.contains(info.id) && info.state != WorkerInfo::State::Stopped) {
            info.state = WorkerInfo::State::Stopped;
            info.document.clear();
            info.page = 0;
            stoppedAny = true;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (stoppedAny)
        pruneStopped();
}

void WorkerTableModel::pruneStopped()
{
    int stopped = int(std::count_if(m_workers.cbegin(), m_workers.cend(), [](const WorkerInfo &info) {
        return info.state == WorkerInfo::State::Stopped;
    }));
    // The oldest stopped rows go first.
    for (int row = 0; row < m_workers.size() && stopped > kStoppedRowsKept;) {
        if (m_workers.at(row).state == WorkerInfo::State::Stopped) {
            beginRemoveRows({}, row, row);
            m_workers.removeAt(row);
            endRemoveRows();
            --stopped;
        } else {
            ++row;
        }
    }
}

QList<WorkerInfo> WorkerTableModel::workers() const
{
    return m_workers;
}

int WorkerTableModel::liveCount() const
{
    return int(std::count_if(m_workers.cbegin(), m_workers.cend(), [](const WorkerInfo &info) {
        return info.state != WorkerInfo::State::Stopped;
    }));
}

} // namespace quire
