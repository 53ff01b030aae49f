#pragma once

#include <QStackedWidget>

class QAction;
class QTableView;

namespace quire {

class QueueModel;

/// The queue of documents, one row each with a progress bar for its pages;
/// while it is empty, a hint to drop documents and buttons to add them.
class QueueView final : public QStackedWidget
{
    Q_OBJECT

public:
    /// @p addFiles and @p addFolder back the hint's buttons.
    QueueView(QueueModel *model, QAction *addFiles, QAction *addFolder, QWidget *parent = nullptr);

    QTableView *table() const;

Q_SIGNALS:
    /// The person double-clicked (or pressed Enter on) the document at @p path.
    void documentActivated(const QString &path, int row);

private:
    QWidget *buildHint(QAction *addFiles, QAction *addFolder);

    QueueModel *m_model;
    QTableView *m_table = nullptr;
};

} // namespace quire
