#pragma once

#include "pool/Coordinator.h"

#include <QAbstractTableModel>
#include <QList>

namespace quire {

/// The worker processes of the pool, one row each: id, pid, state, the page
/// in work and its progress, pages done, mean time per stage and memory.
/// Workers that stopped stay visible (greyed) until a few newer ones replace
/// them, so a person sees the pool shrink after moving the slider.
class WorkerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        PidColumn,
        StateColumn,
        DocumentColumn,
        PageColumn, ///< The page in work and its recognition progress.
        PagesDoneColumn,
        RenderColumn,
        PreprocessColumn,
        RecognizeColumn,
        MemoryColumn,
        ColumnCount
    };

    explicit WorkerTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    /// Inserts or updates the worker's row.
    void updateWorker(const WorkerInfo &info);
    /// Updates every worker in @p workers (the coordinator's live list); rows
    /// of workers no longer in it are shown as stopped.
    void updateWorkers(const QList<WorkerInfo> &workers);

    QList<WorkerInfo> workers() const;
    /// Workers not stopped.
    int liveCount() const;

private:
    static constexpr int kStoppedRowsKept = 4;
    void pruneStopped();

    QList<WorkerInfo> m_workers;
};

} // namespace quire
